package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.model.FiscalYear;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.Unit;
import gongkai.view.ViewBuilder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Without JavaScript the search page says search needs it and lists every unit and project of every year. */
class SearchNoScriptTest extends BrowserTest {

    @Override
    boolean javascript() {
        return false;
    }

    @Test
    void thePlainListHoldsEveryUnitAndProjectByYear() {
        driver.get(BundledSite.url("search.html") + "?q=%E7%BB%B4%E6%8A%A4");
        Site site = Gongkai.check(BundledSite.PROJECT.resolve("content")).site().orElseThrow();
        assertThat(find("#search-help").getText()).contains("搜索需要浏览器启用 JavaScript");
        assertThat(driver.findElements(By.cssSelector("#search-results *"))).isEmpty();

        List<String> expected = new ArrayList<>();
        for (FiscalYear y : site.years()) {
            expected.add(y.year() + "年");
            for (Unit u : y.units()) {
                expected.add(u.name() + " → " + ViewBuilder.unitPath(y.year(), u.code()));
                for (Project p : u.projects()) {
                    expected.add(p.name() + " → " + ViewBuilder.projectPath(y.year(), u.code(), p.code()));
                }
            }
        }
        String base = BundledSite.url("");
        List<String> listed = new ArrayList<>();
        for (WebElement e : driver.findElements(By.cssSelector(".search-all h3, .search-all a"))) {
            if (e.getTagName().equals("h3")) {
                listed.add(e.getText());
            } else {
                String href = e.getAttribute("href");
                assertThat(href).startsWith(base);
                String path = href.substring(base.length());
                assertThat(Files.isRegularFile(BundledSite.root().resolve(path))).as("%s exists", path).isTrue();
                listed.add(e.getText() + " → " + path);
            }
        }
        assertThat(listed).isEqualTo(expected);
    }
}
