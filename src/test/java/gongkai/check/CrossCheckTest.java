package gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.model.Amount;
import gongkai.model.Budget;
import gongkai.model.Indicator;
import gongkai.model.IndicatorValue;
import gongkai.model.IndicatorValues;
import gongkai.model.Project;
import gongkai.model.SpendingPlan;
import gongkai.model.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cross-checks GK401–GK407: the seed's own figures, then the edges of each rule. */
class CrossCheckTest {

    private static final Unit SEED = Gongkai.check(Path.of("content")).site().orElseThrow().years().get(0).units().get(0);

    @TempDir
    Path tmp;

    // ---- the seed: six cost computations, all consistent ---------------------------------------------------------

    /**
     * Each seed project's 成本指标 against its 预算数, as the rule computes it: the months, the product (exact decimal),
     * the slack allowed for rounding, and the verdict.
     */
    @ParameterizedTest(name = "{0}: {2} × {3} = {4} against {5}")
    @CsvSource(delimiter = '|', textBlock = """
            13020822P00908810002X | 融媒体中心运行维护费           | ≤2.5万元/月  | 12 | 30.0     | 30.00 | 1.2      | 0.005
            13020822P00864910002J | 更换牌匾及门口修缮（21年借款） | ≤93209.07元  | 3  | 9.320907 | 9.32  | 0.000001 | 0.005
            13020822P00908310002H | 联通公司MSTP专线费             | ≤0.2万元/月  | 12 | 2.4      | 2.40  | 1.2      | 0.005
            13020822P00909210001F | 融媒体中心西办公楼防水及门面改造 | ≤1.25万元/月 | 12 | 15.00    | 15.00 | 0.12     | 0.005
            13020822P00947710001C | 用创收收入偿还历史债务         | ≤1.98万元/月  | 12 | 23.76    | 23.75 | 0.12     | 0.005
            13020822P009335100020 | 自筹人员经费（预留）           | ≤4.5万元/月  | 6  | 27.0     | 26.96 | 0.6      | 0.005
            """)
    void everySeedCostAgreesWithItsBudget(String code, String name, String value, int months, String implied, String budget,
                                          String costSlack, String budgetSlack) {
        Project p = seedProject(code);
        assertThat(p.name()).isEqualTo(name);
        Indicator costIndicator = p.indicators().stream().filter(i -> CrossChecker.costFigure(i).isPresent()).collect(single());
        IndicatorValue.Quantitative q = CrossChecker.costFigure(costIndicator).orElseThrow();
        assertThat(q.text()).isEqualTo(value);
        assertThat(CrossChecker.months(p.spendingPlan().orElseThrow(), p.indicators(), 2022).count()).isEqualTo(months);

        CrossChecker.Cost c = CrossChecker.cost(q, p.budget(), months, true);

        assertThat(c.implied().toPlainString()).as("exact decimal product, never binary floating point").isEqualTo(implied);
        assertThat(c.budget().toPlainString()).isEqualTo(budget);
        assertThat(c.costSlack()).isEqualByComparingTo(costSlack);
        assertThat(c.budgetSlack()).isEqualByComparingTo(budgetSlack);
        assertThat(c.months()).isEqualTo(q.unit().endsWith("/月") ? months : 0);
        assertThat(c.verdict()).isEqualTo(CrossChecker.Verdict.CONSISTENT);
        // The seed does not lean on the one-unit slack for upper bounds: it agrees within half a unit per month too.
        BigDecimal halfUnitSlack = c.costSlack().divide(BigDecimal.valueOf(2)).add(c.budgetSlack());
        assertThat(c.implied().subtract(c.budget()).abs()).isLessThanOrEqualTo(halfUnitSlack);
    }

    @Test
    void theSixComputationsNamedInTheIssue() {
        assertThat(seedCost("13020822P00908810002X").implied()).isEqualByComparingTo("30.00");   // 2.5 × 12 = 30.00 = 预算数
        assertThat(seedCost("13020822P009335100020").implied()).isEqualByComparingTo("27.00");   // 4.5 × 6 ≈ 26.96
        assertThat(seedCost("13020822P00947710001C").implied()).isEqualByComparingTo("23.76");   // 1.98 × 12 vs 23.75
        assertThat(seedCost("13020822P00864910002J").implied()).isEqualByComparingTo("9.320907"); // 93209.07元 vs 9.32
        assertThat(seedCost("13020822P00908310002H").implied()).isEqualByComparingTo("2.40");    // 0.2 × 12 = 2.40
        assertThat(seedCost("13020822P00909210001F").implied()).isEqualByComparingTo("15.00");   // 1.25 × 12 = 15.00
        // 1.98 × 12 in binary floating point is not 23.76; the rule never goes through double.
        assertThat(1.98 * 12).isNotEqualTo(23.76);
    }

    @Test
    void theSeedMonthsComeFromThePlanAndTheDeadline() {
        Project wages = seedProject("13020822P009335100020");
        CrossChecker.Months m = CrossChecker.months(wages.spendingPlan().orElseThrow(), wages.indicators(), 2022);
        assertThat(m.count()).isEqualTo(6);
        assertThat(m.reason()).isEqualTo("资金支出计划 6月底 达到 100%，时效指标“2022年6月底前完成”");
        assertThat(SEED.projects()).extracting(p -> CrossChecker.months(p.spendingPlan().orElseThrow(), p.indicators(), 2022).count())
                .containsExactly(12, 3, 12, 12, 12, 6);
    }

    @Test
    void theBundledContentHasNoCrossCheckWarning() {
        List<Diagnostic> all = Gongkai.check(Path.of("content")).diagnostics().sorted();
        assertThat(all).isEmpty();
    }

    /** The seed's wages counted over the whole year would be twice the budget: the months matter. */
    @Test
    void theSeedWagesOverTwelveMonthsExceedTheBudget(@TempDir Path dir) throws IOException {
        Path content = copyOfBundledContent(dir);
        Path wages = content.resolve("2022/425001/projects/13020822P009335100020.yaml");
        String text = Files.readString(wages, StandardCharsets.UTF_8);
        Files.writeString(wages, text.replace("value: 2022年6月底前完成", "value: 2022年底前完成")
                .replace("  jun: 100%    # 6月底", "  jun: 75%     # 6月底").replace("  dec:         # 12月底", "  dec: 100%    # 12月底"),
                StandardCharsets.UTF_8);

        List<Diagnostic> found = Gongkai.check(content).diagnostics().sorted();

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.GK401);
            assertThat(d.position().toString()).isEqualTo("content/2022/425001/projects/13020822P009335100020.yaml:49:12");
            assertThat(d.field()).isEqualTo("indicators[3].value");
            assertThat(d.message()).startsWith("成本指标“≤4.5万元/月”按 12 个月（资金支出计划 12月底 达到 100%，时效指标“2022年底前完成”）"
                    + "计算为 54.0 万元，超过预算数 26.96 万元");
        });
    }

    // ---- months --------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "plan {0}, 时效 {1} → {2} months")
    @CsvSource(delimiter = '|', textBlock = """
            ,,,100%       | 2022年底前完成       | 12
            30%,60%,90%,  | 2022年底前完成       | 12
            100%,,,       | 2022年底前完成       | 3
            50%,100%,,    | ≥95%                 | 6
            ,,50%,100%    | 2022年6月底前完成    | 6
            50%,100%,,    | 2022年6月底前完成    | 6
            ,,50%,100%    | 2021年6月底前完成    | 12
            25%,50%,75%,100% | 2022年第一季度完成 | 3
            """)
    void monthsAreTheSmallerOfPlanAndDeadline(String plan, String deadline, int months) {
        List<Indicator> indicators = List.of(indicator("产出指标", "时效指标", "完成时间", deadline, "历史经验"));
        assertThat(CrossChecker.months(plan(plan), indicators, 2022).count()).isEqualTo(months);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022年6月底前完成            | 2022-6
            2022年底前完成               | 2022-12
            2022年年底前完成             | 2022-12
            2022年12月31日前完成         | 2022-12
            2022年12月底前               | 2022-12
            2022年度内完成               | 2022-12
            6月底前完成                  | 2022-6
            年底前完成                   | 2022-12
            2022年第二季度               | 2022-6
            2022年上半年完成             | 2022-6
            2022年3月启动，6月底前完成   | 2022-6
            2022年1月-2022年10月         | 2022-10
            ２０２２年６月底前完成       | 2022-6
            2021年底前完成               | 2021-12
            2023年6月底前完成            | 2023-6
            """)
    void deadlinesAreRead(String text, String expected) {
        String[] ym = expected.split("-");
        assertThat(CrossChecker.deadline(text, 2022))
                .contains(new CrossChecker.Deadline(Integer.parseInt(ym[0]), Integer.parseInt(ym[1])));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2023.07-2024.01
            按计划完成
            12个月
            ≥95%
            每月15日前发放
            按季度发放
            ≤2小时
            """)
    void periodsAndRatesAreNotDeadlines(String text) {
        assertThat(CrossChecker.deadline(text, 2022)).isEmpty();
    }

    // ---- 成本指标 ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} × {2} against {1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ≤2.5万元/月     | 28.80 | 12 | CONSISTENT
            ≤2.5万元/月     | 28.79 | 12 | EXCEEDS
            =2.5万元/月     | 29.40 | 12 | CONSISTENT
            =2.5万元/月     | 29.39 | 12 | EXCEEDS
            ≤20833.34元/月  | 25.00 | 12 | CONSISTENT
            ≤93209.07元     | 9.32  | 12 | CONSISTENT
            ≤93209.07元     | 9.31  | 12 | EXCEEDS
            ≤93209.07元     | 9.3   | 12 | CONSISTENT
            ≥31万元         | 30.00 | 12 | EXCEEDS
            ≤2.5万元        | 30.00 | 12 | FAR_BELOW
            ≤14.99万元      | 30.00 | 12 | CONSISTENT
            ≤14.98万元      | 30.00 | 12 | FAR_BELOW
            ≤15万元         | 30.00 | 12 | CONSISTENT
            =2.5万元        | 30.00 | 12 | FAR_BELOW
            <2.5万元        | 30.00 | 12 | FAR_BELOW
            ≥2.5万元        | 30.00 | 12 | CONSISTENT
            >2.5万元        | 30.00 | 12 | CONSISTENT
            ≤93209.07元/月  | 9.32  | 12 | EXCEEDS
            ≤1.25万元/月    | 15.00 | 6  | CONSISTENT
            ≤1.25万元/月    | 15.00 | 3  | FAR_BELOW
            ≤4.5万元/月     | 26.96 | 12 | EXCEEDS
            """)
    void costAgainstBudget(String value, String budget, int months, CrossChecker.Verdict verdict) {
        assertThat(CrossChecker.cost(quantitative(value), budget(budget), months, true).verdict()).isEqualTo(verdict);
    }

    @Test
    void farBelowIsNotJudgedWhenTheProjectHasSeveralCostFigures() {
        assertThat(CrossChecker.cost(quantitative("≤2.5万元"), budget("30.00"), 12, false).verdict())
                .isEqualTo(CrossChecker.Verdict.CONSISTENT);
        assertThat(CrossChecker.cost(quantitative("≤35万元"), budget("30.00"), 12, false).verdict())
                .as("exceeding is judged for each figure").isEqualTo(CrossChecker.Verdict.EXCEEDS);
    }

    @Test
    void onlyMoneyCostsThatAreNotPerHeadAreCompared() {
        assertThat(CrossChecker.costFigure(indicator("产出指标", "成本指标", "实际发生成本", "≤2.5万元/月", "预算安排"))).isPresent();
        assertThat(CrossChecker.costFigure(indicator("成本指标", "经济成本指标", "项目预算控制数", "≤9.32万元", "预算安排"))).isPresent();
        assertThat(CrossChecker.costFigure(indicator("产出指标", "成本指标", "人均工资标准", "≤5300元/月", "预算安排"))).isEmpty();
        assertThat(CrossChecker.costFigure(indicator("产出指标", "成本指标", "设备单价", "≤5000元", "市场价格"))).isEmpty();
        assertThat(CrossChecker.costFigure(indicator("产出指标", "成本指标", "服务费用", "≤30万元/年", "预算安排"))).isEmpty();
        assertThat(CrossChecker.costFigure(indicator("产出指标", "成本指标", "项目总成本", "250万", "预算安排"))).isEmpty();
        assertThat(CrossChecker.costFigure(indicator("产出指标", "成本指标", "成本控制", "不超预算", "预算安排"))).isEmpty();
        assertThat(CrossChecker.costFigure(indicator("产出指标", "数量指标", "资金规模", "≤30万元", "预算安排"))).isEmpty();
    }

    // ---- 时效指标, 满意度指标, unit total: in whole content ---------------------------------------------------------

    @Test
    void aDeadlineInTheFiscalYearNoLaterThanThePlanIsNotWarnedAbout() {
        String p2 = ContentFixture.valid().text(ContentFixture.PROJECT_2).replace(
                "  - level1: 产出指标\n    level2: 成本指标\n",
                "  - level1: 产出指标\n    level2: 时效指标\n    level3: 完成时间\n    value: 2022年3月底前完成\n"
                        + "  - level1: 产出指标\n    level2: 成本指标\n");
        assertThat(p2).contains("2022年3月底前完成");

        assertThat(codes(ContentFixture.valid().with(ContentFixture.PROJECT_2, p2))).isEmpty();
        assertThat(codes(ContentFixture.valid().with(ContentFixture.PROJECT_2, p2.replace("2022年3月底前完成", "2022年4月底前完成"))))
                .containsExactly("GK404");
        assertThat(codes(ContentFixture.valid().with(ContentFixture.PROJECT_2, p2.replace("2022年3月底前完成", "2023年3月底前完成"))))
                .as("a deadline in another year is GK403 only").containsExactly("GK403");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥90%     | false
            =100%    | false
            ≥100%    | false
            100%     | false
            >100%    | true
            ≥100.5%  | true
            101%     | true
            ≥110%    | true
            """)
    void satisfactionAbove100Percent(String value, boolean impossible) {
        assertThat(CrossChecker.aboveHundredPercent(quantitative(value))).isEqualTo(impossible);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            调查问卷     | true
            社会调查     | true
            满意度测评   | true
            问卷         | true
            群众评议     | true
            预算安排     | false
            经验标准     | false
            历史标准     | false
            """)
    void surveyBases(String basis, boolean survey) {
        assertThat(CrossChecker.survey(basis)).isEqualTo(survey);
    }

    @Test
    void aBlankBasisAndIndicatorsOutsideSatisfactionAreNotWarnedAbout() {
        String p1 = ContentFixture.valid().text(ContentFixture.PROJECT_1);
        assertThat(codes(ContentFixture.valid().with(ContentFixture.PROJECT_1, p1.replace("    basis: 调查问卷\n", ""))))
                .as("basis is an optional column").isEmpty();
        assertThat(codes(ContentFixture.valid().with(ContentFixture.PROJECT_1, p1.replace("    basis: 调查问卷\n", "    basis: 经验标准\n"))))
                .containsExactly("GK406");
        assertThat(codes(ContentFixture.valid().with(ContentFixture.PROJECT_1, p1.replace("value: ≥95%", "value: ≥120%"))))
                .as("only 满意度指标 are percentages of at most 100%").isEmpty();
    }

    @Test
    void unitTotalAllowsTheRoundingOfEveryFigure() {
        List<Amount> seed = SEED.projects().stream().map(p -> p.budget().total()).toList();
        assertThat(seed).extracting(Amount::text).containsExactly("30.00", "9.32", "2.40", "15.00", "23.75", "26.96");

        assertThat(CrossChecker.unitTotal(seed, Amount.of("107.43"))).isEmpty();
        assertThat(CrossChecker.unitTotal(seed, Amount.of("107.46"))).as("尾差: 7 half cents").isEmpty();
        assertThat(CrossChecker.unitTotal(seed, Amount.of("107.47"))).isPresent();
        assertThat(CrossChecker.unitTotal(seed, Amount.of("107.34"))).hasValueSatisfying(m -> assertThat(m)
                .startsWith("6 个项目的预算数之和是 107.43 万元，与填写的项目预算合计 107.34 万元相差 0.09 万元（四舍五入最多相差 0.035 万元）"));
        assertThat(CrossChecker.unitTotal(seed, Amount.of("80.47"))).as("a forgotten project").isPresent();
    }

    @Test
    void theBundledUnitWithItsRealTotalIsConsistent(@TempDir Path dir) throws IOException {
        Path content = copyOfBundledContent(dir);
        Path unit = content.resolve("2022/425001/unit.yaml");
        String text = Files.readString(unit, StandardCharsets.UTF_8);
        Files.writeString(unit, text.replace("region: \"130208\"\n", "region: \"130208\"\ntotal: 107.43\n"), StandardCharsets.UTF_8);

        Gongkai.CheckResult result = Gongkai.check(content);

        assertThat(result.diagnostics().sorted()).isEmpty();
        assertThat(result.site().orElseThrow().years().get(0).units().get(0).declaredTotal())
                .map(Amount::text).contains("107.43");
    }

    @Test
    void theUnitTotalIsNotCheckedWhenAProjectCouldNotBeRead() {
        String unit = ContentFixture.valid().text(ContentFixture.UNIT_DIR + "unit.yaml")
                .replace("region: \"130208\"\n", "region: \"130208\"\ntotal: 30.00\n");
        String brokenProject2 = ContentFixture.valid().text(ContentFixture.PROJECT_2).replace("name: 更换牌匾及门口修缮（21年借款）\n", "");

        assertThat(codes(ContentFixture.valid().with(ContentFixture.UNIT_DIR + "unit.yaml", unit)))
                .as("30.00 leaves out project 2's 9.32").containsExactly("GK407");
        assertThat(codes(ContentFixture.valid().with(ContentFixture.UNIT_DIR + "unit.yaml", unit)
                .with(ContentFixture.PROJECT_2, brokenProject2)))
                .as("the missing name is the error to fix; the sum would be wrong for no fault of the total").containsExactly("GK112");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private List<String> codes(ContentFixture fixture) {
        Path dir = tmp.resolve("c" + System.nanoTime());
        return Gongkai.check(fixture.writeTo(dir)).diagnostics().sorted().stream().map(d -> d.code().name()).toList();
    }

    private static Project seedProject(String code) {
        return SEED.projects().stream().filter(p -> p.code().equals(code)).collect(single());
    }

    private static CrossChecker.Cost seedCost(String code) {
        Project p = seedProject(code);
        IndicatorValue.Quantitative q = p.indicators().stream().flatMap(i -> CrossChecker.costFigure(i).stream()).collect(single());
        return CrossChecker.cost(q, p.budget(), CrossChecker.months(p.spendingPlan().orElseThrow(), p.indicators(), 2022).count(), true);
    }

    private static <T> java.util.stream.Collector<T, ?, T> single() {
        return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }

    private static IndicatorValue.Quantitative quantitative(String text) {
        return (IndicatorValue.Quantitative) IndicatorValues.parse(text).value().orElseThrow();
    }

    private static Budget budget(String total) {
        return new Budget(Amount.of(total), Amount.of(total), Optional.empty());
    }

    private static Indicator indicator(String level1, String level2, String level3, String value, String basis) {
        return new Indicator(level1, Optional.of(level2), level3, level3, IndicatorValues.parse(value).value().orElseThrow(), basis,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A plan written as four comma-separated cells for 3, 6, 10 and 12月底; an empty cell is blank. */
    private static SpendingPlan plan(String cells) {
        String[] parts = cells.split(",", -1);
        List<SpendingPlan.Checkpoint> checkpoints = new ArrayList<>();
        SpendingPlan.Month[] months = SpendingPlan.Month.values();
        for (int i = 0; i < months.length; i++) {
            String cell = i < parts.length ? parts[i].strip() : "";
            checkpoints.add(new SpendingPlan.Checkpoint(months[i], cell.isEmpty() ? Optional.empty()
                    : Optional.of(new SpendingPlan.Percent(new BigDecimal(cell.replace("%", "")), cell))));
        }
        return new SpendingPlan(checkpoints);
    }

    private static Path copyOfBundledContent(Path dir) throws IOException {
        Path target = dir.resolve("content");
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.toList()) {
                Path to = target.resolve(Path.of("content").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return target;
    }
}
