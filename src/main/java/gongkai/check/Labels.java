package gongkai.check;

import gongkai.format.ContentFormat;
import gongkai.format.FieldDef;
import java.util.Optional;

/** The Chinese name of each content key, for messages, as {@link ContentFormat} declares it. */
final class Labels {

    private Labels() {}

    /** {@code key（中文名）} as {@code def} declares it, or just the key when it has no Chinese name. */
    static String of(FieldDef def, String key) {
        return format(key, ContentFormat.label(def, key));
    }

    /** {@code key（中文名）} as the content format names it anywhere, or just the key. */
    static String of(String key) {
        return format(key, ContentFormat.label(ContentFormat.PROJECT, key));
    }

    private static String format(String key, Optional<String> label) {
        return label.map(l -> "“" + key + "”（" + l + "）").orElse("“" + key + "”");
    }
}
