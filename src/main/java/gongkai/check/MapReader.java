package gongkai.check;

import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import gongkai.format.FieldDef;
import gongkai.source.Node;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one YAML mapping, reporting wrong types, missing required fields and unknown keys
 * (with a "did you mean" for typos). Every accessor returns empty when the field is unusable.
 */
final class MapReader {

    private final Node.Mapping map;
    private final String prefix;
    private final Diagnostics diagnostics;
    /** The declaration of the mapping, for the labels in messages; null where there is none. */
    private final FieldDef def;
    /** Why a key the format knows is not allowed here (the form in force does not have it), or null. */
    private final Function<String, Optional<String>> absent;
    /** Keys offered as "did you mean" for an unknown key: their absence is that one mistake, not a second one. */
    private final Set<String> suggested = new HashSet<>();

    /** Checks the keys of {@code node} against {@code allowed}; reports a wrong type if it is not a mapping. */
    static Optional<MapReader> of(Node node, String prefix, List<String> allowed, Diagnostics diagnostics) {
        return of(node, prefix, null, allowed, k -> Optional.empty(), diagnostics);
    }

    /** Checks the keys of {@code node} against the fields {@code def} declares. */
    static Optional<MapReader> of(Node node, String prefix, FieldDef def, Diagnostics diagnostics) {
        return of(node, prefix, def, def.keys(), k -> Optional.empty(), diagnostics);
    }

    /**
     * Checks the keys of {@code node} against {@code allowed}, a part of what {@code def} declares; a declared key
     * that is not allowed is reported with the reason {@code absent} gives for it.
     */
    static Optional<MapReader> of(Node node, String prefix, FieldDef def, List<String> allowed,
            Function<String, Optional<String>> absent, Diagnostics diagnostics) {
        if (!(node instanceof Node.Mapping map)) {
            if (node instanceof Node.Scalar s && s.isBlank() && prefix.isEmpty()) {
                diagnostics.report(Code.GK112, node.position(), prefix, "此文件是空的。请按 README 中的示例填写。");
            } else {
                diagnostics.report(Code.GK111, node.position(), prefix,
                        (prefix.isEmpty() ? "文件内容" : "字段“" + prefix + "”") + "应当是“字段名: 值”形式的键值表，这里却是" + node.kindName() + "。");
            }
            return Optional.empty();
        }
        MapReader reader = new MapReader(map, prefix, def, absent, diagnostics);
        for (Node.Entry e : map.entries()) {
            if (!allowed.contains(e.key())) {
                reader.unknownKey(e, allowed);
            }
        }
        return Optional.of(reader);
    }

    private MapReader(Node.Mapping map, String prefix, FieldDef def,
            Function<String, Optional<String>> absent, Diagnostics diagnostics) {
        this.def = def;
        this.absent = absent;
        this.map = map;
        this.prefix = prefix;
        this.diagnostics = diagnostics;
    }

    Node.Mapping node() {
        return map;
    }

    String path(String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** Where the value of {@code key} is, or where the mapping starts when the key is absent. */
    Position position(String key) {
        return map.entry(key).map(e -> e.value().position()).orElse(map.position());
    }

    Optional<Node> node(String key) {
        return map.entry(key).map(Node.Entry::value);
    }

    /** A non-blank scalar's text; reports a missing required field and a non-scalar value. */
    Optional<String> text(String key, boolean required) {
        return scalar(key, required).filter(s -> !s.isBlank()).map(s -> s.text().strip());
    }

    /** The scalar itself, which may be blank; reports a missing required field and a non-scalar value. */
    Optional<Node.Scalar> scalar(String key, boolean required) {
        Optional<Node.Entry> entry = map.entry(key);
        if (entry.isEmpty() || (entry.get().value() instanceof Node.Scalar s && s.isBlank())) {
            if (required) {
                missing(key, entry.map(e -> e.value().position()).orElse(map.position()));
            }
            return entry.map(Node.Entry::value).filter(Node.Scalar.class::isInstance).map(Node.Scalar.class::cast);
        }
        Node value = entry.get().value();
        if (value instanceof Node.Scalar s) {
            if (invisible(s.text())) {
                diagnostics.report(Code.GK115, s.position(), path(key), "字段" + label(key)
                        + "的值只有看不见的字符（如不换行空格、零宽空格、全角空格），页面上会像空白一样，读屏软件也读不出。"
                        + "表中确实为空时请把值删掉留空；否则请填写表中的文字。");
                return Optional.empty();
            }
            return Optional.of(s);
        }
        diagnostics.report(Code.GK111, value.position(), path(key),
                "字段" + label(key) + "应当是一段文字，这里却是" + value.kindName() + "。"
                        + "如果文字很长，请写在同一行；如果含有“: ”，请加引号。");
        return Optional.empty();
    }

    Optional<Node.Mapping> mapping(String key, boolean required) {
        return typed(key, required, Node.Mapping.class, "“字段名: 值”形式的键值表");
    }

    Optional<Node.Sequence> sequence(String key, boolean required) {
        return typed(key, required, Node.Sequence.class, "以“- ”开头的列表");
    }

    private <T extends Node> Optional<T> typed(String key, boolean required, Class<T> type, String expected) {
        Optional<Node.Entry> entry = map.entry(key);
        if (entry.isEmpty() || (entry.get().value() instanceof Node.Scalar s && s.isBlank())) {
            if (required) {
                missing(key, entry.map(e -> e.value().position()).orElse(map.position()));
            }
            return Optional.empty();
        }
        Node value = entry.get().value();
        if (type.isInstance(value)) {
            return Optional.of(type.cast(value));
        }
        diagnostics.report(Code.GK111, value.position(), path(key),
                "字段" + label(key) + "应当是" + expected + "，这里却是" + value.kindName() + "。");
        return Optional.empty();
    }

    private void missing(String key, Position at) {
        if (map.entry(key).isEmpty() && suggested.contains(key)) {
            return;
        }
        diagnostics.report(Code.GK112, at, path(key),
                "缺少必填字段" + label(key) + (prefix.isEmpty() ? "" : "（在“" + prefix + "”中）") + "。请补上“" + key + ": …”。");
    }

    /** {@code key（中文名）} as the declaration of this mapping names it. */
    String label(String key) {
        return def == null ? Labels.of(key) : Labels.of(def, key);
    }

    /**
     * Whether a value consists only of characters that show as nothing: spaces of every kind (no-break, ideographic)
     * and format characters (zero-width space, joiners, the byte order mark).
     */
    static boolean invisible(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!(Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                    || cp == 0x180E || cp == 0x3164 || cp == 0xFFA0 || cp == 0x115F || cp == 0x1160)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private void unknownKey(Node.Entry e, List<String> allowed) {
        Optional<String> reason = def != null && def.keys().contains(e.key()) ? absent.apply(e.key()) : Optional.empty();
        if (reason.isPresent()) {
            diagnostics.report(Code.GK113, e.keyPosition(), path(e.key()), reason.get());
            return;
        }
        Optional<String> suggestion = allowed.stream()
                .filter(a -> map.entry(a).isEmpty())
                .min(Comparator.comparingInt(a -> distance(a, e.key())))
                .filter(a -> distance(a, e.key()) <= Math.max(1, Math.min(3, a.length() / 3)));
        suggestion.ifPresent(suggested::add);
        String hint = suggestion.map(s -> "是不是想写“" + s + "”？").orElse("这里可以写的字段有：" + String.join("、", allowed) + "。");
        diagnostics.report(Code.GK113, e.keyPosition(), path(e.key()), "未知字段“" + e.key() + "”。" + hint);
    }

    /** Optimal string alignment distance: edits, with a swap of two neighbours counted as one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
