package gongkai.view;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.model.Amount;
import gongkai.model.Budget;
import gongkai.model.Project;
import gongkai.model.SpendingPlan;
import gongkai.model.SpendingPlan.Checkpoint;
import gongkai.model.SpendingPlan.Month;
import gongkai.model.SpendingPlan.Percent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chart geometry of {@link Charts} on edge cases the bundled content lacks (ties, zero budgets, long names). */
class ChartGeometryTest {

    private static final Project SAMPLE = Gongkai.check(Path.of("content")).site().orElseThrow()
            .years().get(0).units().get(0).projects().get(0);

    private static Project project(String code, String name, String amount) {
        return new Project(code, name, SAMPLE.order(), new Budget(Amount.of(amount), Amount.of(amount), Optional.empty()),
                SAMPLE.purpose().orElseThrow(), SAMPLE.spendingPlan().orElseThrow(), SAMPLE.goal(), SAMPLE.indicators(), SAMPLE.level1Scores(), Optional.empty());
    }

    private static double number(String length, String unit) {
        assertThat(length).endsWith(unit);
        return Double.parseDouble(length.substring(0, length.length() - unit.length()));
    }

    @Test
    void barsAreSortedLargestFirstTiesInDisclosureOrderAndProportional() {
        List<Project> projects = List.of(project("A", "甲", "10"), project("B", "乙", "40.5"), project("C", "丙", "10.00"), project("D", "丁", "0.0001"));
        Views.BarChart chart = Charts.budgetBars("c", projects);
        assertThat(chart.bars()).extracting(b -> b.label().get(0).text()).containsExactly("乙", "甲", "丙", "丁");
        for (int i = 0; i < chart.bars().size(); i++) {
            BigDecimal amount = new BigDecimal(chart.bars().get(i).amount());
            assertThat(number(chart.bars().get(i).width(), "%")).as("bar %d", i)
                    .isCloseTo(amount.doubleValue() / 40.5 * 100, org.assertj.core.api.Assertions.within(0.006));
        }
        // Bars never overlap and the chart is as tall as its last bar.
        double bottom = 0;
        for (Views.Bar bar : chart.bars()) {
            double top = number(bar.y(), "em");
            assertThat(top).isGreaterThan(bottom);
            assertThat(number(bar.label().get(0).y(), "em")).isGreaterThan(bottom).isLessThan(top);
            bottom = top + number(bar.barHeight(), "em");
        }
        assertThat(number(chart.height(), "em")).isGreaterThanOrEqualTo(bottom);
        assertThat(chart.summary()).isEqualTo("共 4 个项目，预算合计 60.5001 万元。预算最多的是乙，40.5 万元，占 66.9%；最少的是丁，0.0001 万元，占 0.0%。");
    }

    @Test
    void zeroBudgetsDrawNoBarAndSayNoShare() {
        Views.BarChart chart = Charts.budgetBars("c", List.of(project("A", "甲", "0"), project("B", "乙", "0")));
        assertThat(chart.bars()).extracting(Views.Bar::width).containsOnly("0%");
        assertThat(chart.summary()).doesNotContain("占").contains("预算合计 0.00 万元");
        assertThat(Charts.budgetBars("c", List.of()).summary()).isEqualTo("没有项目。");
    }

    @Test
    void longNamesAreWrappedToTheLabelWidth() {
        String name = "融媒体中心西办公楼防水及门面改造和IPTV播控平台MSTP专线升级";
        List<String> lines = Charts.wrap(name, Charts.LABEL_WIDTH);
        assertThat(String.join("", lines)).isEqualTo(name);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(
                l.codePoints().mapToDouble(c -> c < 128 ? 0.6 : 1).sum()).isLessThanOrEqualTo(Charts.LABEL_WIDTH));
        Views.BarChart chart = Charts.budgetBars("c", List.of(project("A", name, "1")));
        assertThat(chart.bars().get(0).label()).hasSize(lines.size() + 1);
    }

    @Test
    void blankMonthsAreGapsAndColumnsAreAsHighAsTheirPercentage() {
        SpendingPlan plan = new SpendingPlan(List.of(
                new Checkpoint(Month.MAR, Optional.empty()),
                new Checkpoint(Month.JUN, Optional.of(new Percent(new BigDecimal("33.3"), "33.3%"))),
                new Checkpoint(Month.OCT, Optional.of(new Percent(new BigDecimal("0"), "0%"))),
                new Checkpoint(Month.DEC, Optional.of(new Percent(new BigDecimal("100"), "100%")))));
        Views.PlanChart chart = Charts.spendingPlan("p", plan);
        double baseline = number(chart.baseline(), "em");
        double full = baseline - number(chart.gridlines().get(1).y(), "em");
        Views.PlanColumn blank = chart.columns().get(0);
        assertThat(blank.blank()).isTrue();
        assertThat(blank.height()).as("a blank month has no column").isNull();
        assertThat(blank.value().text()).isEqualTo("空白");
        Views.PlanColumn zero = chart.columns().get(2);
        assertThat(zero.blank()).as("a written 0% is not blank").isFalse();
        assertThat(number(zero.height(), "em")).isZero();
        assertThat(number(chart.columns().get(1).height(), "em")).isCloseTo(0.333 * full, org.assertj.core.api.Assertions.within(0.01));
        assertThat(number(chart.columns().get(3).height(), "em")).isEqualTo(full);
        assertThat(chart.summary()).isEqualTo("截至各月底累计支出占预算的比例：3月底 空白（未填），6月底 33.3%，10月底 0%，12月底 100%。"
                + "空白的月份在公开文件中未填，图中不画柱子，不表示 0%。");
    }
}
