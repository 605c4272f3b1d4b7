package gongkai.view;

import gongkai.format.Column;
import gongkai.model.Form;
import gongkai.model.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An indicator table as the form prints it: the form's columns in its order and with its headings, and the merged
 * cells of the official table, where a 一级 or 二级 cell is printed on the first row of its group only, spanning the
 * group. Pure: no I/O.
 */
final class IndicatorTables {

    private IndicatorTables() {}

    /** The glossary entry each column's heading links to. */
    static String term(Column c) {
        return switch (c) {
            case LEVEL1 -> "level1";
            case LEVEL2 -> "level2";
            case LEVEL3 -> "level3";
            case SCORE -> "score";
            case DESCRIPTION -> "description";
            case EXPLANATION -> "explanation";
            case VALUE_TYPE -> "value-type";
            case STANDARD -> "standard";
            case VALUE -> "value";
            case MEASURE_UNIT -> "measure-unit";
            case BASIS -> "basis";
            case SCORING -> "scoring";
            case REMARK -> "remark";
        };
    }

    /** The id of a column's header cell. */
    static String id(Column c) {
        return switch (c) {
            case LEVEL1 -> "c-l1";
            case LEVEL2 -> "c-l2";
            case LEVEL3 -> "c-l3";
            case DESCRIPTION -> "c-desc";
            case EXPLANATION -> "c-expl";
            case VALUE_TYPE -> "c-type";
            case MEASURE_UNIT -> "c-mu";
            default -> "c-" + c.key().replace('_', '-');
        };
    }

    /**
     * @param used        whether any table this one is shown beside (the unit's other projects) has a value in a column:
     *                    decides the standard form's optional columns, so that every project of a unit has the same
     *                    columns
     * @param level1Score the 分值 written on a 一级指标's cell, by its name
     */
    static Views.IndicatorTable of(Form.IndicatorForm form, List<Indicator> rows, Predicate<Column> used, Map<String, String> level1Score,
            String caption) {
        List<Form.ColumnSpec> shown = form.columns().stream().filter(s -> !s.whenUsed() || used.test(s.column())).toList();
        List<Views.ColumnHead> heads = shown.stream()
                .map(s -> new Views.ColumnHead(id(s.column()), s.heading(), term(s.column()), s.column() == Column.SCORE ? "num" : null,
                        s.column() == Column.LEVEL1 || s.column() == Column.LEVEL2 || s.column() == Column.LEVEL3))
                .toList();
        boolean hasLevel2 = form.has(Column.LEVEL2);
        List<Form.ColumnSpec> data = shown.stream()
                .filter(s -> s.column() != Column.LEVEL1 && s.column() != Column.LEVEL2 && s.column() != Column.LEVEL3).toList();

        List<Views.IndicatorRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Indicator ind = rows.get(i);
            boolean startsLevel1 = i == 0 || !rows.get(i - 1).level1().equals(ind.level1());
            boolean startsLevel2 = startsLevel1 || !rows.get(i - 1).level2().equals(ind.level2());
            int l1Span = startsLevel1 ? span(rows, i, false) : 0;
            int l2Span = startsLevel2 ? span(rows, i, true) : 0;
            int l1Start = i;
            while (l1Start > 0 && rows.get(l1Start - 1).level1().equals(ind.level1())) {
                l1Start--;
            }
            int l2Start = i;
            while (l2Start > l1Start && rows.get(l2Start - 1).level2().equals(ind.level2())) {
                l2Start--;
            }
            String l1Id = "i" + l1Start + "-l1";
            String l2Id = "i" + l2Start + "-l2";
            String l3Id = ViewBuilder.indicatorAnchor(i);
            String rowHeaders = hasLevel2 ? String.join(" ", l1Id, l2Id, l3Id) : String.join(" ", l1Id, l3Id);
            List<Views.Cell> cells = new ArrayList<>();
            for (Form.ColumnSpec s : data) {
                Column c = s.column();
                String text = ind.text(c).orElse(null);
                String spoken = c == Column.VALUE && !ind.value().text().isEmpty() ? Format.spoken(ind.value()) : null;
                String css = c == Column.SCORE ? "num" : c == Column.VALUE ? "value" : null;
                cells.add(new Views.Cell(id(c), text, spoken, css, label(c)));
            }
            out.add(new Views.IndicatorRow(ind.level1(), l1Id, l1Span, level1Score.get(ind.level1()),
                    ind.level2().orElse(""), l2Id, hasLevel2 ? l2Span : 0, ind.level3(), l3Id, cells, rowHeaders));
        }
        List<Breaks.Column> widths = shown.stream().map(s -> new Breaks.Column(s.heading(), rows.stream()
                .map(i -> s.column() == Column.LEVEL1 && level1Score.containsKey(i.level1())
                        ? i.level1() + "（" + level1Score.get(i.level1()) + "）" : i.text(s.column()).orElse(null))
                .filter(Objects::nonNull).toList(), label(s.column()))).toList();
        return new Views.IndicatorTable(caption, heads, hasLevel2, heads.size(), out, Breaks.rooms(widths));
    }

    /**
     * Whether a column holds labels and values (a 一级 or 二级 name, a number with its unit, 定量, 计划标准), which are
     * kept on one line first, rather than running text (三级指标, descriptions, explanations), which wraps first.
     */
    static boolean label(Column c) {
        return switch (c) {
            case LEVEL1, LEVEL2, SCORE, VALUE_TYPE, STANDARD, VALUE, MEASURE_UNIT -> true;
            case LEVEL3, DESCRIPTION, EXPLANATION, BASIS, SCORING, REMARK -> false;
        };
    }

    /** How many rows from {@code start} share the 一级 (and, if {@code level2}, the 二级) of row {@code start}. */
    private static int span(List<Indicator> rows, int start, boolean level2) {
        Indicator first = rows.get(start);
        int n = 1;
        while (start + n < rows.size()) {
            Indicator next = rows.get(start + n);
            boolean same = next.level1().equals(first.level1()) && (!level2 || Objects.equals(next.level2(), first.level2()));
            if (!same) {
                break;
            }
            n++;
        }
        return n;
    }
}
