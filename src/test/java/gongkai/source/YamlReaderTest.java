package gongkai.source;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestFiles;
import gongkai.diag.Diagnostic;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * What {@link YamlReader} makes of tricky YAML, compared with a reviewed golden file,
 * {@code src/test/resources/yaml-reader/cases.txt}: the positioned nodes and every diagnostic (code, line, column,
 * field, message) of hand-written cases (scalar styles, numbers and nulls as written, keys, flow collections,
 * duplicate keys, escapes, documents, anchors, aliases and tags, every syntax error the reader explains, deep
 * nesting, CRLF, supplementary characters), of every YAML file of the bundled content, and of a few hundred
 * mechanical mutations of three of them (a character deleted or inserted, a line repeated or re-indented), whose
 * trees are shown as a checksum to keep the file short (so are those of cases with very long lines). After an intended change run
 * {@code mvn test -Dtest=YamlReaderTest -Dgolden.update=true} and review the diff.
 */
class YamlReaderTest {

    private static final Path GOLDEN = TestFiles.PROJECT.resolve("src/test/resources/yaml-reader/cases.txt");

    /** What a mutation inserts: YAML's indicators, quotes, escapes, indentation and document markers. */
    private static final List<String> INSERTS = List.of(":", ": ", "\t", "\"", "'", "-", "- ", "[", "]", "{", "}", ",",
            "#", " #", "&a ", "*a", "!!str ", "! ", "|", ">", "\\", "%", "@", "`", "? ", "\n", "  ", "\n---\n",
            "\n...\n", "\"\\u202E\"", "\"\\q\"", "~", "null", "0x1F", "{a: 1}: ");

    @Test
    void readsEveryCaseAsTheGoldenFileSays() throws IOException {
        StringBuilder actual = new StringBuilder();
        cases().forEach((name, text) -> {
            actual.append("=== ").append(name).append('\n');
            boolean mutation = name.startsWith("mutation ");
            if (!mutation) {
                text.lines().forEach(l -> actual.append("| ").append(shorten(escape(l))).append('\n'));
            }
            actual.append(result(text, mutation || text.lines().anyMatch(l -> l.length() > SHORT)));
        });
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("golden file %s is missing; create it with -Dgolden.update=true and review it", GOLDEN).exists();
        assertThat(actual.toString()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    /** Reading the same text twice gives equal nodes and the same diagnostics: nothing is kept between reads. */
    @Test
    void aReadDependsOnlyOnTheText() {
        cases().forEach((name, text) -> assertThat(result(text, false)).as(name).isEqualTo(result(text, false)));
    }

    /** Longer lines are shortened when the input is shown, and their nodes are shown as a checksum. */
    private static final int SHORT = 120;

    private static String shorten(String line) {
        return line.length() <= SHORT ? line : line.substring(0, SHORT) + "…（" + line.length() + " 个字符）";
    }

    /** A plain value is null exactly when SnakeYAML's resolver says so (YAML 1.1); an empty plain value stays text. */
    @Test
    void aPlainValueIsNullWhereYamlSaysSo() {
        Resolver resolver = new Resolver();
        for (String v : List.of("~", "null", "Null", "NULL", "nULL", "NuLL", "nul", "none", "Nil", "~~", "null0", "0", "no")) {
            Node value = ((Node.Mapping) YamlReader.read(new SourceFile("t.yaml", "a: " + v + "\n"), new Diagnostics()).orElseThrow())
                    .entries().get(0).value();
            boolean isNull = resolver.resolve(NodeId.scalar, v, true) == Tag.NULL;
            assertThat(((Node.Scalar) value).text()).as(v).isEqualTo(isNull ? null : v);
        }
        Node empty = ((Node.Mapping) YamlReader.read(new SourceFile("t.yaml", "a:\n"), new Diagnostics()).orElseThrow())
                .entries().get(0).value();
        assertThat(((Node.Scalar) empty).text()).isEmpty();
    }

    /** The nodes (or a checksum of them) and the diagnostics of one read, one line each. */
    private static String result(String text, boolean checksum) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Node> root = YamlReader.read(new SourceFile("t.yaml", text), diagnostics);
        StringBuilder out = new StringBuilder();
        if (root.isEmpty()) {
            out.append("(no document)\n");
        } else if (checksum) {
            StringBuilder tree = new StringBuilder();
            render(root.get(), "", tree);
            CRC32 crc = new CRC32();
            crc.update(tree.toString().getBytes(StandardCharsets.UTF_8));
            out.append(String.format(Locale.ROOT, "tree of %d lines, crc32 %08x%n", tree.toString().lines().count(), crc.getValue()));
        } else {
            render(root.get(), "", out);
        }
        for (Diagnostic d : diagnostics.sorted()) {
            out.append(d.code()).append(' ').append(at(d.position()))
                    .append(d.field().isEmpty() ? "" : " [" + escape(d.field()) + "]")
                    .append(' ').append(escape(d.message())).append('\n');
        }
        return out.toString();
    }

    private static void render(Node node, String indent, StringBuilder out) {
        out.append(indent);
        if (node instanceof Node.Mapping m) {
            out.append("mapping ").append(at(m.position())).append('\n');
            for (Node.Entry e : m.entries()) {
                out.append(indent).append("  key ").append(quote(e.key())).append(' ').append(at(e.keyPosition())).append('\n');
                render(e.value(), indent + "    ", out);
            }
        } else if (node instanceof Node.Sequence s) {
            out.append("sequence ").append(at(s.position())).append('\n');
            for (Node item : s.items()) {
                render(item, indent + "  ", out);
            }
        } else {
            Node.Scalar s = (Node.Scalar) node;
            out.append("scalar ").append(at(s.position())).append(' ').append(s.text() == null ? "null" : quote(s.text())).append('\n');
        }
    }

    private static String at(Position p) {
        return p.hasLine() ? p.line() + ":" + p.column() : "(file)";
    }

    private static String quote(String s) {
        return '"' + escape(s).replace("\"", "\\\"") + '"';
    }

    /** Line breaks, tabs, backslashes and invisible characters written so that each case stays on its lines. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (cp < 0x20 || ContentText.forbidden(cp) || cp == 0xFEFF) {
                        out.append(String.format(Locale.ROOT, "\\u{%04X}", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Every case by name, in a fixed order. */
    static Map<String, String> cases() {
        Map<String, String> cases = new LinkedHashMap<>();
        handWritten(cases);
        List<Path> bundled = bundledYaml();
        for (Path p : bundled) {
            cases.put("bundled " + TestFiles.PROJECT.relativize(p).toString().replace('\\', '/'), read(p));
        }
        for (String name : List.of("content/2022/425001/projects/13020822P00908810002X.yaml",
                "content/forms/hebei-fengrun.yaml", "content/2022/425001/unit.yaml")) {
            mutate(name, read(TestFiles.PROJECT.resolve(name)), 100, cases);
        }
        return cases;
    }

    private static void handWritten(Map<String, String> c) {
        c.put("empty file", "");
        c.put("only a comment", "# 注释\n");
        c.put("only a document marker", "---\n");
        c.put("a document end marker", "a: b\n...\n");
        c.put("a directive", "%YAML 1.1\n---\na: b\n");
        c.put("a directive with a huge version", "%YAML 1.99999999999\n---\na: b\n");
        c.put("a TAG directive", "%TAG !e! tag:example.com,2000:\n---\na: b\n");
        c.put("a scalar document", "just text\n");
        c.put("a sequence document", "- a\n- b\n");
        c.put("nulls and blanks", "a:\nb: ~\nc: ''\nd: null\ne: \"null\"\nf: Null\ng: NULL\nh: nULL\ni: \"\"\nj: '~'\n");
        c.put("numbers as written", "a: 30.00\nb: +30.00\nc: 01\nd: 1.0\ne: 1e3\nf: 0x1F\ng: 0o17\nh: 0b101\ni: 1_000\n"
                + "j: 1:30\nk: .5\nl: -.inf\nm: .NaN\nn: 0777\no: 09\np: -0\nq: 130208220000000000000000001\n");
        c.put("a long octal number", "a: 0" + "7".repeat(1200) + "\nb: 0x" + "F".repeat(1200) + "\n");
        c.put("booleans as written", "a: yes\nb: No\nc: on\nd: OFF\ne: true\nf: y\ng: n\nh: False\n");
        c.put("dates as written", "a: 2022-01-05\nb: 2022-1-5\nc: 2001-12-14t21:59:43.10-05:00\n");
        c.put("keys of every kind", "2022: a\nnull: b\n~: c\n\"\": d\ntrue: e\n1.5: f\n\"引号\": g\n'单引号': h\n");
        c.put("an explicit key", "? a\n: b\n? c\n");
        c.put("an empty key", ": value\n");
        c.put("a flow sequence as a key", "[a, b]: c\n");
        c.put("a flow mapping as a nested key", "x:\n  {a: 1}: c\n");
        c.put("an explicit block key", "? - a\n  - b\n: c\n");
        c.put("block scalars", "a: |\n  one\n  two\n\nb: >\n  folded\n  text\n\n  para\nc: |-\n  strip\n\nd: |+\n  keep\n\n"
                + "e: >2\n    indented\nf: |\n\ng: end\n");
        c.put("plain multi-line folding", "a: first\n  second\n\n  third\nb: x\n");
        c.put("quoted styles", "a: \"\\u4e2d\\t\\\"q\\\" \\\\ \\n\"\nb: 'it''s'\nc: \"folded\n  line\"\nd: 'single\n\n  two'\n"
                + "e: \"escaped \\\n  break\"\nf: \"\\x41\\U0001F600\"\n");
        c.put("flow collections", "a: {b: 1, c: [1, 2, {d: e}], f: []}\ng: {}\nh: [a, b, ]\ni: [a: b, c]\nj: {k}\n");
        c.put("nested sequences", "- - a\n  - b\n- - - c\n-\n- \n- ~\n");
        c.put("a sequence without indentation", "a:\n- 1\n- 2\nb:\n  - 3\n");
        c.put("a value on the next line", "a:\n  b\nc:\n\n  d\n");
        c.put("duplicate keys", "a: 1\nb:\n  c: 1\n  c: 2\n  c: 3\na: 2\nd: {e: 1, e: 2}\n");
        c.put("a duplicate key holding a mapping", "a:\n  x: 1\n  x: 2\na:\n  y: 3\n");
        c.put("comments everywhere", "# head\na: b # after\n# between\nc: 'd' #q\ne: f#not a comment\n"
                + "g: [1, # in flow\n  2]\n");
        c.put("forbidden characters written as escapes", "a: \"\\u202E\"\nb: \"\\0\"\nc: \"\\x1b[31m\"\n\"\\u200Ez\": v\n"
                + "d: [\"\\u2066\", ok]\ne: \"\\uFFFE\"\nf: \"\\U0001FFFE\"\ng: \"\\uD800\"\n");
        c.put("many escapes in one file", "a:\n" + "  - \"\\u202E\"\n".repeat(25));
        c.put("tabs in values", "a: b\tc\nb:\td\nc: \"\te\"\n");
        c.put("CRLF line breaks", "a: b\r\nc:\r\n  - d\r\n  - e\r\nf: |\r\n  g\r\n  h\r\n");
        c.put("a lone CR", "a: b\rc: d\n");
        c.put("supplementary characters before a mistake", "名称: 😀😀 x: y\n");
        c.put("a long key", "k" + "e".repeat(1100) + ": v\n");
        c.put("a long plain key without a colon", "k" + "e".repeat(1100) + "\n  : v\n");
        c.put("two documents", "a: b\n---\nc: d\n");
        c.put("three documents", "a: b\n---\nc: d\n---\ne: f\n");
        c.put("a second document with a syntax error", "a: b\n---\nc: [\n");
        c.put("a second document right after the first", "a: b\n--- x\n");
        c.put("a second empty document", "a: b\n---\n");
        c.put("an error before the second document", "a: \"b\n---\nc: d\n");
        c.put("an anchor in the second document", "a: b\n--- &x\nc: d\n");
        c.put("an anchor and an alias", "a: &p0 x\nb: *p0\n");
        c.put("an undefined alias", "a: *nothing\n");
        c.put("an alias as a key", "*a : b\n");
        c.put("anchors on collections", "a: &m\n  b: c\nd: &s [1]\n");
        c.put("a merge key", "base: &b {x: 1}\nderived:\n  <<: *b\n");
        c.put("tags", "a: !!str 1\nb: ! x\nc: !local y\nd: !!map {e: f}\ne: !!binary aGk=\nf: !<tag:yaml.org,2002:str> g\n");
        c.put("a tag on a sequence", "a: !!seq\n  - b\n");
        c.put("a duplicate key and an anchor", "a: 1\na: &x 2\n");
        c.put("an escape and an alias", "a: \"\\u202E\"\nb: *x\n");
        c.put("an anchor then a syntax error", "a: &x b\nc: [\n");
        c.put("a syntax error then an anchor", "a: [\nb: &x c\n");
        c.put("an anchor after a complex key", "[a]: b\nc: &x d\n");
        c.put("a value starting with >", "value: >90%\nnext: x\n");
        c.put("a value starting with | on one line", "value: |90%\n");
        c.put("a colon in a value", "name: 标题: 副标题\n");
        c.put("no space after a colon", "name:融媒体中心\nb: c\n");
        c.put("a missing colon", "a: b\nthis line has no colon\nc: d\n");
        c.put("a tab as indentation", "a:\n\tb: c\n");
        c.put("an unclosed double quote", "a: \"open\nb: c\n");
        c.put("an unclosed single quote", "a: 'open\nb: c\n");
        c.put("inconsistent indentation", "a:\n    b: 1\n  c: 2\n");
        c.put("a list item out of line", "a:\n  - b\n - c\n");
        c.put("a mapping after a list item", "a:\n  - b\n  c: d\n");
        c.put("an unknown escape", "a: \"\\q\"\n");
        c.put("a character that cannot start a token", "a: @b\nc: `d`\n");
        c.put("a percent sign starting a value", "a: %d\n");
        c.put("an unclosed flow sequence", "a: [1, 2\nb: c\n");
        c.put("an unclosed flow mapping", "a: {b: 1\n");
        c.put("a stray closing bracket", "a: b]\nc: ]\n");
        c.put("nesting within the limit", "a: " + "[".repeat(999) + "]".repeat(999) + "\n");
        c.put("nesting past the limit", "a: " + "[".repeat(1001) + "]".repeat(1001) + "\n");
        c.put("mappings nested past the limit", "a: " + "{b: ".repeat(1001) + "c" + "}".repeat(1001) + "\n");
        c.put("nesting past the limit after an escape", "a: \"\\u202E\"\nb: " + "[".repeat(1001) + "]".repeat(1001) + "\n");
    }

    private static List<Path> bundledYaml() {
        try (Stream<Path> s = Files.walk(TestFiles.PROJECT.resolve("content"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} mutations of {@code text}, each one change at a place chosen by a fixed seed. */
    private static void mutate(String name, String text, int count, Map<String, String> cases) {
        Random random = new Random(name.hashCode());
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            String mutated;
            String what;
            if (kind < 2) {
                int at = random.nextInt(text.length());
                if (at > 0 && Character.isLowSurrogate(text.charAt(at))) {
                    at--;
                }
                mutated = text.substring(0, at) + text.substring(at + Character.charCount(text.codePointAt(at)));
                what = "delete at " + at;
            } else if (kind < 8) {
                int at = random.nextInt(text.length() + 1);
                if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                    at++;
                }
                String insert = INSERTS.get(random.nextInt(INSERTS.size()));
                mutated = text.substring(0, at) + insert + text.substring(at);
                what = "insert " + escape(insert) + " at " + at;
            } else if (kind == 8) {
                int line = random.nextInt(lines.size());
                List<String> copy = new ArrayList<>(lines);
                copy.add(line, lines.get(line));
                mutated = String.join("\n", copy) + "\n";
                what = "repeat line " + (line + 1);
            } else {
                int line = random.nextInt(lines.size());
                List<String> copy = new ArrayList<>(lines);
                String l = copy.get(line);
                copy.set(line, l.startsWith("  ") && random.nextBoolean() ? l.substring(2) : "  " + l);
                mutated = String.join("\n", copy) + "\n";
                what = "re-indent line " + (line + 1);
            }
            cases.put("mutation " + name + " #" + i + ": " + what, mutated);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
