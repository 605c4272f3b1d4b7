package gongkai.format;

import java.util.List;
import java.util.Optional;

/**
 * One field of a content file as the content format declares it: its YAML key, its Chinese label, what it holds,
 * whether it must be filled, and the help text that skeletons, schemas and messages show.
 *
 * @param need     whether the field must be present and filled; {@link Need#FORM} fields exist only where the form in
 *                 force has them, and the form says whether they must be filled
 * @param children the fields of a mapping, or of each item of a list of mappings
 */
public record FieldDef(String key, String label, Kind kind, Need need, String help, List<FieldDef> children) {

    /** Whether a field must be present and filled. */
    public enum Need {
        /** Must be filled. */
        REQUIRED,
        /** May be left out or blank. */
        OPTIONAL,
        /** Present only where the form in force has it; the form says whether it must be filled. */
        FORM
    }

    public FieldDef {
        children = List.copyOf(children);
    }

    public static FieldDef of(String key, String label, Kind kind, Need need, String help) {
        return new FieldDef(key, label, kind, need, help, List.of());
    }

    public static FieldDef group(String key, String label, Kind kind, Need need, String help, List<FieldDef> children) {
        return new FieldDef(key, label, kind, need, help, children);
    }

    public List<String> keys() {
        return children.stream().map(FieldDef::key).toList();
    }

    public Optional<FieldDef> child(String key) {
        return children.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
