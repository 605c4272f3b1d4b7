package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.browser.TableSites.Row;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * With JavaScript off the project tables are in the disclosure's order (complete, or on a large year page its first
 * page with a note that the unit pages list every project), the sort, filter and page controls are not shown at all
 * (rather than shown and dead), and the charts are there (they need no script).
 */
class TablesNoScriptTest extends BrowserTest {

    @Override
    boolean javascript() {
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {BundledSite.UNIT, TableSites.YEAR})
    void tableIsCompleteInDisclosureOrderAndControlsAreHidden(String page) {
        open(page);
        List<Row> rows = TableSites.rows(TableSites.bundled(), page);
        List<WebElement> trs = driver.findElements(By.cssSelector("#projects-table tbody tr"));
        assertThat(trs).allSatisfy(tr -> assertThat(tr.isDisplayed()).isTrue());
        assertThat(trs.stream().map(tr -> tr.getAttribute("data-code")).toList())
                .containsExactlyElementsOf(rows.stream().map(Row::code).toList());
        assertThat(trs.stream().map(tr -> tr.findElement(By.cssSelector("th[scope=row]")).getText()).toList())
                .containsExactlyElementsOf(rows.stream().map(Row::name).toList());

        assertThat(find(".table-tools").isDisplayed()).as("filter controls without scripts").isFalse();
        assertThat(driver.findElements(By.cssSelector(".table-tools input, .table-tools select, .table-tools button"))
                .stream().noneMatch(WebElement::isDisplayed)).isTrue();
        assertThat(driver.findElements(By.cssSelector("th[data-sort] button"))).as("sort buttons without scripts").isEmpty();
        assertThat(driver.findElements(By.cssSelector("th[aria-sort]"))).isEmpty();
    }

    @Test
    void theLargeYearPageListsItsFirstFiftyProjectsAndSaysWhereTheRestAre() {
        driver.get(LargeSite.url(LargeSite.YEAR_PAGE));
        List<Row> rows = TableSites.rows(LargeSite.site(), LargeSite.YEAR_PAGE);
        List<WebElement> trs = driver.findElements(By.cssSelector("#projects-table tbody tr"));
        assertThat(trs.stream().map(tr -> tr.getAttribute("data-code")).toList())
                .containsExactlyElementsOf(rows.subList(0, 50).stream().map(Row::code).toList());
        assertThat(find("#all-projects ~ .note").getText()).contains("下表先列出前 50 个", "每个单位的全部项目都列在单位页上");
        assertThat(find("#projects-table tfoot th").getText()).isEqualTo("合计（全部 " + rows.size() + " 个项目）");
        assertThat(find("#projects-pager").isDisplayed()).as("the pager without scripts").isFalse();
        // Every unit is linked, with its number of projects, to the page that lists them all.
        List<WebElement> units = driver.findElements(By.cssSelector("#cap-units ~ tbody tr"));
        assertThat(units).hasSize(LargeSite.UNITS);
        assertThat(units.get(0).findElement(By.cssSelector("td.num")).getText()).isEqualTo(String.valueOf(LargeSite.PROJECTS));
    }

    @ParameterizedTest
    @ValueSource(strings = {BundledSite.UNIT, BundledSite.PROJECT_PAGE})
    void chartsNeedNoScript(String page) {
        open(page);
        WebElement svg = find("figure.chart svg");
        assertThat(svg.isDisplayed()).isTrue();
        assertThat(svg.findElements(By.tagName("rect"))).isNotEmpty();
        assertThat(find(".chart-summary").getText()).isNotBlank();
    }
}
