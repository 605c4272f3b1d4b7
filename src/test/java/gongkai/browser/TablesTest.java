package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.browser.TableSites.Row;
import gongkai.model.Indicator;
import gongkai.model.Site;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Sorting and filtering of the project tables (static/tables.js) in headless Chromium, opened from file://, on
 * the bundled unit and year pages and on a generated year with three units whose projects differ in their
 * indicator categories. Every expected order and count is computed from the content's model.
 */
class TablesTest extends BrowserTest {

    /** Rows a year page's table shows at a time. */
    static final int PAGE = 50;

    /** A page with a project table, and the content it was built from. */
    enum Table {
        BUNDLED_UNIT(BundledSite.UNIT, false),
        BUNDLED_YEAR(TableSites.YEAR, false),
        GENERATED_YEAR(TableSites.YEAR, true),
        /** 2,000 projects, shown 50 at a time. */
        LARGE_YEAR(LargeSite.YEAR_PAGE, true);

        final String page;
        final boolean generated;

        Table(String page, boolean generated) {
            this.page = page;
            this.generated = generated;
        }

        Site site() {
            return this == LARGE_YEAR ? LargeSite.site() : generated ? TableSites.synth() : TableSites.bundled();
        }

        String url() {
            return this == LARGE_YEAR ? LargeSite.url(page) : generated ? TableSites.synthRoot().resolve(page).toUri().toString() : BundledSite.url(page);
        }

        List<Row> rows() {
            return TableSites.rows(site(), page);
        }

        boolean paged() {
            return page.endsWith("/index.html") && page.indexOf('/') == page.lastIndexOf('/');
        }
    }

    private Table table;

    private void open(Table t) {
        table = t;
        driver.get(t.url());
        assertThat(driver.getCurrentUrl()).startsWith("file:");
        assertThat(find(".table-tools").isDisplayed()).as("the filter controls with scripts on").isTrue();
    }

    @SuppressWarnings("unchecked")
    private List<String> shown() {
        return (List<String>) js("return [...document.querySelectorAll('#projects-table tbody tr')]"
                + ".filter(r => !r.hidden && r.getClientRects().length > 0).map(r => r.getAttribute('data-code'));");
    }

    private static List<String> codes(List<Row> rows) {
        return rows.stream().map(Row::code).toList();
    }

    /** The rows of the first page of a list of matching rows: all of them, unless the table is paged. */
    private List<String> firstPage(List<Row> rows) {
        return codes(table.paged() ? rows.subList(0, Math.min(PAGE, rows.size())) : rows);
    }

    /** What the status line adds about the page shown, for this many matching rows on page 1. */
    private String pageNote(int matching) {
        int pages = (matching + PAGE - 1) / PAGE;
        return !table.paged() || pages <= 1 ? "" : "这一页是其中的第 1–" + PAGE + " 个（第 1 页，共 " + pages + " 页）。";
    }

    private String status() {
        return find("#projects-status").getText();
    }

    private String ariaSort(String key) {
        return find("th[data-sort='" + key + "']").getAttribute("aria-sort");
    }

    private void assertOrder(List<Row> expected, String key, String direction, String words) {
        assertThat(shown()).as("rows sorted by %s %s", key, direction).containsExactlyElementsOf(firstPage(expected));
        assertThat(ariaSort(key)).as("aria-sort of the %s header", key).isEqualTo(direction);
        for (String other : List.of("number", "name", "code", "amount")) {
            if (!other.equals(key)) {
                assertThat(ariaSort(other)).as("aria-sort of %s while sorted by %s", other, key).isNull();
            }
        }
        assertThat(status()).isEqualTo("显示 " + expected.size() + " 个项目中的 " + expected.size() + " 个，" + words + "排列。"
                + pageNote(expected.size()));
    }

    private static List<Row> sorted(List<Row> rows, Comparator<Row> by, boolean descending) {
        Comparator<Row> c = descending ? by.reversed() : by;
        return rows.stream().sorted(c.thenComparingInt(Row::number)).toList();
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void sortsByEachKeyInBothDirections(Table t) {
        open(t);
        List<Row> rows = t.rows();
        assertThat(rows).as("projects of %s", t).hasSizeGreaterThan(3);
        assertOrder(rows, "number", "ascending", "按公开文件的顺序（序号从小到大）");

        Comparator<Row> byAmount = Comparator.comparing(Row::amount);
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        Comparator<Row> byName = Comparator.comparing(Row::name, collator).thenComparing(Row::code);
        Comparator<Row> byCode = Comparator.comparing(Row::code);

        click("amount");
        assertOrder(sorted(rows, byAmount, true), "amount", "descending", "按预算数从多到少");
        click("amount");
        assertOrder(sorted(rows, byAmount, false), "amount", "ascending", "按预算数从少到多");
        click("name");
        assertOrder(sorted(rows, byName, false), "name", "ascending", "按项目名称（拼音）从 A 到 Z");
        click("name");
        assertOrder(sorted(rows, byName, true), "name", "descending", "按项目名称（拼音）从 Z 到 A");
        click("code");
        assertOrder(sorted(rows, byCode, false), "code", "ascending", "按项目编码从小到大");
        click("code");
        assertOrder(sorted(rows, byCode, true), "code", "descending", "按项目编码从大到小");
        click("number");
        assertOrder(rows, "number", "ascending", "按公开文件的顺序（序号从小到大）");
        click("number");
        assertOrder(sorted(rows, Comparator.comparingInt(Row::number), true), "number", "descending", "按序号从大到小");

        // The amounts seen in the table agree with the model, in the sorted order too.
        click("amount");
        List<String> cells = driver.findElements(By.cssSelector("#projects-table tbody tr td:nth-child(" + (t.page.equals(TableSites.YEAR) ? 5 : 4) + ")"))
                .stream().map(WebElement::getText).toList();
        List<Row> byAmountDescending = sorted(rows, byAmount, true);
        assertThat(cells.stream().map(BigDecimal::new).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(byAmountDescending.subList(0, cells.size()).stream().map(Row::amount).toList());
        assertThat(cells).hasSize(firstPage(rows).size());
    }

    private void click(String key) {
        find("th[data-sort='" + key + "'] button").click();
    }

    private void type(String filter, String text) {
        WebElement input = find("[data-filter='" + filter + "']");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private void assertShown(List<Row> rows, Predicate<Row> filter, String what) {
        List<Row> expected = rows.stream().filter(filter).toList();
        assertThat(shown()).as(what).containsExactlyElementsOf(firstPage(expected));
        assertThat(status()).as("live region after %s", what)
                .startsWith("显示 " + rows.size() + " 个项目中的 " + expected.size() + " 个，")
                .endsWith(expected.isEmpty() ? "没有符合条件的项目，可以放宽条件或清除筛选。" : "排列。" + pageNote(expected.size()));
        if (expected.isEmpty()) {
            assertThat(status()).contains("没有符合条件的项目");
        }
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void filtersByTextInNameOrCodeIgnoringCase(Table t) {
        open(t);
        List<Row> rows = t.rows();
        String word = rows.get(0).name().substring(rows.get(0).name().length() - 2);
        type("text", word);
        assertShown(rows, r -> r.name().contains(word) || r.code().contains(word), "text " + word);

        String prefix = rows.get(1).code().substring(0, 12).toLowerCase(Locale.ROOT);
        type("text", prefix);
        assertThat(prefix).isNotEqualTo(rows.get(1).code().substring(0, 12));
        assertShown(rows, r -> r.code().toLowerCase(Locale.ROOT).contains(prefix), "code " + prefix);

        type("text", "没有这样的项目");
        assertShown(rows, r -> false, "a text no project has");
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void filtersByAmountRange(Table t) {
        open(t);
        List<Row> rows = t.rows();
        List<BigDecimal> amounts = rows.stream().map(Row::amount).sorted().toList();
        BigDecimal low = amounts.get(1);
        BigDecimal high = amounts.get(amounts.size() - 2);
        type("min", low.toPlainString());
        assertShown(rows, r -> r.amount().compareTo(low) >= 0, "预算数 ≥ " + low);
        type("max", high.toPlainString());
        assertShown(rows, r -> r.amount().compareTo(low) >= 0 && r.amount().compareTo(high) <= 0, low + " ≤ 预算数 ≤ " + high);
        type("min", "");
        assertShown(rows, r -> r.amount().compareTo(high) <= 0, "预算数 ≤ " + high);
    }

    /** Whether a project has an indicator in the category an option of the select names. */
    private static boolean inCategory(Row row, String option) {
        if (option.endsWith("（任一二级指标）")) {
            String level1 = option.substring(0, option.length() - "（任一二级指标）".length());
            return row.project().indicators().stream().anyMatch(i -> i.level1().equals(level1));
        }
        String[] parts = option.split(" › ");
        return row.project().indicators().stream()
                .anyMatch(i -> i.level1().equals(parts[0]) && i.level2().equals(java.util.Optional.of(parts[1])));
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void filtersByIndicatorCategoryAloneAndCombined(Table t) {
        open(t);
        List<Row> rows = t.rows();
        Select select = new Select(find("[data-filter='category']"));
        List<String> options = select.getOptions().stream().map(WebElement::getText).toList();
        List<String> expectedOptions = rows.stream().flatMap(r -> r.project().indicators().stream())
                .flatMap(i -> i.level2().isPresent()
                        ? java.util.stream.Stream.of(i.level1() + "（任一二级指标）", i.level1() + " › " + i.level2().get())
                        : java.util.stream.Stream.of(i.level1() + "（任一二级指标）"))
                .distinct().toList();
        assertThat(options.subList(1, options.size())).as("the categories offered").containsExactlyInAnyOrderElementsOf(expectedOptions);
        assertThat(options.get(0)).isEqualTo("不限");

        int narrowing = 0;
        for (String option : expectedOptions) {
            select.selectByVisibleText(option);
            assertShown(rows, r -> inCategory(r, option), "category " + option);
            if (rows.stream().filter(r -> inCategory(r, option)).count() < rows.size()) {
                narrowing++;
            }
        }
        if (t.generated) {
            assertThat(narrowing).as("categories that leave some projects out in the generated content").isGreaterThan(0);
        }

        // Combined: a category, a minimum amount and a text; then 清除筛选 shows everything again.
        String option = expectedOptions.stream().filter(o -> rows.stream().filter(r -> inCategory(r, o)).count() < rows.size())
                .findFirst().orElse(expectedOptions.get(0));
        select.selectByVisibleText(option);
        BigDecimal median = rows.stream().map(Row::amount).sorted().toList().get(rows.size() / 2);
        type("min", median.toPlainString());
        assertShown(rows, r -> inCategory(r, option) && r.amount().compareTo(median) >= 0, option + " and ≥ " + median);
        Predicate<Row> both = r -> inCategory(r, option) && r.amount().compareTo(median) >= 0;
        String word = rows.stream().filter(both).findFirst().map(r -> r.name().substring(0, 2)).orElse("项目");
        type("text", word);
        Predicate<Row> all = both.and(r -> r.name().contains(word) || r.code().contains(word));
        assertShown(rows, all, option + ", ≥ " + median + " and " + word);
        click("amount");
        assertThat(shown()).as("filtered rows sorted by amount")
                .containsExactlyElementsOf(firstPage(sorted(rows.stream().filter(all).toList(), Comparator.comparing(Row::amount), true)));

        find("[data-action='reset']").click();
        assertThat(shown()).as("after 清除筛选").containsExactlyElementsOf(firstPage(sorted(rows, Comparator.comparing(Row::amount), true)));
        assertThat(find("[data-filter='text']").getAttribute("value")).isEmpty();
        assertThat(select.getFirstSelectedOption().getText()).isEqualTo("不限");
        assertThat(status()).startsWith("显示 " + rows.size() + " 个项目中的 " + rows.size() + " 个，按预算数从多到少");
    }

    @Test
    void totalsRowSaysItSumsAllProjectsWhateverIsShown() {
        open(Table.BUNDLED_UNIT);
        List<Row> rows = Table.BUNDLED_UNIT.rows();
        BigDecimal sum = rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        type("min", "20");
        assertThat(find("#projects-table tfoot th").getText()).isEqualTo("合计（全部 " + rows.size() + " 个项目）");
        assertThat(new BigDecimal(find("#projects-table tfoot td").getText())).isEqualByComparingTo(sum);
    }

    @Test
    void statusIsAPoliteLiveRegionAndControlsAreLabelled() {
        open(Table.BUNDLED_UNIT);
        WebElement status = find("#projects-status");
        assertThat(status.getAriaRole()).isEqualTo("status");
        for (WebElement control : driver.findElements(By.cssSelector(".table-tools input, .table-tools select, .table-tools button"))) {
            assertThat(control.getAccessibleName()).as("accessible name of %s", control.getAttribute("outerHTML")).isNotBlank();
        }
        for (WebElement button : driver.findElements(By.cssSelector("th[data-sort] button"))) {
            assertThat(button.getAccessibleName()).isIn("序号", "项目名称", "项目编码", "预算数");
        }
    }

    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private void tabTo(String css) {
        for (int i = 0; i < 200 && !Boolean.TRUE.equals(js("return document.activeElement === document.querySelector(arguments[0]);", css)); i++) {
            press(Keys.TAB);
        }
        assertThat(js("return document.activeElement === document.querySelector(arguments[0]);", css)).as("%s reached with Tab", css).isEqualTo(true);
    }

    @Test
    void everythingWorksWithTheKeyboardAlone() {
        open(Table.BUNDLED_UNIT);
        List<Row> rows = Table.BUNDLED_UNIT.rows();
        tabTo("[data-filter='text']");
        press("专线");
        assertShown(rows, r -> r.name().contains("专线") || r.code().contains("专线"), "text typed 专线");
        assertThat(shown()).hasSize(1);

        press(Keys.TAB);
        assertThat(js("return document.activeElement.getAttribute('data-filter');")).isEqualTo("category");
        press(Keys.TAB);
        press("20");
        assertShown(rows, r -> (r.name().contains("专线")) && r.amount().compareTo(new BigDecimal("20")) >= 0, "专线 and ≥ 20");
        press(Keys.TAB, Keys.TAB);
        assertThat(js("return document.activeElement.getAttribute('data-action');")).isEqualTo("reset");
        press(Keys.ENTER);
        assertShown(rows, r -> true, "清除筛选 with Enter");

        tabTo("th[data-sort='amount'] button");
        press(Keys.ENTER);
        assertThat(ariaSort("amount")).isEqualTo("descending");
        assertThat(shown()).containsExactlyElementsOf(codes(sorted(rows, Comparator.comparing(Row::amount), true)));
        press(Keys.SPACE);
        assertThat(ariaSort("amount")).isEqualTo("ascending");
        assertThat(js("return document.activeElement.closest('th').getAttribute('data-sort');")).as("focus stays on the header button")
                .isEqualTo("amount");
    }

    @Test
    void theLargeYearIsShownFiftyAtATimeAndPagedWithTheKeyboard() {
        open(Table.LARGE_YEAR);
        List<Row> rows = Table.LARGE_YEAR.rows();
        assertThat(rows).hasSize(LargeSite.UNITS * LargeSite.PROJECTS);
        int pages = rows.size() / PAGE;
        WebElement pager = find("#projects-pager");
        assertThat(pager.isDisplayed()).isTrue();
        assertThat(pager.findElement(By.cssSelector("[data-pager='where']")).getText()).isEqualTo("第 1 页，共 " + pages + " 页");
        assertThat(find("[data-action='previous']").getAttribute("aria-disabled")).isEqualTo("true");
        assertThat(shown()).containsExactlyElementsOf(codes(rows.subList(0, PAGE)));

        // From the table's last link, Tab reaches 上一页 (aria-disabled on page 1, still focusable) and then 下一页.
        js("const links = document.querySelectorAll('#projects-table tbody a'); links[links.length - 1].focus();");
        press(Keys.TAB);
        assertThat(js("return document.activeElement.getAttribute('data-action');")).isEqualTo("previous");
        press(Keys.TAB);
        assertThat(js("return document.activeElement.getAttribute('data-action');")).isEqualTo("next");
        press(Keys.ENTER);
        assertThat(shown()).as("page 2").containsExactlyElementsOf(codes(rows.subList(PAGE, 2 * PAGE)));
        assertThat(status()).endsWith("这一页是其中的第 51–100 个（第 2 页，共 " + pages + " 页）。");
        assertThat(js("return document.activeElement.getAttribute('data-action');")).as("focus stays on 下一页").isEqualTo("next");
        assertThat(find("#projects-table tbody td.num").getText()).isEqualTo("51");
        press(Keys.SPACE);
        assertThat(shown()).as("page 3").containsExactlyElementsOf(codes(rows.subList(2 * PAGE, 3 * PAGE)));
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(js("return document.activeElement.getAttribute('data-action');"))
                .as("Shift+Tab from 下一页 reaches %s", js("return document.activeElement.outerHTML.slice(0, 80);")).isEqualTo("previous");
        press(Keys.ENTER);
        assertThat(shown()).as("back to page 2").containsExactlyElementsOf(codes(rows.subList(PAGE, 2 * PAGE)));

        // A new order starts again at page 1; the last page holds the rest and 下一页 does nothing there.
        click("amount");
        List<Row> byAmount = sorted(rows, Comparator.comparing(Row::amount), true);
        assertThat(shown()).containsExactlyElementsOf(codes(byAmount.subList(0, PAGE)));
        for (int p = 1; p < pages; p++) {
            find("[data-action='next']").click();
        }
        assertThat(shown()).as("last page").containsExactlyElementsOf(codes(byAmount.subList((pages - 1) * PAGE, rows.size())));
        assertThat(find("[data-action='next']").getAttribute("aria-disabled")).isEqualTo("true");
        find("[data-action='next']").click();
        assertThat(shown()).containsExactlyElementsOf(codes(byAmount.subList((pages - 1) * PAGE, rows.size())));

        // A filter that leaves one page hides the pager.
        Row one = rows.get(1234);
        type("text", one.code());
        assertThat(shown()).containsExactly(one.code());
        assertThat(pager.isDisplayed()).as("the pager of a single page").isFalse();
        type("text", "");
        assertThat(pager.isDisplayed()).isTrue();
        assertThat(pager.findElement(By.cssSelector("[data-pager='where']")).getText()).isEqualTo("第 1 页，共 " + pages + " 页");
    }

    @Test
    void yearPageListsEveryProjectOfEveryUnitWithItsCategories() {
        open(Table.GENERATED_YEAR);
        Site site = TableSites.synth();
        List<Row> rows = Table.GENERATED_YEAR.rows();
        assertThat(site.years().get(0).units()).hasSize(3);
        assertThat(shown()).containsExactlyElementsOf(codes(rows));
        List<WebElement> trs = driver.findElements(By.cssSelector("#projects-table tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            List<WebElement> cells = trs.get(i).findElements(By.cssSelector("td, th"));
            Row r = rows.get(i);
            assertThat(cells.get(1).getText()).isEqualTo(r.unit().name());
            assertThat(cells.get(2).getText()).isEqualTo(r.name());
            List<String> level2 = r.project().indicators().stream().map(Indicator::level2).flatMap(java.util.Optional::stream).distinct().toList();
            assertThat(cells.get(5).getText().split("、")).containsExactlyElementsOf(level2);
        }
        // Each unit's page is linked from the units table with its total.
        assertThat(driver.findElements(By.cssSelector("#cap-units ~ tbody tr"))).hasSize(3);
    }
}
