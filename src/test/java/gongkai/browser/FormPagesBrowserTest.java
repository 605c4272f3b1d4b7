package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import gongkai.forms.FormSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The unit and project pages of every shipped form's fixture (up to nine indicator columns, empty rows, a unit-level
 * table) in a real Chromium: no axe-core violation, and the page reflows at 320 CSS px with only the tables scrolling
 * inside their labelled regions.
 */
class FormPagesBrowserTest extends BrowserTest {

    static Stream<String> pages() {
        List<String> pages = new ArrayList<>();
        for (String form : FormSites.typedForms()) {
            Path site = FormSites.build(form).site();
            try (Stream<Path> files = java.nio.file.Files.walk(site)) {
                files.filter(f -> f.toString().endsWith(".html") && f.getParent().getFileName().toString().matches("\\d+|projects"))
                        .filter(f -> !f.getParent().getFileName().toString().matches("\\d{4}"))
                        .forEach(f -> pages.add(f.toUri().toString()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return pages.stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noAxeViolations(String url) {
        driver.get(url);
        Results results = new AxeBuilder().withTags(AxeTest.TAGS).withRules(AxeTest.TABLE_RULES).analyze(driver);
        assertThat(results.isErrored()).as("axe-core failed on %s: %s", url, results.getErrorMessage()).isFalse();
        List<String> ran = Stream.of(results.getPasses(), results.getViolations()).flatMap(List::stream).map(Rule::getId).toList();
        assertThat(ran).as("the table rules ran on %s", url).contains("td-has-header");
        assertThat(AxeTest.describe(results.getViolations())).as("axe-core violations on %s", url).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @SuppressWarnings("unchecked")
    void reflowsAt320(String url) {
        driver.get(url);
        viewport(320, 640);
        assertThat((List<String>) js(ReflowTest.OUTSIDE_VIEWPORT)).as("content outside a scroll region on %s", url).isEmpty();
        assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue()).as("page width of %s", url)
                .isLessThanOrEqualTo(320);
        assertThat((List<String>) js(ReflowTest.CLIPPED)).as("clipped text on %s", url).isEmpty();
        assertThat((List<String>) js(ReflowTest.HIDDEN_CAPTIONS)).as("captions out of view on %s", url).isEmpty();
    }
}
