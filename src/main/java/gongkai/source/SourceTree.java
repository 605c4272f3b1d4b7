package gongkai.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content folder as read from disk: every file's text and, for YAML files, its positioned nodes.
 * A file that could not be parsed has an empty {@code root}; the reason is already a diagnostic.
 * {@code unparsed} holds the files whose text was refused before parsing (a forbidden character, a line too long):
 * they are kept only to quote their lines in messages.
 */
public record SourceTree(
        Optional<YamlFile> site,
        List<YamlFile> frameworks,
        List<YamlFile> forms,
        List<YearSource> years,
        List<SourceFile> unparsed) {

    /** A YAML file and its parsed root node. */
    public record YamlFile(SourceFile file, Optional<Node> root) {}

    /** {@code content/<year>/}: its {@code year.yaml} and unit folders. */
    public record YearSource(String dirName, String dirPath, Optional<YamlFile> yearFile, List<UnitSource> units) {
        public YearSource {
            units = List.copyOf(units);
        }
    }

    /** {@code content/<year>/<unit-code>/}: {@code unit.yaml}, the Markdown parts and {@code projects/*.yaml}. */
    public record UnitSource(
            String dirName,
            String dirPath,
            Optional<YamlFile> unitFile,
            Optional<SourceFile> overall,
            Optional<SourceFile> measures,
            List<YamlFile> projects) {
        public UnitSource {
            projects = List.copyOf(projects);
        }
    }

    public SourceTree {
        frameworks = List.copyOf(frameworks);
        forms = List.copyOf(forms);
        years = List.copyOf(years);
        unparsed = List.copyOf(unparsed);
    }

    /** Every file that was read, by its path, for showing the source line of a diagnostic. */
    public Map<String, SourceFile> files() {
        Map<String, SourceFile> all = new HashMap<>();
        unparsed.forEach(f -> all.put(f.path(), f));
        site.ifPresent(y -> all.put(y.file().path(), y.file()));
        frameworks.forEach(y -> all.put(y.file().path(), y.file()));
        forms.forEach(y -> all.put(y.file().path(), y.file()));
        for (YearSource year : years) {
            year.yearFile().ifPresent(y -> all.put(y.file().path(), y.file()));
            for (UnitSource unit : year.units()) {
                unit.unitFile().ifPresent(y -> all.put(y.file().path(), y.file()));
                unit.overall().ifPresent(f -> all.put(f.path(), f));
                unit.measures().ifPresent(f -> all.put(f.path(), f));
                unit.projects().forEach(y -> all.put(y.file().path(), y.file()));
            }
        }
        return all;
    }
}
