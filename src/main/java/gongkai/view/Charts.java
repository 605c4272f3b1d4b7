package gongkai.view;

import gongkai.model.Project;
import gongkai.model.SpendingPlan;
import gongkai.model.Totals;
import gongkai.view.Views.Bar;
import gongkai.view.Views.BarChart;
import gongkai.view.Views.ChartText;
import gongkai.view.Views.PlanChart;
import gongkai.view.Views.PlanColumn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The geometry of the charts, computed at build time: templates print the coordinates as inline SVG, and no
 * script draws anything. Lengths across the chart are percentages of its width (it fills any screen); lengths
 * down are in em (it grows with the text size, in the large-text mode too).
 */
public final class Charts {

    private Charts() {}

    /** Line height of chart labels, in em. */
    private static final double LINE = 1.5;
    /** Widest label line, in em: fits a 320 px screen in the large-text mode. */
    static final double LABEL_WIDTH = 12;
    private static final double BAR = 1.1;
    private static final double GAP = 1.0;

    /**
     * 预算数 per project as horizontal bars, largest first (ties in the disclosure's order). Each bar has its name
     * and its amount with its share of the total above it; its length is its amount over the largest amount.
     */
    public static BarChart budgetBars(String id, List<Project> projects) {
        List<Project> sorted = IntStream.range(0, projects.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> projects.get(i).budget().total().value()).reversed()
                        .thenComparing(i -> i))
                .map(projects::get).toList();
        BigDecimal total = Totals.of(projects).total();
        BigDecimal max = sorted.isEmpty() ? BigDecimal.ZERO : sorted.get(0).budget().total().value();
        List<Bar> bars = new ArrayList<>();
        double y = 0;
        for (Project p : sorted) {
            BigDecimal amount = p.budget().total().value();
            List<ChartText> label = new ArrayList<>();
            List<String> lines = new ArrayList<>(wrap(p.name(), LABEL_WIDTH));
            lines.add(Format.amount(p.budget().total()) + " 万元" + share(amount, total).map(s -> "，占 " + s).orElse(""));
            for (String line : lines) {
                y += LINE;
                label.add(new ChartText(line, "0", em(y - 0.35)));
            }
            double barTop = y + 0.2;
            bars.add(new Bar(label, em(barTop), em(BAR), percent(amount, max), Format.amount(p.budget().total())));
            y = barTop + BAR + GAP;
        }
        return new BarChart(id, "各项目预算数（万元，从多到少）", budgetSummary(sorted, total),
                "同样的数字见上方的项目表（可按预算数排序）。", em(Math.max(y - GAP + 0.2, LINE)), bars);
    }

    private static String budgetSummary(List<Project> sorted, BigDecimal total) {
        if (sorted.isEmpty()) {
            return "没有项目。";
        }
        Project top = sorted.get(0);
        String first = "共 " + sorted.size() + " 个项目，预算合计 " + Format.amount(total) + " 万元。";
        if (sorted.size() == 1) {
            return first + "只有一个项目：" + top.name() + "。";
        }
        Project last = sorted.get(sorted.size() - 1);
        return first + "预算最多的是" + top.name() + "，" + Format.amount(top.budget().total()) + " 万元"
                + share(top.budget().total().value(), total).map(s -> "，占 " + s).orElse("")
                + "；最少的是" + last.name() + "，" + Format.amount(last.budget().total()) + " 万元"
                + share(last.budget().total().value(), total).map(s -> "，占 " + s).orElse("") + "。";
    }

    /** {@code 27.9%} of the total, or empty when the total is zero. */
    private static java.util.Optional<String> share(BigDecimal amount, BigDecimal total) {
        if (total.signum() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(amount.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP).toPlainString() + "%");
    }

    /** Height of the plotting area of the plan chart (100%), in em. */
    private static final double PLOT = 8;
    /** Room above the plot for the value over a full column. */
    private static final double TOP = 1.8;

    /**
     * The cumulative 资金支出计划 as one column per checkpoint month, its height the percentage. A month the
     * official table leaves blank gets no column and the word 空白: a gap, never a column of 0%.
     */
    public static PlanChart spendingPlan(String id, SpendingPlan plan) {
        List<SpendingPlan.Checkpoint> points = plan.checkpoints();
        double slot = 100.0 / Math.max(points.size(), 1);
        double baseline = TOP + PLOT;
        List<PlanColumn> columns = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            SpendingPlan.Checkpoint c = points.get(i);
            String centre = number(slot * i + slot / 2) + "%";
            ChartText label = new ChartText(c.month().label(), centre, em(baseline + 1.4));
            if (c.percent().isEmpty()) {
                columns.add(new PlanColumn(c.month().label(), true, null, null, null, null,
                        new ChartText("空白", centre, em(baseline - 0.4)), label));
                said.add(c.month().label() + " 空白（未填）");
            } else {
                BigDecimal value = c.percent().get().value();
                double height = value.doubleValue() / 100 * PLOT;
                String text = value.stripTrailingZeros().toPlainString() + "%";
                columns.add(new PlanColumn(c.month().label(), false, number(slot * i + slot * 0.3) + "%", number(slot * 0.4) + "%",
                        em(baseline - height), em(height), new ChartText(text, centre, em(baseline - height - 0.4)), label));
                said.add(c.month().label() + " " + text);
            }
        }
        List<ChartText> grid = List.of(new ChartText("50%", "0", em(baseline - PLOT / 2)), new ChartText("100%", "0", em(TOP)));
        boolean anyBlank = columns.stream().anyMatch(PlanColumn::blank);
        String summary = "截至各月底累计支出占预算的比例：" + String.join("，", said) + "。"
                + (anyBlank ? "空白的月份在公开文件中未填，图中不画柱子，不表示 0%。" : "");
        return new PlanChart(id, "资金支出计划（截至各月底累计，%）", summary,
                "同样的数字见上方“项目基本信息”表中的“资金支出计划（%）”一行。",
                em(baseline + 2.0), em(baseline), grid, columns);
    }

    /**
     * Splits a label into lines no wider than {@code width} em, counting a CJK character (or any non-ASCII) as 1 em
     * and an ASCII character as 0.6 em.
     */
    static List<String> wrap(String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            double w = cp < 128 ? 0.6 : 1;
            if (used + w > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String percent(BigDecimal amount, BigDecimal max) {
        if (max.signum() == 0) {
            return "0%";
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private static String em(double value) {
        return number(value) + "em";
    }

    /** At most two decimals, no trailing zeros: {@code 12.5}, {@code 3}. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
