package gongkai.source;

import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.diag.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the simple block YAML that content files are written in — mappings and lists marked by indentation, one
 * value per line, plain or quoted without escapes, comments — about ten times faster than SnakeYAML and with little
 * garbage: 20,000 project files are read in well under a second.
 *
 * <p>It gives exactly the nodes, positions and diagnostics {@link YamlReader} gets from SnakeYAML's events, or gives up
 * (returns null) as soon as the text holds anything else, however harmless: flow collections, block scalars, a value
 * continued on the next line, escapes, anchors, aliases, tags, document markers, directives, tabs, carriage returns,
 * characters outside the Basic Multilingual Plane or that SnakeYAML refuses, and every syntax error. Those files are
 * read by SnakeYAML, which explains their mistakes. {@code SimpleYamlTest} compares the two on every test case, the
 * bundled and generated content and thousands of mutations of them.
 */
final class SimpleYaml {

    /** The deepest nesting read here; deeper files are left to SnakeYAML (and {@link YamlReader#MAX_DEPTH}). */
    private static final int MAX_DEPTH = 100;
    /** The longest key read here (SnakeYAML refuses keys over 1,024 characters). */
    private static final int MAX_KEY = 200;

    /** Thrown to give up; the file is then read by SnakeYAML. */
    private static final class GiveUp extends RuntimeException {
        private static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private final String path;
    private final String text;
    /** The text's characters (in a buffer of this thread, which may be longer). */
    private final char[] chars;
    /** For each line that holds a value (not blank, not only a comment), in order: where it starts in the text … */
    private final int[] lineStart;
    /** … its number (1-based), where its content starts (moved past "- " when a list item holds a mapping) … */
    private final int[] lineNumber;
    private final int[] contentStart;
    /** … the column of that content (0-based; all before it is ASCII) and where the line ends. */
    private final int[] indent;
    private final int[] lineEnd;
    private final int count;
    /** The line being read. */
    private int at;
    private final List<Diagnostic> found;

    /** Mappings with fewer keys are searched one by one for a duplicate (no hash set made for them). */
    private static final int SMALL = 16;
    /** The longest text {@link #shared} looks for among those read before. */
    private static final int SHORT = 16;
    /**
     * Short texts read recently, one per slot chosen by their hash, the last one read winning a slot. Shared by all
     * threads without locks: a slot holds a complete entry (its fields are final) or another one, and an entry found is
     * compared in full before it is used, so a race only costs a copy.
     */
    private static final Recent[] RECENT = new Recent[8192];

    /** A text of {@link #RECENT}, with its characters for comparing. */
    private record Recent(String string, char[] chars) {}
    /** The characters a key read here may not hold: space and YAML's indicators, quotes and backslash. */
    private static final boolean[] NOT_IN_KEY = new boolean[128];

    static {
        for (char c : " -?,[]{}#&*!|>'\"%@`\\".toCharArray()) {
            NOT_IN_KEY[c] = true;
        }
    }

    private static final ThreadChars CHARS = new ThreadChars();

    private SimpleYaml(SourceFile file, List<Diagnostic> found) {
        this.path = file.path();
        this.text = file.text();
        this.found = found;
        int length = text.length();
        this.chars = CHARS.of(text);
        int lines = 1;
        for (int i = 0; i < length; i++) {
            if (chars[i] == '\n') {
                lines++;
            }
        }
        lineStart = new int[lines];
        lineNumber = new int[lines];
        contentStart = new int[lines];
        indent = new int[lines];
        lineEnd = new int[lines];
        int n = 0;
        int number = 0;
        for (int start = 0; start <= length; ) {
            number++;
            int end = start;
            while (end < length && chars[end] != '\n') {
                end++;
            }
            int content = start;
            while (content < end && chars[content] == ' ') {
                content++;
            }
            for (int i = content; i < end; i++) {
                if (unusual(chars[i])) {
                    throw GiveUp.INSTANCE;
                }
            }
            if (content < end && chars[content] != '#') {
                if (content == start && (text.startsWith("---", start) || text.startsWith("...", start) || chars[start] == '%')) {
                    throw GiveUp.INSTANCE;
                }
                lineStart[n] = start;
                lineNumber[n] = number;
                contentStart[n] = content;
                indent[n] = content - start;
                lineEnd[n] = end;
                n++;
            }
            start = end + 1;
        }
        count = n;
    }

    /**
     * The document's root node, with its diagnostics (duplicate keys) added to {@code found}; or null, with nothing
     * added, when the text is not of the simple kind read here.
     */
    static Node read(SourceFile file, List<Diagnostic> found) {
        if (file.text().length() > ContentText.MAX_FILE_BYTES) {
            return null;
        }
        List<Diagnostic> own = new ArrayList<>();
        try {
            SimpleYaml reader = new SimpleYaml(file, own);
            Node root = reader.document();
            found.addAll(own);
            return root;
        } catch (RuntimeException e) {
            // GiveUp, or a mistake of this reader on some text, which must not cost the file: SnakeYAML reads it.
            return null;
        }
    }

    /**
     * Characters left to SnakeYAML: tabs, carriage returns and every other control character, the other line breaks
     * YAML 1.1 knows (U+0085, U+2028, U+2029), byte order marks, surrogates (characters outside the Basic
     * Multilingual Plane, counted differently in columns) and the noncharacters U+FFFE and U+FFFF.
     */
    private static boolean unusual(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                || Character.isSurrogate(c) || c >= 0xFFFE;
    }

    private Node document() {
        if (count == 0) {
            return new Node.Mapping(path, 1, 1, List.of());
        }
        Node root = item(0) ? sequence(indent[0], false, 1) : mapping(indent[0], 1);
        if (at < count) {
            throw GiveUp.INSTANCE;
        }
        return root;
    }

    /** Whether line {@code line} is a list item: "-" then a space. */
    private boolean item(int line) {
        int c = contentStart[line];
        return chars[c] == '-' && c + 1 < lineEnd[line] && chars[c + 1] == ' ';
    }

    /** A block mapping whose keys start at column {@code column}, from the current line. */
    private Node.Mapping mapping(int column, int depth) {
        if (depth > MAX_DEPTH) {
            throw GiveUp.INSTANCE;
        }
        int first = at;
        int firstColumn = column(at, contentStart[at]);
        List<Node.Entry> entries = new ArrayList<>();
        Set<String> seen = null; // the keys, once there are too many to compare one by one
        while (at < count && indent[at] == column) {
            int line = at;
            int start = contentStart[line];
            int colon = keyEnd(line, start);
            if (colon < 0) {
                throw GiveUp.INSTANCE;
            }
            String key = shared(start, colon);
            int keyColumn = column(line, start);
            check(key, line, keyColumn, key);
            Node value;
            int v = skipSpaces(colon + 1, lineEnd[line]);
            if (v == lineEnd[line] || chars[v] == '#') {
                at++;
                if (at < count && indent[at] > column) {
                    value = item(at) ? sequence(indent[at], false, depth + 1) : mapping(indent[at], depth + 1);
                } else if (at < count && indent[at] == column && item(at)) {
                    value = sequence(column, true, depth + 1);
                } else {
                    value = new Node.Scalar(path, lineNumber[line], column(line, colon + 1), "");
                }
            } else {
                value = scalar(line, v);
                at++;
                if (at < count && indent[at] > column) {
                    throw GiveUp.INSTANCE;
                }
            }
            if (seen == null && entries.size() >= SMALL) {
                seen = new HashSet<>();
                for (Node.Entry e : entries) {
                    seen.add(e.key());
                }
            }
            if (seen != null ? !seen.add(key) : written(entries, key)) {
                found.add(new Diagnostic(Code.GK102, new Position(path, lineNumber[line], keyColumn), key,
                        "字段“" + key + "”在这里又写了一次。同一层级的字段只能写一次，请删除或合并重复的一项。"));
            } else {
                entries.add(new Node.Entry(key, path, lineNumber[line], keyColumn, value));
            }
        }
        if (at < count && indent[at] > column) {
            throw GiveUp.INSTANCE;
        }
        return new Node.Mapping(path, lineNumber[first], firstColumn, entries);
    }

    /**
     * A block list whose "-" are at column {@code column}, from the current line. {@code indentless}: the value of a
     * key at the same column, so a key at that column ends it.
     */
    private Node.Sequence sequence(int column, boolean indentless, int depth) {
        if (depth > MAX_DEPTH) {
            throw GiveUp.INSTANCE;
        }
        int first = at;
        int firstColumn = column(at, contentStart[at]);
        List<Node> items = new ArrayList<>();
        while (at < count && indent[at] == column && item(at)) {
            int line = at;
            int c = skipSpaces(contentStart[line] + 1, lineEnd[line]);
            if (c == lineEnd[line] || chars[c] == '#') {
                throw GiveUp.INSTANCE;
            }
            if (keyEnd(line, c) >= 0) {
                contentStart[line] = c;
                indent[line] = c - lineStart[line];
                items.add(mapping(indent[line], depth + 1));
            } else {
                items.add(scalar(line, c));
                at++;
                if (at < count && indent[at] > column) {
                    throw GiveUp.INSTANCE;
                }
            }
        }
        if (at < count && (indent[at] > column || (indent[at] == column && !indentless))) {
            throw GiveUp.INSTANCE;
        }
        return new Node.Sequence(path, lineNumber[first], firstColumn, items);
    }

    /**
     * Where the ':' after a plain key starting at {@code start} is, when the line holds "key:" followed by a space or
     * the end of the line; -1 otherwise. A key here is a run of characters that cannot mislead: none of YAML's
     * indicators, quotes or spaces.
     */
    private int keyEnd(int line, int start) {
        int end = lineEnd[line];
        int i = start;
        while (i < end && i - start <= MAX_KEY) {
            char c = chars[i];
            if (c == ':') {
                return i > start && (i + 1 == end || chars[i + 1] == ' ') ? i : -1;
            }
            if (c < NOT_IN_KEY.length && NOT_IN_KEY[c]) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    private int skipSpaces(int i, int end) {
        while (i < end && chars[i] == ' ') {
            i++;
        }
        return i;
    }

    /** A one-line value starting at {@code start}: quoted without escapes, or plain. */
    private Node.Scalar scalar(int line, int start) {
        int end = lineEnd[line];
        int column = column(line, start);
        char first = chars[start];
        String value;
        if (first == '"' || first == '\'') {
            int close = start + 1;
            while (close < end && chars[close] != first) {
                close++;
            }
            if (close == end) {
                throw GiveUp.INSTANCE;
            }
            value = shared(start + 1, close);
            if (value.indexOf('\\') >= 0 && first == '"' || close + 1 < end && chars[close + 1] == first) {
                throw GiveUp.INSTANCE; // an escape, or a doubled quote
            }
            int after = skipSpaces(close + 1, end);
            if (after < end && (chars[after] != '#' || after == close + 1)) {
                throw GiveUp.INSTANCE;
            }
            check(value, line, column, "");
            return new Node.Scalar(path, lineNumber[line], column, value);
        }
        if ("-?:,[]{}#&*!|>%@`".indexOf(first) >= 0) {
            throw GiveUp.INSTANCE;
        }
        int stop = end;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c == '#' && chars[i - 1] == ' ') {
                stop = i;
                break;
            }
            if (c == ':' && (i + 1 == end || chars[i + 1] == ' ')) {
                throw GiveUp.INSTANCE; // "key: value" inside a value: a syntax error
            }
        }
        while (chars[stop - 1] == ' ') {
            stop--;
        }
        value = shared(start, stop);
        if (YamlReader.isNull(value)) {
            return new Node.Scalar(path, lineNumber[line], column, null);
        }
        check(value, line, column, "");
        return new Node.Scalar(path, lineNumber[line], column, value);
    }

    /** GK104 for a forbidden character in a key or value (not written raw: the text was checked; but see Scaffold). */
    private void check(String value, int line, int column, String field) {
        if (ContentText.firstForbidden(value) >= 0) {
            found.add(ContentText.valueProblem(value, new Position(path, lineNumber[line], column), field).orElseThrow());
        }
    }

    /** Whether one of {@code entries} has {@code key} (for mappings of fewer than {@link #SMALL} keys). */
    private static boolean written(List<Node.Entry> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text between {@code start} and {@code end}. Short texts are taken from {@link #RECENT} when they were read
     * before, in any file: keys and values such as "level1", "产出指标" or "100%" recur in every project, and 20,000
     * projects would otherwise hold a million copies of them until the check is done.
     */
    private String shared(int start, int end) {
        int length = end - start;
        if (length > SHORT) {
            return text.substring(start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ (hash >>> 12)) & (RECENT.length - 1);
        Recent known = RECENT[slot];
        if (known != null && Arrays.equals(known.chars(), 0, known.chars().length, chars, start, end)) {
            return known.string();
        }
        String read = text.substring(start, end);
        RECENT[slot] = new Recent(read, Arrays.copyOfRange(chars, start, end));
        return read;
    }

    /** The column (1-based) of {@code offset}, on a line without characters outside the Basic Multilingual Plane. */
    private int column(int line, int offset) {
        return offset - lineStart[line] + 1;
    }
}
