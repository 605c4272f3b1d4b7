package gongkai.source;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A load with a {@link ParseCache} gives what a load without one gives, and parses again exactly the files whose
 * text changed.
 */
class ParseCacheTest {

    private final Map<String, String> files = LoadFixture.generated();
    private final List<String> projects = files.keySet().stream().filter(p -> p.contains("/projects/")).toList();

    private record Loaded(SourceTree tree, List<Diagnostic> diagnostics) {}

    private static Loaded load(ContentFiles content, ParseCache cache) {
        Diagnostics diagnostics = new Diagnostics();
        SourceTree tree = cache == null ? ContentLoader.load(content, diagnostics) : ContentLoader.load(content, diagnostics, cache);
        return new Loaded(tree, diagnostics.sorted());
    }

    private static TreeFiles content(Map<String, String> text) {
        Map<String, byte[]> bytes = new TreeMap<>();
        text.forEach((path, t) -> bytes.put(path, t.getBytes(StandardCharsets.UTF_8)));
        return new TreeFiles("content", bytes, Map.of());
    }

    private static Node root(Loaded loaded, String path) {
        return loaded.tree().years().get(0).units().stream().flatMap(u -> u.projects().stream())
                .filter(y -> y.file().path().equals("content/" + path)).findFirst().orElseThrow().root().orElseThrow();
    }

    @Test
    void everyLoadWithTheCacheIsTheSameAsOneWithout() {
        ParseCache cache = new ParseCache();
        Map<String, String> text = new TreeMap<>(files);
        List<Map<String, String>> versions = List.of(
                new TreeMap<>(text),
                with(text, projects.get(0), text.get(projects.get(0)).replace("name: ", "name: 改过的")),
                with(text, projects.get(2), text.get(projects.get(2)) + "oops: [\n"),
                with(text, projects.get(4), "a: &x 1\n" + text.get(projects.get(4))),
                with(text, projects.get(6), text.get(projects.get(6)).replace("name: ", "name: \u202E")),
                without(text, projects.get(8)),
                with(text, projects.get(2), files.get(projects.get(2))));
        for (Map<String, String> version : versions) {
            Loaded cached = load(content(version), cache);
            Loaded cold = load(content(version), null);
            assertThat(cached.diagnostics()).containsExactlyElementsOf(cold.diagnostics());
            assertThat(cached.tree()).isEqualTo(cold.tree());
            assertThat(cache.size()).as("one entry per file read, none for deleted files").isEqualTo(version.size());
        }
        // The broken file's problem is reported on every load, also when it comes from the cache.
        Loaded again = load(content(versions.get(2)), cache);
        Loaded twice = load(content(versions.get(2)), cache);
        assertThat(twice.diagnostics()).isEqualTo(again.diagnostics()).extracting(Diagnostic::code).contains(Code.GK101);
    }

    @Test
    void onlyAChangedFileIsParsedAgain() {
        ParseCache cache = new ParseCache();
        Loaded first = load(content(files), cache);
        String changed = projects.get(0);
        String kept = projects.get(1);
        Loaded second = load(content(with(files, changed, files.get(changed).replace("name: ", "name: 改过的"))), cache);

        assertThat(root(second, kept)).as("the same nodes: not parsed again").isSameAs(root(first, kept));
        assertThat(root(second, changed)).isNotSameAs(root(first, changed)).isNotEqualTo(root(first, changed));
        assertThat(((Node.Mapping) root(second, changed)).entry("name").orElseThrow().value())
                .extracting(n -> ((Node.Scalar) n).text()).asString().startsWith("改过的");

        Loaded third = load(content(files), cache);
        assertThat(root(third, changed)).as("changed back: parsed again, like the first time").isEqualTo(root(first, changed));
    }

    @Test
    void theSameTextAtAnotherPathIsReadForThatPath() {
        ParseCache cache = new ParseCache();
        String from = projects.get(0);
        String to = from.replace(".yaml", "-copy.yaml");
        load(content(files), cache);
        Map<String, String> renamed = without(files, from);
        renamed.put(to, files.get(from));

        Node moved = root(load(content(renamed), cache), to);

        assertThat(moved.position().file()).isEqualTo("content/" + to);
        assertThat(moved).isEqualTo(root(load(content(renamed), null), to));
    }

    @Test
    void checkWithACacheGivesWhatCheckGives() {
        ParseCache cache = new ParseCache();
        TreeFiles broken = LoadFixture.broken(files);
        for (ContentFiles content : List.of(content(files), broken, broken, content(files))) {
            Gongkai.CheckResult cached = Gongkai.check(content, cache);
            Gongkai.CheckResult cold = Gongkai.check(content);
            assertThat(cached.diagnostics().sorted()).containsExactlyElementsOf(cold.diagnostics().sorted());
            assertThat(cached.files()).isEqualTo(cold.files());
            assertThat(cached.site()).isEqualTo(cold.site());
        }
    }

    private static Map<String, String> with(Map<String, String> text, String path, String content) {
        Map<String, String> copy = new TreeMap<>(text);
        copy.put(path, content);
        return copy;
    }

    private static Map<String, String> without(Map<String, String> text, String path) {
        Map<String, String> copy = new TreeMap<>(text);
        copy.remove(path);
        return copy;
    }
}
