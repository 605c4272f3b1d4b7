package gongkai.check;

import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import gongkai.model.Amount;
import gongkai.model.Budget;
import gongkai.model.Framework;
import gongkai.model.Indicator;
import gongkai.model.IndicatorValue;
import gongkai.model.IndicatorValue.Comparator;
import gongkai.model.IndicatorValues;
import gongkai.model.Project;
import gongkai.model.SpendingPlan;
import gongkai.source.Node;
import gongkai.source.SourceTree;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cross-checks between the figures of a disclosure that are each valid on their own (GK401–GK407). All warnings.
 * Pure: {@link BigDecimal} arithmetic only, no I/O; the source nodes are read only to say where a problem is.
 *
 * <p><b>Months a project spends</b> ({@link #months}): the month whose checkpoint of the 资金支出计划 first reaches
 * 100% (3, 6, 10 or 12; a plan that never reaches 100% counts as 12), or the month of the earliest 时效指标 deadline
 * in the fiscal year ({@code 2022年6月底前完成} → 6, {@code 2022年底前完成} → 12), whichever is smaller.
 *
 * <p><b>成本指标 against 预算数</b> (GK401, GK402, {@link #cost}): an indicator is a 成本指标 when its 一级 or 二级指标
 * is 成本指标, and it is compared when its value is a number in 万元 or 元 (a total) or in 万元/月 or 元/月 (per month,
 * multiplied by the months the project spends), unless its 三级指标 or description names a per-head or unit cost
 * (人均, 单价, 标准 …). Both figures are rounded to the digits they are written with, so they are compared with a
 * slack, never exactly: the budget may be off by half a unit of its last digit; the cost figure by half a unit of its
 * last digit ({@code =}, {@code ≥}, {@code >}) or by one whole unit ({@code ≤}, {@code <}: an upper bound is rounded
 * up, as {@code 23.75/12 = 1.979…} becomes {@code ≤1.98}), times the months for a per-month figure.
 * <ul>
 *   <li>GK401: the cost, less its slack, exceeds the budget plus its slack. Applies to every comparator: neither a
 *       bound nor a lower limit on cost can lie above the money available.</li>
 *   <li>GK402: the cost, plus its slack, is less than half of the budget less its slack, for an upper bound or an
 *       exact figure ({@code ≤ < =}; a lower limit {@code ≥} far below the budget is not a contradiction), and only
 *       when the project has exactly one comparable cost figure (several figures may be parts of the budget). Half
 *       leaves a wide margin over rounding (the seed's figures are within 0.2%) while catching the usual slips,
 *       which are off by a factor of 3 or more: a monthly cost written without "/月", 元 written for 万元.</li>
 * </ul>
 *
 * <p><b>时效指标</b> (GK403, GK404): the deadline is the last date the value names: {@code 2022年6月底前完成},
 * {@code 2022年12月31日前}, {@code 2022年底}, {@code 6月底前} (the fiscal year), {@code 2022年第二季度}, {@code 上半年}.
 * Dotted or dashed dates ({@code 2023.07-2024.01}) are periods, not deadlines, and are not read. GK403: the
 * deadline's year is not the fiscal year. GK404: the deadline's month is later than the month the plan reaches 100%.
 *
 * <p><b>满意度指标</b> (一级指标 满意度指标): GK405 for a percentage above 100% (or {@code >100%}); GK406 for a
 * written 指标值确定依据 that names no survey (调查, 问卷, 调研, 测评, 评议, 访谈, 座谈, 回访). A blank basis is not
 * warned about: some regions' tables have no such column.
 *
 * <p><b>Unit total</b> (GK407): the optional {@code total} of unit.yaml against the sum of the projects' 预算数, with
 * a slack of half a unit of the last digit of each figure (the total of a budget system is summed before rounding).
 */
final class CrossChecker {

    /** A project as checked, with the file it came from, so that a warning can point into it. */
    record ProjectFile(Project project, SourceTree.YamlFile file) {}

    /** The {@code total} of unit.yaml and where it is written. */
    record DeclaredTotal(Amount amount, Position position) {}

    /** How many months a project spends, and why, for messages. */
    record Months(int count, String reason) {}

    /** A deadline: a year and the month it falls in. */
    record Deadline(int year, int month) {}

    enum Verdict { CONSISTENT, EXCEEDS, FAR_BELOW }

    /**
     * One 成本指标 compared with 预算数, in 万元.
     *
     * @param implied     the cost figure, times the months for a per-month figure
     * @param costSlack   how far {@code implied} may be from the true cost because the figure is rounded
     * @param budgetSlack how far 预算数 may be from the true budget because it is rounded
     * @param months      the months multiplied by, or 0 for a total
     */
    record Cost(BigDecimal implied, BigDecimal costSlack, BigDecimal budget, BigDecimal budgetSlack, int months,
                boolean upperBound, Verdict verdict) {}

    static final String COST = "成本指标";
    static final String TIMELINESS = "时效指标";
    static final String SATISFACTION = "满意度指标";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final List<String> PER_UNIT = List.of("人均", "生均", "户均", "每人", "每户", "单价", "平均", "标准", "单位成本");
    private static final List<String> SURVEY = List.of("调查", "问卷", "调研", "测评", "评议", "访谈", "座谈", "回访");
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?<year>(?:19|20)\\d{2})年(?:(?<month>\\d{1,2})月)?"
                    + "|(?<![\\d个./])(?<monthOnly>\\d{1,2})月"
                    + "|第?(?<quarter>[一二三四1-4])季度"
                    + "|(?<half>上半年|下半年)"
                    + "|(?<yearEnd>年底|年末|年内|年度内|全年)");

    private CrossChecker() {}

    // ---- the checks, reported with positions ---------------------------------------------------------------------

    /**
     * Runs every cross-check of one unit's projects, and the unit total when the unit declares one and every project
     * file could be read ({@code complete}); otherwise a missing project would make the sum wrong for no fault of it.
     */
    static void check(int year, List<ProjectFile> projects, boolean complete, Optional<DeclaredTotal> total, Diagnostics diagnostics) {
        for (ProjectFile pf : projects) {
            project(year, pf, diagnostics);
        }
        if (complete) {
            total.ifPresent(t -> unitTotal(projects.stream().map(pf -> pf.project().budget().total()).toList(), t.amount())
                    .ifPresent(message -> diagnostics.report(Code.GK407, t.position(), "total", message)));
        }
    }

    private static void project(int year, ProjectFile pf, Diagnostics diagnostics) {
        Project p = pf.project();
        List<Indicator> indicators = p.indicators();
        // A form without a spending plan spends over the whole year as far as the table says; GK404 needs a plan.
        SpendingPlan plan = p.spendingPlan().orElse(null);
        Months months = months(plan, indicators, year);
        long comparable = indicators.stream().filter(i -> costFigure(i).isPresent()).count();
        OptionalInt spent = plan == null ? OptionalInt.empty() : fullySpentMonth(plan);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String field = "indicators[" + i + "]";
            Position at = position(pf.file(), i, "value");
            IndicatorValue value = indicator.value();
            if (value instanceof IndicatorValue.Quantitative q && costFigure(indicator).isPresent()) {
                Cost c = cost(q, p.budget(), months.count(), comparable == 1);
                String figure = c.months() == 0
                        ? "成本指标“" + q.text() + "”折合 " + c.implied().toPlainString() + " 万元"
                        : "成本指标“" + q.text() + "”按 " + c.months() + " 个月（" + months.reason() + "）计算为 "
                                + c.implied().toPlainString() + " 万元";
                if (c.verdict() == Verdict.EXCEEDS) {
                    diagnostics.report(Code.GK401, at, field + ".value", figure + "，超过预算数 " + p.budget().total().text()
                            + " 万元（按所写的位数四舍五入，最多可相差 " + c.costSlack().add(c.budgetSlack()).toPlainString()
                            + " 万元）。请核对成本指标、资金支出计划和时效指标：每月成本乘以支出的月数应与预算数一致；"
                            + "是不是把总额写成了每月的成本，或把“元”写成了“万元”？");
                } else if (c.verdict() == Verdict.FAR_BELOW) {
                    diagnostics.report(Code.GK402, at, field + ".value", figure + "，还不到预算数 " + p.budget().total().text()
                            + " 万元的一半。" + (c.months() == 0
                                    ? "请核对：是不是把每月的成本写成了总额（缺少“/月”），或把“万元”写成了“元”？"
                                    : "请核对每月成本、支出的月数（资金支出计划、时效指标）和预算数：是不是把“万元”写成了“元”，"
                                            + "或资金全部支出的月份写早了？")
                            + "成本指标应与预算数相当。");
                }
            }
            if (indicator.level2().filter(TIMELINESS::equals).isPresent()) {
                Optional<Deadline> deadline = deadline(value.text(), year);
                if (deadline.isPresent() && deadline.get().year() != year) {
                    diagnostics.report(Code.GK403, at, field + ".value", "时效指标“" + value.text() + "”的完成时间在 "
                            + deadline.get().year() + " 年，不在本年度（" + year + " 年）。是不是沿用了"
                            + (deadline.get().year() < year ? "往年" : "其他年度") + "的指标值？请写本年度内的完成时间。");
                } else if (deadline.isPresent() && spent.isPresent() && deadline.get().month() > spent.getAsInt()) {
                    diagnostics.report(Code.GK404, at, field + ".value", "时效指标“" + value.text() + "”的完成时间是 "
                            + deadline.get().month() + " 月，但资金支出计划在 " + spent.getAsInt() + "月底 已达到 100%。"
                            + "请核对完成时间和资金支出计划：工作完成时间不应晚于资金全部支出的月份。");
                }
            }
            if (Framework.bare(indicator.level1()).equals(SATISFACTION)) {
                if (value instanceof IndicatorValue.Quantitative q && aboveHundredPercent(q)) {
                    diagnostics.report(Code.GK405, at, field + ".value", "满意度“" + q.text()
                            + "”超过了 100%。满意度是满意的人数占调查人数的比例，最多 100%，请改正（如 ≥90%）。");
                }
                if (!indicator.basis().isBlank() && !survey(indicator.basis())) {
                    diagnostics.report(Code.GK406, position(pf.file(), i, "basis"), field + ".basis", "满意度指标的依据是“"
                            + indicator.basis() + "”。满意度要通过调查取得，请写明调查方式，如“调查问卷”“社会调查”“满意度测评”。");
                }
            }
        }
    }

    // ---- the rules, pure -----------------------------------------------------------------------------------------

    /**
     * The months a project spends: the month its spending plan reaches 100% (12 if it never does), or the earliest
     * 时效指标 deadline in the fiscal year, whichever is smaller.
     */
    static Months months(SpendingPlan plan, List<Indicator> indicators, int year) {
        OptionalInt spent = plan == null ? OptionalInt.empty() : fullySpentMonth(plan);
        Optional<Indicator> earliest = Optional.empty();
        int deadlineMonth = Integer.MAX_VALUE;
        for (Indicator i : indicators) {
            if (i.level2().filter(TIMELINESS::equals).isEmpty()) {
                continue;
            }
            Optional<Deadline> d = deadline(i.value().text(), year).filter(x -> x.year() == year);
            if (d.isPresent() && d.get().month() < deadlineMonth) {
                deadlineMonth = d.get().month();
                earliest = Optional.of(i);
            }
        }
        int planMonth = spent.orElse(12);
        String planReason = spent.isPresent() ? "资金支出计划 " + planMonth + "月底 达到 100%"
                : plan == null ? "全年 12 个月" : "资金支出计划到 12月底";
        if (earliest.isEmpty()) {
            return new Months(planMonth, planReason);
        }
        String deadlineReason = "时效指标“" + earliest.get().value().text() + "”";
        if (deadlineMonth < planMonth) {
            return new Months(deadlineMonth, deadlineReason);
        }
        return new Months(planMonth, deadlineMonth == planMonth ? planReason + "，" + deadlineReason : planReason);
    }

    /** The first checkpoint month at which the plan reaches 100%, if any. */
    static OptionalInt fullySpentMonth(SpendingPlan plan) {
        for (SpendingPlan.Checkpoint c : plan.checkpoints()) {
            if (c.percent().filter(p -> p.value().compareTo(HUNDRED) >= 0).isPresent()) {
                return OptionalInt.of(c.month().number());
            }
        }
        return OptionalInt.empty();
    }

    /** The deadline a 时效指标 value names: its last date; a year alone means December, a month alone the fiscal year. */
    static Optional<Deadline> deadline(String text, int fiscalYear) {
        String s = IndicatorValues.folded(text);
        Matcher m = DATE.matcher(s);
        Deadline last = null;
        int year = fiscalYear;
        while (m.find()) {
            int month;
            if (m.group("year") != null) {
                year = Integer.parseInt(m.group("year"));
                month = m.group("month") == null ? 12 : Integer.parseInt(m.group("month"));
            } else if (m.group("monthOnly") != null) {
                month = Integer.parseInt(m.group("monthOnly"));
            } else if (m.group("quarter") != null) {
                String quarter = m.group("quarter");
                month = 3 * ("1234".contains(quarter) ? Integer.parseInt(quarter) : "一二三四".indexOf(quarter) + 1);
            } else if (m.group("half") != null) {
                month = m.group("half").equals("上半年") ? 6 : 12;
            } else {
                month = 12;
            }
            if (month >= 1 && month <= 12) {
                last = new Deadline(year, month);
            }
        }
        return Optional.ofNullable(last);
    }

    /** The figure of a money 成本指标 that is compared with 预算数: a number in 万元, 元, 万元/月 or 元/月. */
    static Optional<IndicatorValue.Quantitative> costFigure(Indicator i) {
        boolean cost = Framework.bare(i.level1()).equals(COST) || i.level2().filter(COST::equals).isPresent();
        if (!cost || !(i.value() instanceof IndicatorValue.Quantitative q)) {
            return Optional.empty();
        }
        if (!List.of("万元", "元", "万元/月", "元/月").contains(q.unit())) {
            return Optional.empty();
        }
        String names = i.level3() + " " + i.description();
        return PER_UNIT.stream().anyMatch(names::contains) ? Optional.empty() : Optional.of(q);
    }

    /**
     * Compares a money cost figure (unit 万元, 元, 万元/月 or 元/月) with the budget.
     *
     * @param months        the months the project spends, used for a per-month figure
     * @param farBelowCheck whether GK402 may apply (the project has only this comparable figure)
     */
    static Cost cost(IndicatorValue.Quantitative q, Budget budget, int months, boolean farBelowCheck) {
        boolean perMonth = q.unit().endsWith("/月");
        int shift = q.unit().startsWith("万元") ? 0 : 4;
        BigDecimal figure = q.number().movePointLeft(shift);
        BigDecimal lastDigit = BigDecimal.ONE.movePointLeft(Math.max(q.number().scale(), 0) + shift);
        boolean upperBound = q.comparator() == Comparator.LE || q.comparator() == Comparator.LT;
        BigDecimal rounding = upperBound ? lastDigit : lastDigit.multiply(HALF);
        int factor = perMonth ? months : 1;
        BigDecimal implied = figure.multiply(BigDecimal.valueOf(factor));
        BigDecimal costSlack = rounding.multiply(BigDecimal.valueOf(factor));
        BigDecimal total = budget.total().value();
        BigDecimal budgetSlack = BigDecimal.ONE.movePointLeft(Math.max(total.scale(), 0)).multiply(HALF);

        Verdict verdict = Verdict.CONSISTENT;
        if (implied.subtract(total).compareTo(costSlack.add(budgetSlack)) > 0) {
            verdict = Verdict.EXCEEDS;
        } else if (farBelowCheck && q.comparator() != Comparator.GE && q.comparator() != Comparator.GT
                && implied.add(costSlack).multiply(TWO).compareTo(total.subtract(budgetSlack)) < 0) {
            verdict = Verdict.FAR_BELOW;
        }
        return new Cost(implied, costSlack, total, budgetSlack, perMonth ? months : 0, upperBound, verdict);
    }

    /** Whether a satisfaction value is an impossible percentage: above 100%, or more than 100%. */
    static boolean aboveHundredPercent(IndicatorValue.Quantitative q) {
        if (!q.unit().equals("%")) {
            return false;
        }
        int c = q.number().compareTo(HUNDRED);
        return c > 0 || (c == 0 && q.comparator() == Comparator.GT);
    }

    /** Whether a 指标值确定依据 names a survey. */
    static boolean survey(String basis) {
        return SURVEY.stream().anyMatch(basis::contains);
    }

    /**
     * The message for a declared unit total that the projects' 预算数 do not add up to, allowing half a unit of the
     * last digit of every figure; empty when they agree.
     */
    static Optional<String> unitTotal(List<Amount> budgets, Amount declared) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal slack = halfUnit(declared.value());
        for (Amount a : budgets) {
            sum = sum.add(a.value());
            slack = slack.add(halfUnit(a.value()));
        }
        BigDecimal difference = sum.subtract(declared.value()).abs();
        if (difference.compareTo(slack) <= 0) {
            return Optional.empty();
        }
        return Optional.of(budgets.size() + " 个项目的预算数之和是 " + sum.toPlainString() + " 万元，与填写的项目预算合计 "
                + declared.text() + " 万元相差 " + difference.toPlainString() + " 万元（四舍五入最多相差 " + slack.toPlainString()
                + " 万元）。请核对是否漏填或多填了项目、某个项目的预算数是否写错，或合计是否写错。");
    }

    private static BigDecimal halfUnit(BigDecimal value) {
        return BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).multiply(HALF);
    }

    /** Where {@code indicators[index].key} is written in the project file; the whole file if it cannot be found. */
    private static Position position(SourceTree.YamlFile file, int index, String key) {
        return file.root()
                .filter(Node.Mapping.class::isInstance).map(Node.Mapping.class::cast)
                .flatMap(root -> root.entry("indicators")).map(Node.Entry::value)
                .filter(Node.Sequence.class::isInstance).map(Node.Sequence.class::cast)
                .filter(seq -> index < seq.items().size()).map(seq -> seq.items().get(index))
                .filter(Node.Mapping.class::isInstance).map(Node.Mapping.class::cast)
                .flatMap(item -> item.entry(key)).map(e -> e.value().position())
                .orElse(Position.ofFile(file.file().path()));
    }
}
