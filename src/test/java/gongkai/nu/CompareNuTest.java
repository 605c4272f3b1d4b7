package gongkai.nu;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.check.YearsFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 历年对比 pages of a three-year site pass the Nu Html Checker with zero errors. */
class CompareNuTest {

    @TempDir
    static Path tmp;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        assertThat(YearsFixture.buildThreeYears(tmp).written()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2022/425001/projects/13020822P00908810002X.html",
        "2022/425001/projects/13020822P00864910002J.html",
        "2022/425001/index.html",
        "2020/425001/index.html"})
    void comparisonPageHasNoErrors(String page) throws Exception {
        assertThat(java.nio.file.Files.readString(site.resolve(page))).contains("历年对比");
        assertThat(NuHtmlCheckerTest.errors(site.resolve(page))).as(page).isEmpty();
    }
}
