package gongkai.site;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.history.BundledHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Builds the repository's bundled content and templates into a folder, for tests that read the pages. The change
 * history is the fixed {@link BundledHistory}, not this repository's: the golden pages must not change with every
 * commit, nor depend on whether the checkout is a shallow clone.
 */
final class BuiltSite {

    static final Path PROJECT = Path.of("").toAbsolutePath();

    private BuiltSite() {}

    static Path build(Path out) throws Exception {
        Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.of(
                PROJECT.resolve("content"), PROJECT.resolve("templates"), out).strict(true).withHistory(BundledHistory.history()));
        assertThat(result.check().diagnostics().sorted()).isEmpty();
        assertThat(result.written()).isTrue();
        return out;
    }

    static String read(Path site, String page) throws IOException {
        return Files.readString(site.resolve(page), StandardCharsets.UTF_8);
    }

    static Document parse(Path site, String page) throws IOException {
        return Jsoup.parse(read(site, page));
    }
}
