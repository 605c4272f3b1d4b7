package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.model.FiscalYear;
import gongkai.model.Site;
import gongkai.view.ViewBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Without JavaScript the search page says search needs it and leads to each year's list of units, whose pages list
 * their projects: from there every unit and project is one or two links away, and the page stays small however
 * many projects a year has.
 */
class SearchNoScriptTest extends BrowserTest {

    @Override
    boolean javascript() {
        return false;
    }

    @Test
    void eachYearLinksToItsUnitsAndEveryUnitToItsProjects() {
        driver.get(BundledSite.url("search.html") + "?q=%E7%BB%B4%E6%8A%A4");
        Site site = Gongkai.check(BundledSite.PROJECT.resolve("content")).site().orElseThrow();
        assertThat(find("#search-help").getText()).contains("搜索需要浏览器启用 JavaScript");
        assertThat(driver.findElements(By.cssSelector("#search-results *"))).isEmpty();

        List<String> expected = new ArrayList<>();
        for (FiscalYear y : site.years()) {
            expected.add(y.year() + "年的单位 → " + ViewBuilder.yearPath(y.year()) + "#units（" + y.units().size() + " 个单位，"
                    + y.units().stream().mapToInt(u -> u.projects().size()).sum() + " 个项目）");
        }
        String base = BundledSite.url("");
        List<String> listed = new ArrayList<>();
        for (WebElement li : driver.findElements(By.cssSelector(".search-all li"))) {
            WebElement a = li.findElement(By.tagName("a"));
            String href = a.getAttribute("href");
            assertThat(href).startsWith(base);
            listed.add(a.getText() + " → " + href.substring(base.length()) + li.getText().substring(a.getText().length()));
        }
        assertThat(listed).isEqualTo(expected);

        // Follow the first year to its units and the first unit to its projects, still without scripts.
        driver.findElement(By.cssSelector(".search-all li a")).click();
        assertThat(driver.getCurrentUrl()).endsWith("#units");
        List<WebElement> units = driver.findElements(By.cssSelector("#cap-units ~ tbody th a"));
        assertThat(units).hasSize(site.years().get(0).units().size());
        units.get(0).click();
        assertThat(driver.findElements(By.cssSelector("#projects-table tbody tr")))
                .hasSize(site.years().get(0).units().get(0).projects().size());
    }
}
