package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import gongkai.Gongkai;
import gongkai.check.YearsFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The 历年对比 pages of a three-year site ({@link YearsFixture}) in headless Chromium, opened from {@code file://}:
 * axe-core at zero violations in the normal and the large-text mode, reflow at 320 px (only the tables scroll, in
 * their labelled regions), the colours of changes repeating words that are there, and screenshots.
 */
class CompareBrowserTest extends BrowserTest {

    static final String PROJECT = "2022/425001/projects/13020822P00908810002X.html";
    static final String RENAMED = "2022/425001/projects/13020822P00864910002J.html";
    static final String UNIT = "2022/425001/index.html";

    @TempDir
    static Path tmp;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Gongkai.BuildResult result = YearsFixture.buildThreeYears(tmp);
        site = tmp.resolve("site");
        assertThat(result.written()).isTrue();
    }

    void openFixture(String page) {
        driver.get(site.resolve(page).toUri().toString());
        assertThat(driver.findElements(By.cssSelector("section.compare"))).as("历年对比 on %s", page).hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({PROJECT + ", normal", PROJECT + ", large", RENAMED + ", normal", UNIT + ", normal", UNIT + ", large"})
    void noAxeViolations(String page, String mode) {
        openFixture(page);
        if (mode.equals("large")) {
            clickLargeTextToggle();
        }
        Results results = new AxeBuilder().withTags(AxeTest.TAGS).withRules(AxeTest.TABLE_RULES).analyze(driver);
        assertThat(results.isErrored()).as("axe-core failed on %s: %s", page, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses().stream().map(r -> r.getId()).toList()).as("rules that passed on %s", page)
                .contains("color-contrast", "td-has-header", "scope-attr-valid");
        assertThat(AxeTest.describe(results.getViolations())).as("axe-core violations on %s (%s)", page, mode).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({PROJECT + ", normal", PROJECT + ", large", UNIT + ", normal", UNIT + ", large"})
    @SuppressWarnings("unchecked")
    void reflowsAt320(String page, String mode) {
        openFixture(page);
        if (mode.equals("large")) {
            clickLargeTextToggle();
        }
        viewport(320, 640);
        assertThat((List<String>) js(ReflowTest.OUTSIDE_VIEWPORT)).as("content outside the viewport on %s", page).isEmpty();
        assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue()).as("page width").isLessThanOrEqualTo(320);
        assertThat((List<String>) js(ReflowTest.CLIPPED)).as("clipped text on %s", page).isEmpty();
        assertThat((List<String>) js(ReflowTest.SQUEEZED)).as("squeezed text on %s", page).isEmpty();
        assertThat((List<String>) js(ReflowTest.HIDDEN_CAPTIONS)).as("captions out of view on %s", page).isEmpty();
        for (WebElement region : (List<WebElement>) js(ReflowTest.SCROLLING)) {
            assertThat(region.getAttribute("class")).contains("table-scroll");
            assertThat(region.getAccessibleName()).isNotBlank();
            assertThat(region.getAttribute("tabindex")).isEqualTo("0");
        }
    }

    /** Line height and target size (WCAG 1.4.12, 2.5.8) as {@link PageStructureTest} checks them on the bundled pages. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PROJECT, UNIT})
    void lineHeightAndTargets(String page) {
        openFixture(page);
        for (int width : new int[] {1280, 320}) {
            viewport(width, 800);
            assertThat(js(PageStructureTest.SMALL_TARGETS)).as("small targets on %s at %d px", page, width).asList().isEmpty();
            assertThat(js(PageStructureTest.TIGHT_LINES)).as("tight lines on %s at %d px", page, width).asList().isEmpty();
        }
        clickLargeTextToggle();
        viewport(320, 800);
        assertThat(js(PageStructureTest.SMALL_TARGETS)).as("small targets on %s, large text", page).asList().isEmpty();
        assertThat(js(PageStructureTest.TIGHT_LINES)).as("tight lines on %s, large text", page).asList().isEmpty();
    }

    /** Rising and falling cells differ in colour, and each says 提高/降低/增加/减少 in its text too. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PROJECT, RENAMED})
    void coloursRepeatWords(String page) {
        openFixture(page);
        for (WebElement cell : driver.findElements(By.cssSelector(".compare-table td.cmp-up, .compare-table td.cmp-down"))) {
            String change = cell.findElement(By.cssSelector(".change")).getText();
            assertThat(change).matches("(?s).*(提高|降低|增加|减少).*");
            String colour = cell.findElement(By.cssSelector(".change")).getCssValue("color");
            String plain = driver.findElement(By.cssSelector(".compare-table th[scope=row]")).getCssValue("color");
            assertThat(colour).as("colour of “%s”", change).isNotEqualTo(plain);
        }
        assertThat(driver.findElements(By.cssSelector(".compare-table td.cmp-up, .compare-table td.cmp-down"))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} {1}px")
    @CsvSource({"compare-project, 1280", "compare-project, 375", "compare-unit, 1280", "compare-unit, 375"})
    void screenshot(String name, int width) throws Exception {
        openFixture(name.equals("compare-unit") ? UNIT : PROJECT);
        viewport(width, 800);
        js("document.querySelector('section.compare').scrollIntoView();");
        int height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight);")).intValue();
        viewport(width, height);
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(ScreenshotsTest.OUT);
        Path file = ScreenshotsTest.OUT.resolve(name + "-" + width + ".png");
        Files.write(file, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(width);
        // The section alone, to look at without scrolling through the whole page.
        Files.write(ScreenshotsTest.OUT.resolve(name + "-" + width + "-section.png"),
                driver.findElement(By.cssSelector("section.compare")).getScreenshotAs(OutputType.BYTES));
    }
}
