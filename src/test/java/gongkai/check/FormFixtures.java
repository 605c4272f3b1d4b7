package gongkai.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The typed fixtures of the shipped forms ({@code src/test/resources/forms/*.txt}): each is a year of content written
 * on top of copies of the bundled {@code site.yaml}, frameworks and forms.
 */
public final class FormFixtures {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path FIXTURES = PROJECT.resolve("src/test/resources/forms");

    private FormFixtures() {}

    /** The fixtures' names (file names without {@code .txt}), sorted. */
    public static List<String> names() {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's text, {@code -- path --} blocks. */
    public static String text(String name) {
        return read(FIXTURES.resolve(name + ".txt"));
    }

    /** The fixture on top of the bundled site settings, frameworks and forms. */
    public static ContentFixture fixture(String name) {
        ContentFixture fixture = ContentFixture.empty().with("site.yaml", read(PROJECT.resolve("content/site.yaml")));
        for (String folder : List.of("frameworks", "forms")) {
            try (Stream<Path> files = Files.list(PROJECT.resolve("content").resolve(folder))) {
                for (Path f : files.sorted().toList()) {
                    fixture.with(folder + "/" + f.getFileName(), read(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fixture.with(text(name));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
