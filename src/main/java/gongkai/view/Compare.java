package gongkai.view;

import java.util.List;

/**
 * The views of 历年对比 (made by {@link YearComparison}, shown by {@code templates/compare.ftlh}). Plain immutable data:
 * every string is ready to print, every change is said in words; {@code kind} only picks a colour.
 */
public final class Compare {

    private Compare() {}

    /**
     * A project and the earlier projects it continues, side by side, oldest year first; the last column is this page.
     *
     * @param summary   one sentence saying which project it continues and what changed since the year before
     * @param earlier   how each earlier year was found, the nearest first
     * @param budget    预算数, 财政资金, 其他资金
     * @param indicators every indicator of any of the years, matched by 一级/二级/三级指标
     */
    public record ProjectYears(String caption, String summary, List<Column> years, List<Source> earlier, List<Row> budget,
            List<Row> indicators) {}

    /** A year's column header, such as {@code 2021年}. */
    public record Column(String label, String id) {}

    /**
     * An earlier project of the comparison.
     *
     * @param how why it counts as the same project: 本项目注明延续此项目 or 同一单位的同名项目
     */
    public record Source(String year, String name, String code, String href, String how) {}

    /**
     * One row: a budget figure or an indicator, with one cell per year.
     *
     * @param group the 一级 and 二级指标 of an indicator row ({@code 产出指标 · 数量指标}), null for a budget row
     */
    public record Row(String group, String label, List<Cell> cells) {}

    /**
     * One year's value in a row.
     *
     * @param value        what the year's table says; null when the indicator is not in that year's table (未列出)
     * @param valueSpoken  how a screen reader should say the value, or null when the text reads well
     * @param change       the change from the year before in words (由 ≥90% 提高到 ≥95%, 新增, 不再列出, 未变); null in the
     *                     first year
     * @param changeSpoken how a screen reader should say the change, or null when the text reads well
     * @param kind         up, down, changed, new, dropped, same or none: for the colour of the change only
     */
    public record Cell(String value, String valueSpoken, String change, String changeSpoken, String kind) {}

    /** The totals of a unit in every year in which it appears, oldest first. */
    public record UnitYears(String caption, List<UnitYear> years) {}

    /**
     * One year of a unit.
     *
     * @param href   its unit page, relative; null on the row of the page itself
     * @param other  the sum of 其他资金, null when every project leaves it blank
     * @param change the change from the year before in words, null in the first year
     */
    public record UnitYear(String year, String href, int projectCount, String total, String fiscal, String other, String change,
            String kind) {}
}
