package gongkai.view;

import gongkai.model.Amount;
import gongkai.model.Indicator;
import gongkai.model.IndicatorValue;
import gongkai.model.Project;
import gongkai.model.ProjectLineage;
import gongkai.model.Site;
import gongkai.model.Totals;
import gongkai.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.Function;

/**
 * 历年对比: a project beside the earlier projects it continues ({@link ProjectLineage}), and a unit's totals per year.
 * Pure: no I/O. Changes are said in words; colour ({@code kind}) only repeats them.
 *
 * <p>Amounts rise (增加) or fall (减少). An indicator value rises (提高) or falls (降低) only when both years' values are
 * numbers with the same comparator and the same unit ({@code ≥90%} → {@code ≥95%}); any other difference is said as
 * {@code 由 X 改为 Y}, since a number in another unit or with another comparator is not larger or smaller. Values
 * that parse to the same comparator, number and unit are 未变 even when written differently.
 */
final class YearComparison {

    /** The kind of a change, for its colour. */
    enum Kind {
        UP, DOWN, CHANGED, NEW, DROPPED, SAME, NONE;

        String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A change in words, and how a screen reader should say it (null when the words read well). */
    record Change(String text, String spoken, Kind kind) {}

    private static final String BLANK = "空白";

    private final ProjectLineage lineage;

    YearComparison(Site site) {
        this.lineage = ProjectLineage.of(site);
    }

    /** The comparison of a project page at {@code path}, or null when the project continues no earlier project. */
    Compare.ProjectYears project(int year, Unit unit, Project project, String path) {
        List<ProjectLineage.Link> chain = lineage.earlier(year, unit, project);
        if (chain.isEmpty()) {
            return null;
        }
        List<ProjectLineage.Entry> entries = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            entries.add(chain.get(i).entry());
        }
        entries.add(new ProjectLineage.Entry(year, unit, project));

        List<Compare.Column> columns = entries.stream().map(e -> new Compare.Column(e.year() + "年", "cmp-y" + e.year())).toList();
        List<Compare.Source> sources = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            ProjectLineage.Link link = chain.get(i);
            ProjectLineage.Entry e = link.entry();
            String after = i == 0 ? "本项目" : chain.get(i - 1).entry().year() + "年的项目";
            String how = link.match() == ProjectLineage.Match.CONTINUES ? after + "注明延续此项目" : "与" + after + "同名（同一单位）";
            sources.add(new Compare.Source(e.year() + "年", e.project().name(), e.project().code(),
                    ViewBuilder.relative(path, ViewBuilder.projectPath(e.year(), e.unit().code(), e.project().code())), how));
        }

        List<Compare.Row> budget = List.of(
                amountRow("预算数", entries, p -> Optional.of(p.budget().total())),
                amountRow("其中：财政资金", entries, p -> p.budget().fiscal()),
                amountRow("其他资金", entries, p -> p.budget().other()));
        List<Compare.Row> indicators = indicatorRows(entries);

        int first = entries.get(0).year();
        ProjectLineage.Entry previous = entries.get(entries.size() - 2);
        String caption = project.name() + " 历年对比（" + first + "—" + year + "年，金额单位：万元）";
        return new Compare.ProjectYears(caption, summary(previous, chain.get(0).match(), budget.get(0), indicators),
                columns, sources, budget, indicators);
    }

    private static String summary(ProjectLineage.Entry previous, ProjectLineage.Match match, Compare.Row total,
            List<Compare.Row> indicators) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String word : List.of("提高", "降低", "改变", "新增", "不再列出", "未变")) {
            counts.put(word, 0);
        }
        for (Compare.Row r : indicators) {
            Compare.Cell last = r.cells().get(r.cells().size() - 1);
            String word = switch (last.kind()) {
                case "up" -> "提高";
                case "down" -> "降低";
                case "changed" -> "改变";
                case "new" -> "新增";
                case "dropped" -> "不再列出";
                case "same" -> "未变";
                default -> null;
            };
            if (word != null) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((word, n) -> {
            if (n > 0) {
                parts.add(n + " 项" + word);
            }
        });
        Compare.Cell totalNow = total.cells().get(total.cells().size() - 1);
        return (match == ProjectLineage.Match.CONTINUES ? "本项目延续" : "本项目与同一单位")
                + " " + previous.year() + " 年的“" + previous.project().name() + "”"
                + (match == ProjectLineage.Match.CONTINUES ? "" : "名称相同，视为延续项目") + "。与上年相比，预算数"
                + (totalNow.kind().equals("same") ? "未变" : totalNow.change()) + "；"
                + (parts.isEmpty() ? "没有可比的绩效指标" : "绩效指标中 " + String.join("，", parts)) + "。";
    }

    private static Compare.Row amountRow(String label, List<ProjectLineage.Entry> entries, Function<Project, Optional<Amount>> amount) {
        List<Compare.Cell> cells = new ArrayList<>();
        Optional<Amount> before = Optional.empty();
        for (int i = 0; i < entries.size(); i++) {
            Optional<Amount> now = amount.apply(entries.get(i).project());
            Change c = i == 0 ? null : amountChange(before, now);
            cells.add(new Compare.Cell(now.map(Format::amount).orElse(BLANK), null, c == null ? null : c.text(), null,
                    c == null ? Kind.NONE.css() : c.kind().css()));
            before = now;
        }
        return new Compare.Row(null, label, cells);
    }

    /** An indicator's place in its table: 一级/二级/三级指标, and which of several rows with these names. */
    private record IndicatorKey(String level1, String level2, String level3, int occurrence) {
        String group() {
            return level2.isEmpty() ? level1 : level1 + " · " + level2;
        }
    }

    private static Map<IndicatorKey, Indicator> keyed(Project p) {
        Map<IndicatorKey, Indicator> out = new LinkedHashMap<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (Indicator i : p.indicators()) {
            List<String> names = List.of(i.level1(), i.level2().orElse(""), i.level3());
            int n = seen.merge(names, 1, Integer::sum);
            out.put(new IndicatorKey(names.get(0), names.get(1), names.get(2), n), i);
        }
        return out;
    }

    /** The indicators of this year in their order, then those of earlier years only, the nearest year first. */
    private static List<Compare.Row> indicatorRows(List<ProjectLineage.Entry> entries) {
        List<Map<IndicatorKey, Indicator>> tables = entries.stream().map(e -> keyed(e.project())).toList();
        List<IndicatorKey> keys = new ArrayList<>();
        for (int y = tables.size() - 1; y >= 0; y--) {
            for (IndicatorKey k : tables.get(y).keySet()) {
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        List<Compare.Row> rows = new ArrayList<>();
        for (IndicatorKey k : keys) {
            List<Compare.Cell> cells = new ArrayList<>();
            for (int y = 0; y < tables.size(); y++) {
                Indicator now = tables.get(y).get(k);
                Indicator before = y == 0 ? null : tables.get(y - 1).get(k);
                Change c = y == 0 ? null : indicatorChange(before, now);
                cells.add(new Compare.Cell(now == null ? null : now.value().text(), now == null ? null : Format.spoken(now.value()),
                        c == null ? null : c.text(), c == null ? null : c.spoken(), c == null ? Kind.NONE.css() : c.kind().css()));
            }
            rows.add(new Compare.Row(k.group(), k.level3(), cells));
        }
        return rows;
    }

    private static Change indicatorChange(Indicator before, Indicator now) {
        if (before == null && now == null) {
            return new Change("未列出", null, Kind.NONE);
        }
        if (before == null) {
            return new Change("新增", null, Kind.NEW);
        }
        if (now == null) {
            return new Change("不再列出", null, Kind.DROPPED);
        }
        return valueChange(before.value(), now.value());
    }

    /** The change of an indicator value: 提高/降低 only for numbers with the same comparator and unit. */
    static Change valueChange(IndicatorValue before, IndicatorValue now) {
        if (before instanceof IndicatorValue.Quantitative a && now instanceof IndicatorValue.Quantitative b
                && a.comparator() == b.comparator() && a.unit().equals(b.unit())) {
            int c = b.number().compareTo(a.number());
            if (c == 0) {
                return new Change("未变", null, Kind.SAME);
            }
            return words(before, now, c > 0 ? "提高到" : "降低到", c > 0 ? Kind.UP : Kind.DOWN);
        }
        if (before.text().equals(now.text())) {
            return new Change("未变", null, Kind.SAME);
        }
        return words(before, now, "改为", Kind.CHANGED);
    }

    private static Change words(IndicatorValue before, IndicatorValue now, String verb, Kind kind) {
        String text = "由 " + before.text() + " " + verb + " " + now.text();
        String a = Format.spoken(before);
        String b = Format.spoken(now);
        String spoken = a == null && b == null ? null
                : "由 " + (a == null ? before.text() : a) + " " + verb + " " + (b == null ? now.text() : b);
        return new Change(text, spoken, kind);
    }

    /** The change of an amount in 万元; a blank cell (其他资金) is 空白, not zero. */
    static Change amountChange(Optional<Amount> before, Optional<Amount> now) {
        if (before.isEmpty() && now.isEmpty()) {
            return new Change("未变", null, Kind.SAME);
        }
        if (before.isEmpty() || now.isEmpty()) {
            return new Change("由 " + before.map(a -> Format.amount(a) + " 万元").orElse(BLANK) + " 改为 "
                    + now.map(a -> Format.amount(a) + " 万元").orElse(BLANK), null, Kind.CHANGED);
        }
        int c = now.get().value().compareTo(before.get().value());
        if (c == 0) {
            return new Change("未变", null, Kind.SAME);
        }
        return new Change("由 " + Format.amount(before.get()) + " 万元 " + (c > 0 ? "增加到" : "减少到") + " "
                + Format.amount(now.get()) + " 万元", null, c > 0 ? Kind.UP : Kind.DOWN);
    }

    /** The unit's totals per year on its page at {@code path}, or null when the unit appears in one year only. */
    Compare.UnitYears unit(int year, Unit unit, String path) {
        NavigableMap<Integer, Unit> years = lineage.yearsOf(unit.code());
        if (years.size() < 2) {
            return null;
        }
        List<Compare.UnitYear> rows = new ArrayList<>();
        Unit before = null;
        for (Map.Entry<Integer, Unit> e : years.entrySet()) {
            Unit u = e.getValue();
            Totals totals = Totals.of(u.projects());
            Change c = before == null ? null : unitChange(before, u);
            rows.add(new Compare.UnitYear(e.getKey() + "年" + (e.getKey() == year ? "（本页）" : ""),
                    e.getKey() == year ? null : ViewBuilder.relative(path, ViewBuilder.unitPath(e.getKey(), u.code())),
                    u.projects().size(), Format.amount(totals.total()), totals.fiscal().map(Format::amount).orElse(null),
                    totals.other().map(Format::amount).orElse(null),
                    c == null ? null : c.text(), c == null ? Kind.NONE.css() : c.kind().css()));
            before = u;
        }
        return new Compare.UnitYears(unit.name() + " 历年预算项目合计（" + years.firstKey() + "—" + years.lastKey() + "年，金额单位：万元）", rows);
    }

    private static Change unitChange(Unit before, Unit now) {
        Change total = amountChange(Optional.of(total(before)), Optional.of(total(now)));
        int a = before.projects().size();
        int b = now.projects().size();
        String count = a == b ? "项目数未变（" + b + " 个）" : "项目数由 " + a + " 个" + (b > a ? "增加到 " : "减少到 ") + b + " 个";
        return new Change("预算数" + (total.kind() == Kind.SAME ? "未变" : total.text()) + "；" + count, null, total.kind());
    }

    private static Amount total(Unit u) {
        BigDecimal t = Totals.of(u.projects()).total();
        return new Amount(t, t.toPlainString());
    }
}
