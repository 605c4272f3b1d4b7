package gongkai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** File helpers shared by tests: the repository's folders, copied into temporary folders. */
public final class TestFiles {

    /** The repository root (Maven runs the tests there). */
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    private TestFiles() {}

    /** Copies the folder {@code from} (files and sub-folders) to {@code to}, which must not exist yet. */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** A copy of the bundled {@code content/} at {@code dir/content}. */
    public static Path copyBundledContent(Path dir) throws IOException {
        return copyTree(PROJECT.resolve("content"), dir.resolve("content"));
    }
}
