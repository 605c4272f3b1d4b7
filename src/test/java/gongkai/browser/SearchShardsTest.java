package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.history.History;
import gongkai.model.FiscalYear;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search on a generated site of three years, from file://: nothing is loaded before the first query, a query
 * limited to one year loads only that year's shard, and an exact project name comes first.
 */
class SearchShardsTest extends BrowserTest {

    @TempDir
    static Path dir;

    private Site site;
    private Path out;

    @BeforeAll
    void buildGeneratedSite() throws Exception {
        Path content = dir.resolve("content");
        ContentGenerator.Result r = ContentGenerator.generate(new ContentGenerator.Spec(3, 5, List.of(2021, 2022, 2023), 11));
        ContentWriter.write(content, r.files(), false);
        out = dir.resolve("site");
        Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.of(content, BundledSite.PROJECT.resolve("templates"), out)
                .pdf(false).withHistory(History.unavailable("测试")));
        assertThat(result.written()).as("the generated site builds: %s", result.check().diagnostics().sorted()).isTrue();
        site = Gongkai.check(content).site().orElseThrow();
    }

    private void openSearch() {
        driver.get(out.resolve("search.html").toUri().toString());
    }

    @SuppressWarnings("unchecked")
    private List<String> indexScripts() {
        return ((List<Object>) js("return [...document.querySelectorAll('script[src*=\"search/\"]')]"
                + ".map(s => s.getAttribute('src'));")).stream().map(String::valueOf).toList();
    }

    private void awaitOutcome() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return s.startsWith("找到") || s.startsWith("没有找到");
        });
    }

    @Test
    void onlyTheShardsOfTheChosenYearAreLoadedAndOnlyWhenSearching() {
        assertThat(Files.exists(out.resolve("search/2021-1.js"))).isTrue();
        openSearch();
        assertThat(indexScripts()).as("index scripts before any query").isEmpty();

        Project p = site.years().stream().filter(y -> y.year() == 2022).findFirst().orElseThrow().units().get(1).projects().get(2);
        new Select(find("#search-year")).selectByValue("2022");
        find("#search-q").sendKeys(p.name());
        awaitOutcome();
        assertThat(indexScripts()).containsExactly("search/manifest.js", "search/2022-1.js");
        List<WebElement> where = driver.findElements(By.cssSelector("#search-results .where"));
        assertThat(where).isNotEmpty().allSatisfy(w -> assertThat(w.getText()).startsWith("2022年"));

        new Select(find("#search-year")).selectByValue("");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> indexScripts().size() == 4);
        awaitOutcome();
        assertThat(indexScripts()).containsExactlyInAnyOrder("search/manifest.js", "search/2021-1.js", "search/2022-1.js",
                "search/2023-1.js");
    }

    @Test
    void anExactProjectNameComesFirstAndEveryYearIsSearched() {
        FiscalYear first = site.years().get(site.years().size() - 1);
        Project p = first.units().get(0).projects().get(0);
        openSearch();
        find("#search-q").sendKeys(p.name());
        awaitOutcome();
        WebElement top = find("section[aria-labelledby='results-p'] .hit-title a");
        assertThat(top.getText()).isEqualTo(p.name());
        // Other units and years may have a project of the same name; all of them rank before partial matches.
        List<WebElement> hits = driver.findElements(By.cssSelector("section[aria-labelledby='results-p'] .search-hit"));
        long exact = hits.stream().takeWhile(h -> h.findElement(By.cssSelector(".hit-title a")).getText().equals(p.name())).count();
        assertThat(hits.stream().filter(h -> h.findElement(By.cssSelector(".hit-title a")).getText().equals(p.name())).count())
                .as("projects named exactly %s come first", p.name()).isEqualTo(exact);
        assertThat(hits.subList(0, (int) exact)).anySatisfy(h -> assertThat(h.findElement(By.cssSelector(".where")).getText()).contains(p.code()));
        assertThat(SearchOracle.expected(site, p.name()).get("p"))
                .hasSize(driver.findElements(By.cssSelector("section[aria-labelledby='results-p'] .search-hit")).size()
                        + moreButtonCount("p"));
    }

    @Test
    void moreThanFiftyResultsOfAGroupAreShownWithAButtonThatMovesFocusToTheFirstAdded() {
        openSearch();
        find("#search-q").sendKeys("指标");
        awaitOutcome();
        String group = "section[aria-labelledby='results-i'] ";
        assertThat(driver.findElements(By.cssSelector(group + ".search-hit"))).hasSize(50);
        int waiting = moreButtonCount("i");
        assertThat(waiting).isPositive();
        assertThat(find("#search-status").getText()).contains("指标 " + (50 + waiting) + " 条");
        WebElement more = find(group + ".search-more");
        js("arguments[0].focus();", more);
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        assertThat(driver.findElements(By.cssSelector(group + ".search-hit"))).hasSize(50 + waiting);
        assertThat(js("return document.activeElement === document.querySelectorAll(arguments[0])[50];", group + ".hit-title a"))
                .as("focus on the first result added").isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector(group + ".search-more"))).isEmpty();
    }

    /** How many results of a group wait behind its 显示其余 button. */
    private int moreButtonCount(String group) {
        List<WebElement> more = driver.findElements(By.cssSelector("section[aria-labelledby='results-" + group + "'] .search-more"));
        return more.isEmpty() ? 0 : Integer.parseInt(more.get(0).getText().replaceAll("[^0-9]", ""));
    }
}
