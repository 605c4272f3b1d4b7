package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.model.Site;
import gongkai.search.Tokenizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page of the bundled site, opened from file:// in headless Chromium: queries typed as a reader types
 * them find what the model says they should, with the matches marked, the count in the live region, and links
 * that land on the right page and row; the search box in every page's header leads there by keyboard.
 */
class SearchTest extends BrowserTest {

    static final String SEARCH = "search.html";

    private final Site site = Gongkai.check(BundledSite.PROJECT.resolve("content")).site().orElseThrow();

    private String status() {
        return find("#search-status").getText();
    }

    /** Waits until the live region reports the outcome of a search and returns its text. */
    private String awaitOutcome() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> status().startsWith("找到") || status().startsWith("没有找到"));
        return status();
    }

    private String type(String query) {
        open(SEARCH);
        assertThat(driver.getCurrentUrl()).startsWith("file:");
        find("#search-q").sendKeys(query);
        return awaitOutcome();
    }

    /** The links of the results, by group, relative to the site root. */
    private Map<String, List<String>> shown() {
        String base = BundledSite.url("");
        Map<String, List<String>> out = new TreeMap<>();
        for (String group : List.of("u", "p", "i")) {
            List<String> links = new ArrayList<>();
            for (WebElement a : driver.findElements(By.cssSelector("section[aria-labelledby='results-" + group + "'] .hit-title a"))) {
                String href = a.getAttribute("href");
                assertThat(href).startsWith(base);
                links.add(href.substring(base.length()));
            }
            out.put(group, links);
        }
        return out;
    }

    private List<String> marks() {
        return driver.findElements(By.cssSelector("#search-results mark")).stream().map(WebElement::getText).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"维护", "专线", "mstp", "MSTP", "13020822P0090881", "满意度", "产出 成本", "费", "≥95%", "融媒体 13020822p009", "丰润区", "425001"})
    void findsWhatTheModelHoldsWithTheMatchesMarked(String query) {
        String outcome = type(query);
        Map<String, List<String>> expected = SearchOracle.expected(site, query);
        Map<String, List<String>> shown = shown();
        for (String group : expected.keySet()) {
            assertThat(shown.get(group)).as("%s results for %s", group, query).containsExactlyInAnyOrderElementsOf(expected.get(group));
        }
        int total = expected.values().stream().mapToInt(List::size).sum();
        assertThat(total).as("the query %s finds something in the bundled content", query).isPositive();
        assertThat(outcome).startsWith("找到 " + total + " 条结果");
        List<String> needles = Tokenizer.runs(Tokenizer.normalize(query));
        assertThat(marks()).as("marked texts for %s", query).isNotEmpty()
                .allSatisfy(m -> assertThat(needles).contains(Tokenizer.normalize(m)));
    }

    /**
     * On a generated site of 2,000 projects, from file://: the counts of each group in the live region and the first
     * fifty results of each group, in order, are what the model says.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"维护", "满意度", "服务对象满意度", "社会效益指标", "产出 成本", "费", "1302", "90 满意"})
    void findsOnALargeSiteWhatTheModelHoldsRankedAsTheRulesSay(String query) {
        driver.get(LargeSite.url(SEARCH));
        find("#search-q").sendKeys(query);
        String outcome = awaitOutcome();
        Map<String, List<String>> expected = SearchOracle.ranked(LargeSite.site(), query);
        String base = LargeSite.url("");
        List<String> counts = new ArrayList<>();
        for (String group : List.of("u", "p", "i")) {
            List<String> links = new ArrayList<>();
            for (WebElement a : driver.findElements(By.cssSelector("section[aria-labelledby='results-" + group + "'] .hit-title a"))) {
                links.add(a.getAttribute("href").substring(base.length()));
            }
            List<String> all = expected.get(group);
            assertThat(links).as("%s results for %s", group, query).containsExactlyElementsOf(all.subList(0, Math.min(50, all.size())));
            if (!all.isEmpty()) {
                counts.add(Map.of("u", "单位", "p", "项目", "i", "指标").get(group) + " " + all.size() + " 条");
            }
        }
        int total = expected.values().stream().mapToInt(List::size).sum();
        assertThat(total).as("the query %s finds something", query).isPositive();
        assertThat(outcome).isEqualTo("找到 " + total + " 条结果（" + String.join("，", counts) + "）。");
    }

    @Test
    void theExampleQueriesOfTheIssue() {
        type("维护");
        assertThat(shown().get("p")).containsExactly("2022/425001/projects/13020822P00908810002X.html");
        WebElement hit = find("#search-results .search-hit");
        assertThat(hit.findElement(By.cssSelector(".hit-title a")).getText()).isEqualTo("融媒体中心运行维护费");
        assertThat(hit.findElement(By.cssSelector(".hit-title mark")).getText()).isEqualTo("维护");
        assertThat(hit.findElement(By.cssSelector(".where")).getText())
                .isEqualTo("2022年 · 唐山市丰润区融媒体中心本级 · 项目编码 13020822P00908810002X");

        type("专线");
        assertThat(find("#search-results .hit-title a").getText()).isEqualTo("联通公司MSTP专线费");

        type("mstp");
        assertThat(marks()).contains("MSTP");

        type("13020822P0090881");
        assertThat(marks()).containsExactly("13020822P0090881");
        assertThat(shown().get("p")).containsExactly("2022/425001/projects/13020822P00908810002X.html");
    }

    @Test
    void theLiveRegionAnnouncesTheCountAndNothingFound() {
        assertThat(type("专线")).isEqualTo("找到 1 条结果（项目 1 条）。");
        WebElement region = find("#search-status");
        assertThat(region.getAriaRole()).isEqualTo("status");
        find("#search-q").sendKeys(Keys.chord(Keys.CONTROL, "a"), "不存在的词语");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> status().startsWith("没有找到"));
        assertThat(status()).isEqualTo("没有找到包含“不存在的词语”的内容。");
        assertThat(driver.findElements(By.cssSelector("#search-results li"))).isEmpty();
    }

    @Test
    void anIndicatorResultLandsOnItsRow() {
        type("运行正常运转率");
        List<String> links = shown().get("i");
        assertThat(links).containsExactly("2022/425001/projects/13020822P00908810002X.html#i1-l3");
        assertThat(find("section[aria-labelledby='results-i'] .where").getText())
                .isEqualTo("2022年 · 唐山市丰润区融媒体中心本级 · 融媒体中心运行维护费 · 产出指标/质量指标");
        assertThat(find("section[aria-labelledby='results-i'] .hit-text").getText()).isEqualTo("指标值：≥95%");
        find("section[aria-labelledby='results-i'] .hit-title a").click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("#i1-l3"));
        WebElement target = (WebElement) js("return document.querySelector(':target');");
        assertThat(target.getTagName()).isEqualTo("th");
        assertThat(target.getText()).isEqualTo("运行正常运转率");
        assertThat(js("return arguments[0].closest('table').classList.contains('indicators');", target)).isEqualTo(true);
        assertThat(js("return getComputedStyle(arguments[0].closest('tr').lastElementChild).backgroundColor;", target))
                .as("the row the link lands on is highlighted").isEqualTo("rgb(255, 243, 196)");
    }

    @Test
    void fromAnyPageByKeyboardToAResultAndOnToItsPage() {
        open(BundledSite.PROJECT_PAGE);
        for (int i = 0; i < 10 && !"site-search-q".equals(js("return document.activeElement.id;")); i++) {
            press(Keys.TAB);
        }
        assertThat(js("return document.activeElement.id;")).as("the header search box is reached with Tab").isEqualTo("site-search-q");
        new Actions(driver).sendKeys("专线").sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("search.html?q="));
        assertThat(awaitOutcome()).isEqualTo("找到 1 条结果（项目 1 条）。");
        assertThat(find("#search-q").getAttribute("value")).isEqualTo("专线");
        find("#search-q").click();
        for (int i = 0; i < 10 && !Boolean.TRUE.equals(js("return !!document.activeElement.closest('.hit-title');")); i++) {
            press(Keys.TAB);
        }
        assertThat(js("return document.activeElement.textContent;")).isEqualTo("联通公司MSTP专线费");
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("13020822P00908310002H.html"));
        assertThat(find("h1").getText()).isEqualTo("联通公司MSTP专线费绩效目标表");
    }

    @Test
    void enterInTheSearchFieldSearchesWithoutLeavingThePage() {
        open(SEARCH);
        find("#search-q").sendKeys("维护", Keys.ENTER);
        assertThat(awaitOutcome()).startsWith("找到 1 条结果");
        assertThat(driver.getCurrentUrl()).contains("search.html");
        assertThat(js("return document.activeElement.id;")).isEqualTo("search-q");
    }

    @Test
    void theYearFilterKeepsResultsOfThatYear() {
        driver.get(BundledSite.url(SEARCH) + "?q=%E7%BB%B4%E6%8A%A4&year=2022");
        assertThat(awaitOutcome()).startsWith("找到 1 条结果");
        assertThat(find("#search-year").getAttribute("value")).isEqualTo("2022");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(booleans = {false, true})
    void resultsHaveNoAxeViolations(boolean largeText) {
        open(SEARCH);
        if (largeText) {
            clickLargeTextToggle();
        }
        find("#search-q").sendKeys("运行");
        awaitOutcome();
        assertThat(driver.findElements(By.cssSelector("#search-results mark"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby='results-i']"))).isNotEmpty();
        Results results = new AxeBuilder().withTags(AxeTest.TAGS).analyze(driver);
        assertThat(results.isErrored()).as("axe-core failed: %s", results.getErrorMessage()).isFalse();
        assertThat(AxeTest.describe(results.getViolations())).as("axe-core violations with results shown").isEmpty();
        // The same checks after the results have been replaced by "nothing found".
        find("#search-q").sendKeys(Keys.chord(Keys.CONTROL, "a"), "不存在的词语");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> status().startsWith("没有找到"));
        assertThat(AxeTest.describe(new AxeBuilder().withTags(AxeTest.TAGS).analyze(driver).getViolations())).isEmpty();
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }
}
