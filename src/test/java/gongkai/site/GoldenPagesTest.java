package gongkai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rendered HTML of the bundled content, compared byte for byte with reviewed golden files in
 * {@code src/test/resources/golden/}. After an intended change, regenerate them with
 * {@code mvn test -Dtest=GoldenPagesTest -Dgolden.update=true} and review the diff before committing. The history
 * shown is the fixed {@link gongkai.history.BundledHistory} (see {@link BuiltSite}), so the files stay the same
 * from commit to commit.
 */
class GoldenPagesTest {

    private static final Path GOLDEN = BuiltSite.PROJECT.resolve("src/test/resources/golden");

    @TempDir
    static Path out;

    @ParameterizedTest
    @ValueSource(strings = {
        "index.html",
        "2022/index.html",
        "2022/425001/index.html",
        "2022/425001/projects/13020822P00908810002X.html",
        "2022/425001/projects/13020822P00864910002J.html",
        "2022/425001/history.html",
        "2022/425001/history/13020822P00908810002X.html",
        "search.html",
        "data.html"
    })
    void pageMatchesGolden(String page) throws Exception {
        Path site = out.resolve("site");
        if (!Files.exists(site)) {
            BuiltSite.build(site);
        }
        String actual = BuiltSite.read(site, page);
        Path golden = GOLDEN.resolve(page.replace('/', '_'));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s is missing; create it with -Dgolden.update=true and review it", golden).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
