package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.check.FormFixtures;
import gongkai.history.History;
import gongkai.model.Site;
import gongkai.output.GeneratedFile;
import gongkai.search.SearchIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search on sites built from the shipped forms' fixtures, from file://: the 部门（单位）职责 and 年度总体绩效目标 of a
 * 部门（单位）整体绩效目标表 find their unit and the 项目分类 finds its project, shown with the matched text under its
 * label, as {@link SearchOracle} says.
 */
class SearchFormsTest extends BrowserTest {

    @TempDir
    static Path dir;

    /**
     * The search page and scripts of the bundled site with the fixture's index in {@code search/}: only the index
     * is under test here, and the search page does not depend on the content it searches.
     */
    private Site build(String fixture, Path out) throws Exception {
        Path content = FormFixtures.fixture(fixture).writeTo(dir.resolve(fixture));
        Gongkai.CheckResult check = Gongkai.check(content);
        assertThat(check.diagnostics().sorted()).as("diagnostics of %s", fixture).isEmpty();
        Site site = check.site().orElseThrow();
        Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.of(BundledSite.PROJECT.resolve("content"),
                BundledSite.PROJECT.resolve("templates"), out).pdf(false).withHistory(History.unavailable("测试")));
        assertThat(result.written()).isTrue();
        try (Stream<Path> old = Files.walk(out.resolve("search"))) {
            for (Path f : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        for (GeneratedFile f : SearchIndex.index(site)) {
            Files.createDirectories(out.resolve(f.path()).getParent());
            Files.write(out.resolve(f.path()), f.content());
        }
        return site;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "unit-overall-table, 疾病预防, u, 部门（单位）职责：",
        "unit-overall-table, 建档率 90%, u, 年度总体绩效目标：",
        "hunan-style, 一般性项目, p, 项目分类：",
        "chongqing-style, 专项业务, p, 项目分类："})
    void theFormsFieldsFindTheirUnitOrProject(String fixture, String query, String group, String label) throws Exception {
        Path out = dir.resolve("site-" + fixture);
        Site site = build(fixture, out);
        driver.get(out.resolve("search.html").toUri().toString());
        find("#search-q").sendKeys(query);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return s.startsWith("找到") || s.startsWith("没有找到");
        });
        Map<String, List<String>> expected = SearchOracle.expected(site, query);
        assertThat(expected.get(group)).as("the oracle finds the %s", group).isNotEmpty();
        String base = out.toUri().toString();
        for (String g : List.of("u", "p", "i")) {
            List<String> shown = new ArrayList<>();
            for (WebElement a : driver.findElements(By.cssSelector("section[aria-labelledby='results-" + g + "'] .hit-title a"))) {
                shown.add(a.getAttribute("href").substring(base.length()));
            }
            assertThat(shown).as("%s results for %s", g, query).containsExactlyInAnyOrderElementsOf(expected.get(g));
        }
        List<WebElement> texts = driver.findElements(By.cssSelector("section[aria-labelledby='results-" + group + "'] .hit-text"));
        assertThat(texts).as("the matched field is shown under its label").anySatisfy(t -> {
            assertThat(t.getText()).startsWith(label);
            assertThat(t.findElements(By.tagName("mark"))).isNotEmpty();
        });
    }
}
