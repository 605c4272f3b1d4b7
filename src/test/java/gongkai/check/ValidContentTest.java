package gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.model.Budget;
import gongkai.model.Indicator;
import gongkai.model.IndicatorValue;
import gongkai.model.IndicatorValue.Comparator;
import gongkai.model.IndicatorValue.Qualitative;
import gongkai.model.IndicatorValue.Quantitative;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.SpendingPlan;
import gongkai.model.Unit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid content, including the forms that the tables of other regions use, loads without a single diagnostic and
 * becomes exactly the model it describes.
 */
class ValidContentTest {

    @TempDir
    Path tmp;

    /** One project whose indicator table uses every form seen in other regions' disclosures. */
    private static final String EDGE_PROJECT = """
            -- 2022/425001/projects/13020822P00908810002X.yaml --
            code: 13020822P00908810002X
            name: 融媒体中心运行维护费
            order: 1
            budget:
              total: 0.3
              fiscal: 0.1
              other: 0.2
            purpose: 融媒体中心运行维护费
            spending_plan:
              mar: 25%
              jun: 50%
              oct: 50%
              dec: 100%
            goal: 1.保障融媒体中心的正常运行
            level1_scores:
              产出指标: 50分
              效益指标: 30
              满意度指标: 10-20
            indicators:
              - level1: 产出指标
                level2: 数量指标
                level3: 设备数量
                description: 购置设备数量
                value: 10辆
                basis: 预算安排
                score: 10
                explanation: 年内购置的设备
                measure_unit: 辆
                value_type: 定量
              - level1: 产出指标
                level2: 质量指标
                level3: 设备完好率
                value: 95%
              - level1: 产出指标
                level2: 质量指标
                level3: 验收合格率
                value: ">92%"
              - level1: 产出指标
                level2: 质量指标
                level3: 运行正常率
                value: ＞92%
              - level1: 产出指标
                level2: 质量指标
                level3: 覆盖率
                value: =100%
              - level1: 产出指标
                level2: 时效指标
                level3: 实施期限
                value: 2023.07-2024.01
                value_type: 定性
              - level1: 产出指标
                level2: 成本指标
                level3: 项目总成本
                value: 250万
              - level1: 产出指标
                level2:
                level3: 工作完成率
                value: 不低于90%
              - level1: 效益指标
                level2: 社会效益指标
                level3: 宣传覆盖率
                value: 达到100%
              - level1: 满意度指标
                level2: 服务对象满意度指标
                level3: 群众评价
                value: 优良
            """;

    @Test
    void theValidFixtureHasNoDiagnosticsAndBecomesTheModelItDescribes() {
        Gongkai.CheckResult result = Gongkai.check(ContentFixture.valid().writeTo(tmp));

        assertThat(result.diagnostics().sorted()).isEmpty();
        Site site = result.site().orElseThrow();
        assertThat(site.config().title()).isEqualTo("唐山市丰润区预算绩效目标公开");
        assertThat(site.years()).singleElement().satisfies(year -> {
            assertThat(year.year()).isEqualTo(2022);
            assertThat(year.framework().id()).isEqualTo("output-benefit-satisfaction");
        });
        Unit unit = site.years().get(0).units().get(0);
        assertThat(unit.code()).isEqualTo("425001");
        assertThat(unit.region()).contains("130208");
        assertThat(unit.goals()).extracting(g -> g.title()).containsExactly("新闻出版广播影视产业建设", "以创新为主旨，拓展工作思路");
        assertThat(unit.projects()).extracting(Project::code).containsExactly("13020822P00908810002X", "13020822P00864910002J");
    }

    @Test
    void aPlanThatReaches100PercentInMarchWithLaterMonthsBlankIsNotWarnedAbout() {
        Gongkai.CheckResult result = Gongkai.check(ContentFixture.valid().writeTo(tmp));

        assertThat(result.diagnostics().sorted()).isEmpty();
        SpendingPlan plan = project(result.site().orElseThrow(), "13020822P00864910002J").spendingPlan().orElseThrow();
        assertThat(plan.checkpoints()).extracting(c -> c.month(), c -> c.percent().map(SpendingPlan.Percent::text))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SpendingPlan.Month.MAR, Optional.of("100%")),
                        org.assertj.core.groups.Tuple.tuple(SpendingPlan.Month.JUN, Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(SpendingPlan.Month.OCT, Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(SpendingPlan.Month.DEC, Optional.empty()));
    }

    @Test
    void blankOtherFundsStayBlankNotZero() {
        Gongkai.CheckResult result = Gongkai.check(ContentFixture.valid().writeTo(tmp));

        Budget budget = project(result.site().orElseThrow(), "13020822P00864910002J").budget();
        assertThat(budget.other()).isEmpty();
        assertThat(budget.total().text()).isEqualTo("9.32");
        assertThat(budget.fiscal().orElseThrow().text()).isEqualTo("9.32");
    }

    @Test
    void theFormsOfOtherRegionsTablesLoadWithoutDiagnostics() {
        Gongkai.CheckResult result = Gongkai.check(ContentFixture.valid().with(EDGE_PROJECT).writeTo(tmp));

        assertThat(result.diagnostics().sorted()).isEmpty();
        Project p = project(result.site().orElseThrow(), "13020822P00908810002X");
        List<Indicator> rows = p.indicators();
        assertThat(rows).extracting(i -> i.value().text()).containsExactly(
                "10辆", "95%", ">92%", "＞92%", "=100%", "2023.07-2024.01", "250万", "不低于90%", "达到100%", "优良");
        assertQuantitative(rows.get(0).value(), Comparator.EQ, false, "10", "辆");
        assertQuantitative(rows.get(1).value(), Comparator.EQ, false, "95", "%");
        assertQuantitative(rows.get(2).value(), Comparator.GT, true, "92", "%");
        assertQuantitative(rows.get(3).value(), Comparator.GT, true, "92", "%");
        assertQuantitative(rows.get(4).value(), Comparator.EQ, true, "100", "%");
        assertThat(rows.get(5).value()).isEqualTo(new Qualitative("2023.07-2024.01"));
        assertQuantitative(rows.get(6).value(), Comparator.EQ, false, "250", "万");
        assertQuantitative(rows.get(7).value(), Comparator.GE, true, "90", "%");
        assertQuantitative(rows.get(8).value(), Comparator.GE, true, "100", "%");
        assertThat(rows.get(9).value()).isEqualTo(new Qualitative("优良"));
    }

    @Test
    void optionalColumnsAndABlankLevel2AreKept() {
        Gongkai.CheckResult result = Gongkai.check(ContentFixture.valid().with(EDGE_PROJECT).writeTo(tmp));

        Project p = project(result.site().orElseThrow(), "13020822P00908810002X");
        Indicator first = p.indicators().get(0);
        assertThat(first.score()).contains("10");
        assertThat(first.explanation()).contains("年内购置的设备");
        assertThat(first.measureUnit()).contains("辆");
        assertThat(first.valueType()).contains(Indicator.ValueType.QUANTITATIVE);
        assertThat(first.description()).isEqualTo("购置设备数量");
        Indicator second = p.indicators().get(1);
        assertThat(second.score()).isEmpty();
        assertThat(second.explanation()).isEmpty();
        assertThat(second.measureUnit()).isEmpty();
        assertThat(second.valueType()).isEmpty();
        assertThat(second.description()).isEmpty();
        assertThat(second.basis()).isEmpty();
        assertThat(p.indicators().get(5).valueType()).contains(Indicator.ValueType.QUALITATIVE);
        assertThat(p.indicators().get(7).level1()).isEqualTo("产出指标");
        assertThat(p.indicators().get(7).level2()).isEmpty();
        assertThat(p.level1Scores()).isEqualTo(Map.of("产出指标", "50分", "效益指标", "30", "满意度指标", "10-20"));
    }

    @Test
    void decimalAmountsAddUpExactly() {
        Gongkai.CheckResult result = Gongkai.check(ContentFixture.valid().with(EDGE_PROJECT).writeTo(tmp));

        assertThat(result.diagnostics().sorted()).as("0.1 + 0.2 = 0.3 is not a GK301").isEmpty();
        Budget budget = project(result.site().orElseThrow(), "13020822P00908810002X").budget();
        assertThat(budget.total().value()).isEqualTo(new BigDecimal("0.3"));
        assertThat(budget.fiscal().orElseThrow().value()).isEqualTo(new BigDecimal("0.1"));
        assertThat(budget.other()).map(o -> o.value()).contains(new BigDecimal("0.2"));
    }

    @Test
    void aCostFrameworkYearAcceptsCostAsALevel1Indicator() {
        String project = ContentFixture.valid().text(ContentFixture.PROJECT_2)
                .replace("  - level1: 产出指标\n    level2: 成本指标", "  - level1: 成本指标\n    level2: 经济成本指标");
        Gongkai.CheckResult result = Gongkai.check(ContentFixture.valid()
                .with("2022/year.yaml", "framework: output-cost-benefit-satisfaction\n")
                .with(ContentFixture.PROJECT_2, project)
                .with(ContentFixture.PROJECT_1, ContentFixture.valid().text(ContentFixture.PROJECT_1)
                        .replace("    level2: 成本指标\n", "    level2: 质量指标\n"))
                .writeTo(tmp));

        assertThat(result.diagnostics().sorted()).isEmpty();
        assertThat(project(result.site().orElseThrow(), "13020822P00864910002J").indicators())
                .extracting(Indicator::level1).contains("成本指标");
    }

    private static void assertQuantitative(IndicatorValue value, Comparator comparator, boolean written, String number, String unit) {
        assertThat(value).isInstanceOfSatisfying(Quantitative.class, q -> {
            assertThat(q.comparator()).isEqualTo(comparator);
            assertThat(q.comparatorWritten()).isEqualTo(written);
            assertThat(q.number()).isEqualTo(new BigDecimal(number));
            assertThat(q.unit()).isEqualTo(unit);
        });
    }

    private static Project project(Site site, String code) {
        return site.years().stream().flatMap(y -> y.units().stream()).flatMap(u -> u.projects().stream())
                .filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
