package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core in headless Chromium on every page of the bundled site, in the normal and in the large-text mode:
 * WCAG 2.0/2.1 A and AA, WCAG 2.2 AA, best practices, and the table rules that are off by default.
 */
class AxeTest extends BrowserTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    static final List<String> TABLE_RULES = List.of(
            "td-has-header", "table-fake-caption", "scope-attr-valid", "empty-table-header", "table-duplicate-name");

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void noViolations(String page) {
        open(page);
        assertNoViolations(page, "普通模式");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void noViolationsInLargeTextMode(String page) {
        open(page);
        clickLargeTextToggle();
        assertNoViolations(page, "大字号·高对比模式");
    }

    private void assertNoViolations(String page, String mode) {
        Results results = new AxeBuilder().withTags(TAGS).withRules(TABLE_RULES).analyze(driver);
        assertThat(results.isErrored()).as("axe-core failed on %s: %s", page, results.getErrorMessage()).isFalse();
        // The table rules really ran (they are off by default; some are experimental).
        List<String> ran = Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())
                .flatMap(List::stream).map(Rule::getId).toList();
        assertThat(ran).as("rules axe-core ran on %s", page).containsAll(TABLE_RULES).contains("color-contrast", "target-size");
        assertThat(describe(results.getViolations())).as("axe-core violations on %s (%s)", page, mode).isEmpty();
    }

    /** One line per rule (id, impact, help) and one per element (target, what is wrong). */
    static String describe(List<Rule> violations) {
        StringBuilder out = new StringBuilder();
        for (Rule rule : violations) {
            out.append("  ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append('\n');
            for (CheckedNode node : rule.getNodes()) {
                out.append("      ").append(node.getTarget()).append(" — ")
                        .append(String.valueOf(node.getFailureSummary()).lines().map(String::strip)
                                .collect(Collectors.joining(" ")))
                        .append('\n');
            }
        }
        return out.toString();
    }
}
