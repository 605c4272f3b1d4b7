package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The print stylesheet: a printed project page is its two tables on paper, without the site's navigation and
 * tools, and nothing is cut off at the width of an A4 page.
 */
class PrintTest extends BrowserTest {

    /** The printable width of A4 (210 mm) with Chromium's default margins of 0.4 in, in CSS px. */
    static final int A4_PRINTABLE = 718;

    private static final List<String> NOT_PRINTED = List.of(".skip-link", ".tools", ".breadcrumbs", ".site-footer", ".back");

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {A4_PRINTABLE, 1280})
    void projectPagePrintsTheTablesWithoutNavigation(int width) {
        open(BundledSite.PROJECT_PAGE);
        printMedia(width);
        for (String part : NOT_PRINTED) {
            assertThat(find(part).getCssValue("display")).as("display of %s in print", part).isEqualTo("none");
        }
        assertPrintedTables(BundledSite.PROJECT_PAGE, width);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.BundledSite#projectPages")
    void everyProjectPageFitsOnA4(String page) {
        open(page);
        printMedia(A4_PRINTABLE);
        assertPrintedTables(page, A4_PRINTABLE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BundledSite.PROJECT_PAGE})
    void printedPdfHasTheTablesAndNoNavigation(String page) throws Exception {
        open(page);
        Map<String, Object> pdf = cdp("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        String text;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertThat(text).as("printed text").contains("更换牌匾及门口修缮（21年借款）绩效目标表", "项目基本信息", "绩效指标（共6项）",
                "一级指标", "指标值确定依据", "工作按时完成率", "≥95%", "≤93209.07元");
        assertThat(text).as("printed text").doesNotContain("跳到正文", "大字号", "朗读", "首页›", "返回", "发布");
    }

    private void printMedia(int width) {
        viewport(width, 1100);
        cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(js("return window.matchMedia('print').matches;")).isEqualTo(true);
    }

    private void assertPrintedTables(String page, int width) {
        List<WebElement> tables = driver.findElements(By.cssSelector("main table"));
        assertThat(tables).as("tables of %s", page).hasSize(2);
        for (WebElement table : tables) {
            String caption = table.findElement(By.tagName("caption")).getText();
            assertThat(table.isDisplayed()).as("table %s is printed", caption).isTrue();
            assertThat(table.getCssValue("display")).isEqualTo("table");
            Number right = (Number) js("return arguments[0].getBoundingClientRect().right;", table);
            assertThat(right.doubleValue()).as("right edge of table %s on %s, printed %d px wide", caption, page, width)
                    .isLessThanOrEqualTo(width);
            for (WebElement row : table.findElements(By.tagName("tr"))) {
                assertThat(row.isDisplayed()).isTrue();
            }
        }
        for (WebElement region : driver.findElements(By.cssSelector(".table-scroll"))) {
            assertThat(region.getCssValue("overflow-x")).as("a table region does not scroll on paper").isEqualTo("visible");
        }
        assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
                .as("printed width of %s", page).isLessThanOrEqualTo(width);
        assertThat(find("h1").isDisplayed()).isTrue();
    }
}
