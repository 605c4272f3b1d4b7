package gongkai.source;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestFiles;
import gongkai.diag.Diagnostic;
import gongkai.diag.Diagnostics;
import gongkai.synth.ContentGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SimpleYaml} reads a file exactly as SnakeYAML's events do ({@link YamlReader#readEvents}) — the same nodes,
 * positions and diagnostics — or gives up. Compared on every case of {@link YamlReaderTest}, the bundled content, the
 * typed form fixtures, generated content, and thousands of mutations of generated files.
 */
class SimpleYamlTest {

    /** What a mutation inserts: YAML's indicators, quotes, escapes, white space of every kind, other scripts. */
    private static final List<String> INSERTS = List.of(":", ": ", " :", "#", " #", "# ", "-", "- ", " - ", "\"", "'", "''",
            "\\", "\\n", "\t", "\r", "\r\n", "\n", "\n\n", "  ", " ", "    ", "~", "null", "Null", "[", "]", "{", "}", ",", "&a",
            "*a", "!", "!!str", "|", ">", "%", "@", "`", "?", "? ", "---", "...", "\n---\n", "中", "，", "：", "😀", "\u00A0",
            "\u3000", "\u0085", "\u2028", "\uFEFF", "\u202E", "x: y", "- a: b", "a:\n  b", "\"\\u202E\"", "'a''b'", "key:", "0x1F");

    private record Read(Optional<Node> root, List<Diagnostic> diagnostics) {}

    private static Read events(String text) {
        Diagnostics d = new Diagnostics();
        Optional<Node> root = YamlReader.readEvents(new SourceFile("content/t.yaml", text), d);
        return new Read(root, d.sorted());
    }

    /** What SimpleYaml makes of the text, or null when it gives up. */
    private static Read simple(String text) {
        List<Diagnostic> found = new ArrayList<>();
        Node root = SimpleYaml.read(new SourceFile("content/t.yaml", text), found);
        if (root == null) {
            assertThat(found).as("nothing is reported when SimpleYaml gives up").isEmpty();
            return null;
        }
        Diagnostics d = new Diagnostics();
        found.forEach(d::add);
        return new Read(Optional.of(root), d.sorted());
    }

    /** Checks every text; returns how many SimpleYaml read (rather than gave up). */
    private static int compare(Map<String, String> texts) {
        int read = 0;
        for (Map.Entry<String, String> c : texts.entrySet()) {
            Read simple = simple(c.getValue());
            if (simple != null) {
                read++;
                assertThat(simple).as("%s%n%s", c.getKey(), c.getValue()).isEqualTo(events(c.getValue()));
            }
        }
        return read;
    }

    @Test
    void everyCaseOfTheReaderIsReadTheSameOrLeftToSnakeYaml() {
        Map<String, String> cases = YamlReaderTest.cases();
        int read = compare(cases);
        assertThat(read).as("cases read by SimpleYaml").isGreaterThan(cases.size() / 3);
    }

    @Test
    void contentAsWrittenIsReadBySimpleYaml() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path dir : List.of(TestFiles.PROJECT.resolve("content"), TestFiles.PROJECT.resolve("src/test/resources/forms"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    texts.put(TestFiles.PROJECT.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        ContentGenerator.generate(new ContentGenerator.Spec(6, 10, List.of(2021, 2022), 17, true)).files()
                .forEach((path, text) -> {
                    if (path.endsWith(".yaml")) {
                        texts.put("generated/" + path, text);
                    }
                });

        compare(texts);
        // Frameworks and forms list names in brackets ([…]), which is left to SnakeYAML; everything else is simple.
        texts.forEach((name, text) -> {
            if (!name.contains("frameworks/") && !name.contains("forms/")) {
                assertThat(simple(text)).as("read by SimpleYaml: %s", name).isNotNull();
            }
        });
    }

    @Test
    void mutationsAreReadTheSameOrLeftToSnakeYaml() {
        Map<String, String> files = ContentGenerator.generate(new ContentGenerator.Spec(3, 4, List.of(2022), 5)).files();
        List<String> bases = files.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".yaml") && !e.getKey().startsWith("frameworks/"))
                .map(Map.Entry::getValue).toList();
        SplittableRandom random = new SplittableRandom(20240611);
        Map<String, String> mutations = new LinkedHashMap<>();
        for (int i = 0; i < 4000; i++) {
            String text = bases.get(random.nextInt(bases.size()));
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                text = mutate(text, random);
            }
            mutations.put("mutation " + i, text);
        }
        int read = compare(mutations);
        assertThat(read).as("mutations read by SimpleYaml (so that the comparison means something)").isGreaterThan(1000);
    }

    /** One change at a random place: a character deleted, something inserted, a line repeated, deleted or re-indented. */
    private static String mutate(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int kind = random.nextInt(10);
        if (kind < 2 && !text.isEmpty()) {
            int at = random.nextInt(text.length());
            return text.substring(0, at) + text.substring(at + 1);
        }
        if (kind < 7) {
            int at = random.nextInt(text.length() + 1);
            return text.substring(0, at) + INSERTS.get(random.nextInt(INSERTS.size())) + text.substring(at);
        }
        int line = random.nextInt(lines.size());
        if (kind == 7) {
            lines.add(line, lines.get(line));
        } else if (kind == 8) {
            lines.remove(line);
        } else {
            int by = random.nextInt(1, 5);
            String l = lines.get(line);
            lines.set(line, random.nextBoolean() ? " ".repeat(by) + l : l.substring(Math.min(by, l.length() - l.stripLeading().length())));
        }
        return String.join("\n", lines);
    }
}
