package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gongkai.model.Project;
import gongkai.model.SpendingPlan;
import gongkai.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The build-time SVG charts as Chromium draws them, measured against the content's model: bar lengths in
 * proportion to 预算数, largest first; spending-plan columns as high as their percentage and no column at all for a
 * blank month; a name, a text summary and a pointer to the table with the same numbers; at 320 px and in the
 * large-text mode too.
 */
class ChartsTest extends BrowserTest {

    private static Unit unit() {
        return TableSites.bundled().years().get(0).units().get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> bars() {
        return (List<Map<String, Object>>) js("""
                const svg = document.querySelector('#chart-budget svg').getBoundingClientRect();
                return [...document.querySelectorAll('#chart-budget rect')].map(r => {
                  const b = r.getBoundingClientRect();
                  return {amount: r.getAttribute('data-amount'), width: b.width, left: b.left - svg.left, svgWidth: svg.width,
                          label: [...r.parentNode.querySelectorAll('text')].map(t => t.textContent).join('')};
                });
                """);
    }

    private void assertBarsProportional(String mode) {
        List<Project> projects = unit().projects();
        List<Project> expected = IntStream.range(0, projects.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> projects.get(i).budget().total().value()).reversed().thenComparing(i -> i))
                .map(projects::get).toList();
        BigDecimal max = expected.get(0).budget().total().value();
        BigDecimal total = projects.stream().map(p -> p.budget().total().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Map<String, Object>> bars = bars();
        assertThat(bars).as("one bar per project (%s)", mode).hasSize(projects.size());
        for (int i = 0; i < bars.size(); i++) {
            Map<String, Object> bar = bars.get(i);
            Project p = expected.get(i);
            double svgWidth = ((Number) bar.get("svgWidth")).doubleValue();
            double width = ((Number) bar.get("width")).doubleValue();
            double share = p.budget().total().value().doubleValue() / max.doubleValue();
            assertThat(width).as("length of the bar of %s (%s)", p.name(), mode).isCloseTo(share * svgWidth, within(1.0));
            assertThat(((Number) bar.get("left")).doubleValue()).as("bars start at the left edge").isCloseTo(0, within(0.5));
            String percent = p.budget().total().value().multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP).toPlainString();
            assertThat((String) bar.get("label")).as("label of bar %d", i + 1)
                    .isEqualTo(p.name() + p.budget().total().text() + " 万元，占 " + percent + "%");
        }
        assertThat(((Number) bars.get(0).get("width")).doubleValue()).isCloseTo(((Number) bars.get(0).get("svgWidth")).doubleValue(), within(1.0));
    }

    @Test
    void budgetBarsAreSortedAndProportionalToTheAmounts() {
        open(BundledSite.UNIT);
        assertBarsProportional("1280 px");
        viewport(320, 640);
        assertBarsProportional("320 px");
    }

    @Test
    void budgetBarsStayProportionalAndLabelsFitAt320PxInLargeTextMode() {
        open(BundledSite.UNIT);
        clickLargeTextToggle();
        viewport(320, 640);
        assertBarsProportional("large text at 320 px");
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) js("""
                const svg = document.querySelector('#chart-budget svg').getBoundingClientRect();
                return [...document.querySelectorAll('#chart-budget text')].filter(t => {
                  const b = t.getBoundingClientRect();
                  return b.right > svg.right + 0.5 || b.left < svg.left - 0.5 || b.right > window.innerWidth;
                }).map(t => t.textContent);
                """);
        assertThat(outside).as("labels wider than the chart").isEmpty();
        double size = ((Number) js("return parseFloat(getComputedStyle(document.querySelector('#chart-budget text')).fontSize);")).doubleValue();
        assertThat(size).as("label font size in large-text mode").isGreaterThanOrEqualTo(20);
    }

    @Test
    void budgetChartIsANamedImageWithASummaryAndItsTable() {
        open(BundledSite.UNIT);
        WebElement svg = find("#chart-budget svg");
        assertThat(svg.getAriaRole()).as("computed role of role=img").isEqualTo("image");
        assertThat(svg.getAccessibleName()).isEqualTo("各项目预算数（万元，从多到少）");
        Project top = unit().projects().stream().max(Comparator.comparing(p -> p.budget().total().value())).orElseThrow();
        assertThat(find("#chart-budget-summary").getText())
                .startsWith("共 " + unit().projects().size() + " 个项目，预算合计 ")
                .contains("预算最多的是" + top.name() + "，" + top.budget().total().text() + " 万元，占 ");
        assertThat(svg.getAttribute("aria-describedby")).isEqualTo("chart-budget-summary");
        assertThat(find("#chart-budget .note").getText()).contains("项目表");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13020822P00908810002X", "13020822P00864910002J", "13020822P009335100020", "13020822P00908310002H"})
    void planColumnsMatchThePercentagesAndBlankMonthsHaveNoColumn(String code) {
        Project project = unit().projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        open("2022/425001/projects/" + code + ".html");
        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) js("""
                const lines = [...document.querySelectorAll('#chart-plan line')].map(l => l.getBoundingClientRect().top);
                const columns = [...document.querySelectorAll('#chart-plan g.plan-column')].map(g => {
                  const r = g.querySelector('rect');
                  const b = r ? r.getBoundingClientRect() : null;
                  return {month: g.getAttribute('data-month'), height: b ? b.height : -1, bottom: b ? b.bottom : -1,
                          value: g.querySelector('.value').textContent, label: g.querySelector('.month').textContent};
                });
                return {top: Math.min(...lines), baseline: Math.max(...lines), columns};
                """);
        double plot = ((Number) chart.get("baseline")).doubleValue() - ((Number) chart.get("top")).doubleValue();
        assertThat(plot).as("height of the 100%% line above the axis").isGreaterThan(50);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> columns = (List<Map<String, Object>>) chart.get("columns");
        List<SpendingPlan.Checkpoint> points = project.spendingPlan().orElseThrow().checkpoints();
        assertThat(columns).hasSameSizeAs(points);
        boolean anyBlank = false;
        for (int i = 0; i < points.size(); i++) {
            SpendingPlan.Checkpoint c = points.get(i);
            Map<String, Object> col = columns.get(i);
            assertThat(col.get("label")).isEqualTo(c.month().label());
            if (c.percent().isEmpty()) {
                anyBlank = true;
                assertThat(((Number) col.get("height")).doubleValue()).as("%s of %s is blank: no column, not a column of 0", c.month().label(), code).isEqualTo(-1);
                assertThat(col.get("value")).isEqualTo("空白");
            } else {
                double expected = c.percent().get().value().doubleValue() / 100 * plot;
                assertThat(((Number) col.get("height")).doubleValue()).as("column %s of %s", c.month().label(), code).isCloseTo(expected, within(1.0));
                assertThat(((Number) col.get("bottom")).doubleValue()).isCloseTo(((Number) chart.get("baseline")).doubleValue(), within(1.0));
                assertThat(col.get("value")).isEqualTo(c.percent().get().value().stripTrailingZeros().toPlainString() + "%");
            }
        }
        String summary = find("#chart-plan-summary").getText();
        for (SpendingPlan.Checkpoint c : points) {
            assertThat(summary).contains(c.month().label() + " " + c.percent().map(p -> p.value().stripTrailingZeros().toPlainString() + "%").orElse("空白（未填）"));
        }
        assertThat(summary.contains("不表示 0%")).isEqualTo(anyBlank);
        WebElement svg = find("#chart-plan svg");
        assertThat(svg.getAriaRole()).as("computed role of role=img").isEqualTo("image");
        assertThat(svg.getAccessibleName()).isEqualTo("资金支出计划（截至各月底累计，%）");
        assertThat(find("#chart-plan .note").getText()).contains("项目基本信息");
    }

    @Test
    void chartsUseTheTextColourInLargeTextMode() {
        open(BundledSite.PROJECT_PAGE);
        clickLargeTextToggle();
        assertThat(js("return getComputedStyle(document.querySelector('#chart-plan rect')).fill;")).isEqualTo("rgb(0, 0, 0)");
        assertThat(js("return getComputedStyle(document.querySelector('#chart-plan text')).fill;")).isEqualTo("rgb(0, 0, 0)");
        assertThat(driver.findElements(By.cssSelector("#chart-plan rect"))).isNotEmpty();
    }
}
