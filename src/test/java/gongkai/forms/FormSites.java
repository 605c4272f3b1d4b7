package gongkai.forms;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.check.FormFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sites of the shipped forms' fixtures: each form's typed table ({@code src/test/resources/forms/<form>.txt})
 * on top of copies of the bundled site.yaml, frameworks and forms, built once per test run into a temporary folder.
 * The bundled form {@code hebei-fengrun} has the bundled content as its fixture.
 */
public final class FormSites {

    public static final Path PROJECT = Path.of("").toAbsolutePath();

    /** A built fixture: the build's outcome and the folder of the site. */
    public record Built(Gongkai.BuildResult result, Path site) {}

    private static final Map<String, Built> BUILT = new HashMap<>();
    private static Path temp;

    private FormSites() {}

    /** The ids of the shipped forms, sorted. */
    public static List<String> forms() {
        try (Stream<Path> files = Files.list(PROJECT.resolve("content/forms"))) {
            return files.map(p -> p.getFileName().toString().replaceFirst("\\.yaml$", "")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped forms other than the bundled one, whose fixtures are typed tables. */
    public static List<String> typedForms() {
        return forms().stream().filter(f -> !f.equals("hebei-fengrun")).toList();
    }

    /** The content folder of a form's fixture. */
    static Path content(String form, Path dir) {
        if (form.equals("hebei-fengrun")) {
            return PROJECT.resolve("content");
        }
        assertThat(FormFixtures.names()).as("every shipped form has a fixture").contains(form);
        return FormFixtures.fixture(form).writeTo(dir);
    }

    /** Builds a form's fixture with --strict (once per run). */
    public static synchronized Built build(String form) {
        try {
            if (temp == null) {
                temp = Files.createTempDirectory("gongkai-forms-");
                Path made = temp;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
            }
            if (!BUILT.containsKey(form)) {
                Path dir = temp.resolve(form);
                Path content = content(form, dir);
                Path fonts = content.resolveSibling("fonts");
                if (!Files.exists(fonts)) {
                    Files.createSymbolicLink(fonts, PROJECT.resolve("fonts"));
                }
                Path out = dir.resolve("site");
                BUILT.put(form, new Built(Gongkai.build(Gongkai.Options.of(content, PROJECT.resolve("templates"), out).strict(true)), out));
            }
            return BUILT.get(form);
        } catch (Exception e) {
            throw new IllegalStateException("building the fixture of form " + form, e);
        }
    }

    private static void delete(Path folder) {
        // Files.walk does not follow the fonts link: only the link itself is removed.
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
