package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.OutputType;

/**
 * Full-page screenshots of the home, unit and a project page at 1280 and 375 CSS px (and in the large-text mode
 * at 375), of the year page and search results, also of the large generated site ({@link LargeSite}), written to
 * {@code target/screenshots/} for a person to look at. Also the project page as printed, as a PDF made by the browser.
 */
class ScreenshotsTest extends BrowserTest {

    static final Path OUT = BundledSite.PROJECT.resolve("target/screenshots");

    @ParameterizedTest(name = "{0} {1}px {2}")
    @CsvSource({
        "home,    1280, normal",
        "home,    375,  normal",
        "home,    375,  large",
        "unit,    1280, normal",
        "unit,    375,  normal",
        "unit,    375,  large",
        "project, 1280, normal",
        "project, 375,  normal",
        "project, 375,  large",
        "year,    1280, normal",
        "year,    375,  large",
        "search,  375,  normal",
        "large-year,    1280, normal",
        "large-year,    390,  normal",
        "large-year,    375,  large",
        "large-search,  390,  normal",
    })
    void fullPage(String name, int width, String mode) throws Exception {
        String page = switch (name) {
            case "home" -> BundledSite.HOME;
            case "unit" -> BundledSite.UNIT;
            case "year" -> TableSites.YEAR;
            case "search" -> "search.html";
            case "large-year" -> Pages.LARGE + LargeSite.YEAR_PAGE;
            case "large-search" -> Pages.LARGE + "search.html";
            default -> BundledSite.PROJECT_PAGE;
        };
        open(page);
        if (mode.equals("large")) {
            clickLargeTextToggle();
        }
        if (name.endsWith("search")) {
            // The results of a query of two characters.
            find("#search-q").sendKeys("维护", org.openqa.selenium.Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> find("#search-status").getText().startsWith("找到"));
        }
        viewport(width, 800);
        int height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight);")).intValue();
        viewport(width, height);
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + "-" + width + (mode.equals("large") ? "-large" : "") + ".png");
        Files.write(file, png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).as("width of %s", file).isEqualTo(width);
        assertThat(image.getHeight()).as("height of %s (the full page)", file).isEqualTo(height);
    }

    @org.junit.jupiter.api.Test
    void printedProjectPage() throws Exception {
        open(BundledSite.PROJECT_PAGE);
        Map<String, Object> pdf = cdp("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("project-print.pdf"), bytes);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
