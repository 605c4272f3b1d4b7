package gongkai.view;

import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Totals;
import gongkai.model.Unit;
import gongkai.view.Views.Category;
import gongkai.view.Views.CategoryGroup;
import gongkai.view.Views.ProjectRow;
import gongkai.view.Views.ProjectTable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The sortable, filterable project tables of the unit and year pages: rows in the disclosure's order, and for the
 * script the raw amounts, the name order of Chinese collation and the indicator categories of every project.
 */
final class ProjectTables {

    private ProjectTables() {}

    /** A project as the table lists it, with the unit it belongs to. */
    record Item(int year, Unit unit, Project project) {}

    /**
     * A table with every item as a row.
     *
     * @param page the path of the page the table is on, for relative links
     */
    static ProjectTable of(String id, String caption, boolean showUnit, boolean showFunds, List<Item> items, String page) {
        return of(id, caption, showUnit, showFunds, items, page, null);
    }

    /**
     * A table whose rows are only the first {@link YearTables#PAGE_SIZE} items when {@code paging} is given: its
     * script loads the rest from the files {@code paging} names.
     */
    static ProjectTable of(String id, String caption, boolean showUnit, boolean showFunds, List<Item> items, String page,
                           Views.Paging paging) {
        Map<String, Map<String, String>> keys = categoryKeys(items);
        List<CategoryGroup> groups = new ArrayList<>();
        keys.forEach((level1, level2s) -> groups.add(new CategoryGroup(level2s.get(""), level1,
                level2s.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                        .map(e -> new Category(e.getValue(), e.getKey())).toList())));

        int[] ranks = nameRanks(items);
        List<ProjectRow> rows = new ArrayList<>();
        int shown = paging == null ? items.size() : Math.min(items.size(), paging.pageSize());
        for (int i = 0; i < shown; i++) {
            Item item = items.get(i);
            Project p = item.project();
            Set<String> rowKeys = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            for (Indicator ind : p.indicators()) {
                rowKeys.add(keys.get(ind.level1()).get(""));
                ind.level2().ifPresent(l2 -> {
                    rowKeys.add(keys.get(ind.level1()).get(l2));
                    names.add(l2);
                });
                if (ind.level2().isEmpty()) {
                    names.add(ind.level1());
                }
            }
            rows.add(new ProjectRow(i + 1, item.unit().name(),
                    ViewBuilder.relative(page, ViewBuilder.unitPath(item.year(), item.unit().code())),
                    p.code(), p.name(), ViewBuilder.relative(page, ViewBuilder.projectPath(item.year(), item.unit().code(), p.code())),
                    Format.amount(p.budget().total()), p.budget().fiscal().map(Format::amount).orElse(null),
                    p.budget().other().map(Format::amount).orElse(null),
                    p.budget().total().value().toPlainString(), ranks[i],
                    String.join(" ", rowKeys), String.join("、", names)));
        }
        Totals totals = Totals.of(items.stream().map(Item::project).toList());
        return new ProjectTable(id, caption, showUnit, showFunds, rows, items.size(), paging, groups,
                "合计（全部 " + items.size() + " 个项目）",
                Format.amount(totals.total()), totals.fiscal().map(Format::amount).orElse(null), totals.other().map(Format::amount).orElse(null),
                ViewBuilder.relative(page, "static/tables.js"));
    }


    /**
     * A key for every 一级指标 (under "") and every 二级指标 of the listed projects, in the order they first appear:
     * {@code c1} for the first 一级, {@code c1-2} for its second 二级. Keys, not names, go into the page's
     * attributes, so no name can break the list.
     */
    private static Map<String, Map<String, String>> categoryKeys(List<Item> items) {
        Map<String, Map<String, String>> keys = new LinkedHashMap<>();
        for (Item item : items) {
            for (Indicator ind : item.project().indicators()) {
                Map<String, String> level2s = keys.computeIfAbsent(ind.level1(), l1 -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("", "c" + (keys.size() + 1));
                    return m;
                });
                ind.level2().ifPresent(l2 -> level2s.computeIfAbsent(l2, k -> level2s.get("") + "-" + level2s.size()));
            }
        }
        return keys;
    }

    /** The place (1 first) of each item's name in Chinese collation order (by pinyin), ties by code. */
    static int[] nameRanks(List<Item> items) {
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        Comparator<Integer> byName = Comparator.comparing((Integer i) -> items.get(i).project().name(), collator)
                .thenComparing(i -> items.get(i).project().code());
        List<Integer> sorted = IntStream.range(0, items.size()).boxed().sorted(byName).toList();
        int[] ranks = new int[items.size()];
        for (int r = 0; r < sorted.size(); r++) {
            ranks[sorted.get(r)] = r + 1;
        }
        return ranks;
    }
}
