package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.model.FiscalYear;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.synth.ContentGenerator;
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
 * limited to one year loads only files of that year's index (the term files of its terms and the documents it
 * shows), an exact project name comes first, and long result lists grow fifty at a time.
 */
class SearchLoadingTest extends BrowserTest {

    @TempDir
    static Path dir;

    private Site site;
    private Path out;

    @BeforeAll
    void buildGeneratedSite() {
        GeneratedSite built = GeneratedSite.build(new ContentGenerator.Spec(12, 8, List.of(2021, 2022, 2023), 11), dir);
        out = built.root();
        site = built.site();
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
    void onlyTheFilesOfTheChosenYearAreLoadedAndOnlyWhenSearching() {
        assertThat(Files.exists(out.resolve("search/2021/docs"))).isTrue();
        openSearch();
        assertThat(indexScripts()).as("index scripts before any query").isEmpty();

        Project p = site.years().stream().filter(y -> y.year() == 2022).findFirst().orElseThrow().units().get(1).projects().get(2);
        new Select(find("#search-year")).selectByValue("2022");
        find("#search-q").sendKeys(p.name());
        awaitOutcome();
        List<String> loaded = indexScripts();
        assertThat(loaded.get(0)).isEqualTo("search/manifest.js");
        assertThat(loaded.subList(1, loaded.size())).isNotEmpty().allSatisfy(s -> assertThat(s).startsWith("search/2022/"))
                .anySatisfy(s -> assertThat(s).startsWith("search/2022/terms/"))
                .anySatisfy(s -> assertThat(s).startsWith("search/2022/docs/"));
        long termFiles = loaded.stream().filter(s -> s.contains("/terms/")).count();
        long allTermFiles;
        try (var files = Files.list(out.resolve("search/2022/terms"))) {
            allTermFiles = files.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(termFiles).as("term files loaded of %s", allTermFiles).isLessThan(allTermFiles);
        List<WebElement> where = driver.findElements(By.cssSelector("#search-results .where"));
        assertThat(where).isNotEmpty().allSatisfy(w -> assertThat(w.getText()).startsWith("2022年"));

        new Select(find("#search-year")).selectByValue("");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> indexScripts().stream().anyMatch(s -> s.startsWith("search/2021/")));
        awaitOutcome();
        assertThat(indexScripts()).anySatisfy(s -> assertThat(s).startsWith("search/2021/terms/"))
                .anySatisfy(s -> assertThat(s).startsWith("search/2023/terms/"))
                .filteredOn(s -> s.equals("search/manifest.js")).hasSize(1);
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
    void moreThanFiftyResultsOfAGroupGrowFiftyAtATimeWithAButtonThatMovesFocusToTheFirstAdded() {
        openSearch();
        find("#search-q").sendKeys("指标");
        awaitOutcome();
        String group = "section[aria-labelledby='results-i'] ";
        assertThat(driver.findElements(By.cssSelector(group + ".search-hit"))).hasSize(50);
        int waiting = moreButtonCount("i");
        assertThat(waiting).as("results waiting behind the button").isGreaterThan(50);
        assertThat(find(group + ".search-more").getText()).isEqualTo("再显示 50 条指标结果（还有 " + waiting + " 条）");
        assertThat(find("#search-status").getText()).contains("指标 " + (50 + waiting) + " 条");
        WebElement more = find(group + ".search-more");
        js("arguments[0].focus();", more);
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(group + ".search-hit")).size() == 100);
        assertThat(js("return document.activeElement === document.querySelectorAll(arguments[0])[50];", group + ".hit-title a"))
                .as("focus on the first result added").isEqualTo(true);
        assertThat(moreButtonCount("i")).isEqualTo(waiting - 50);
        List<String> links = driver.findElements(By.cssSelector(group + ".hit-title a")).stream().map(a -> a.getAttribute("href")).toList();
        assertThat(links).doesNotHaveDuplicates();
        // Every result the button adds is one the oracle expects.
        String base = out.toUri().toString();
        assertThat(links.stream().map(h -> h.substring(base.length())).toList())
                .isSubsetOf(SearchOracle.expected(site, "指标").get("i"));
    }

    /** How many results of a group wait behind its 显示其余 button. */
    private int moreButtonCount(String group) {
        List<WebElement> more = driver.findElements(By.cssSelector("section[aria-labelledby='results-" + group + "'] .search-more"));
        return more.isEmpty() ? 0 : Integer.parseInt(more.get(0).getText().replaceAll(".*还有 ([0-9]+) 条.*", "$1"));
    }
}
