package gongkai.browser;

import gongkai.Gongkai;
import gongkai.history.BundledHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's bundled content built once per test run (with its PDFs) into a temporary folder, and the
 * list of every page of it. The folder is removed when the JVM exits.
 */
public final class BundledSite {

    /** The project folder (Maven runs the tests there). */
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    /** The pages the screenshot and feature tests use by name. */
    public static final String HOME = "index.html";
    public static final String UNIT = "2022/425001/index.html";
    /** A project page with ≥ and ≤ values (≥95%, ≤93209.07元). */
    public static final String PROJECT_PAGE = "2022/425001/projects/13020822P00864910002J.html";

    private static Path root;
    private static List<String> pages;

    private BundledSite() {}

    /** The folder holding the built site. */
    public static synchronized Path root() {
        if (root == null) {
            root = build();
        }
        return root;
    }

    /** Every .html page of the site, as paths relative to its root with '/' separators, sorted. */
    public static synchronized List<String> pages() {
        if (pages == null) {
            Path site = root();
            try (Stream<Path> files = Files.walk(site)) {
                pages = files.filter(f -> f.getFileName().toString().endsWith(".html"))
                        .map(f -> site.relativize(f).toString().replace('\\', '/'))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (pages.size() < 3) {
                throw new IllegalStateException("The bundled site has only " + pages.size() + " pages: " + pages);
            }
        }
        return pages;
    }

    /** The project pages (the ones with the two tables of a 绩效目标表). */
    public static List<String> projectPages() {
        return pages().stream().filter(p -> p.contains("/projects/")).toList();
    }

    /** The file:// address of a page. */
    public static String url(String page) {
        return root().resolve(page).toUri().toString();
    }

    private static Path build() {
        try {
            Path temp = Files.createTempDirectory("gongkai-browser-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(temp)));
            Path out = temp.resolve("site");
            // A fixed history (every kind of history row), not this repository's, which a shallow clone lacks.
            Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.inProject(PROJECT).withOut(out)
                    .withHistory(BundledHistory.history()));
            if (!result.written()) {
                throw new IllegalStateException("The bundled content did not build: " + result.check().diagnostics().sorted());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Gongkai.BuildException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
