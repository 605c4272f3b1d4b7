package gongkai.diff;

import gongkai.diff.SiteDiff.ProjectDiff;
import gongkai.diff.SiteDiff.Status;
import gongkai.diff.SiteDiff.UnitDiff;
import gongkai.diff.SiteDiff.YearDiff;
import gongkai.model.Amount;
import gongkai.model.FiscalYear;
import gongkai.model.Framework;
import gongkai.model.Goal;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.SiteConfig;
import gongkai.model.SpendingPlan;
import gongkai.model.Unit;
import gongkai.view.Format;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two checked sites. Pure: no I/O, no state. Years are matched by year, units by code, projects by code
 * within their unit, indicators by 一级, 二级 and 三级指标 (the n-th of equal rows with the n-th), 分项绩效目标 by title.
 * Only what the site shows is compared: amounts by value ({@code 30} and {@code 30.00} are the same), text as written.
 */
public final class ModelDiff {

    private ModelDiff() {}

    public static SiteDiff compare(Site before, Site after) {
        List<Change> site = new ArrayList<>();
        SiteConfig a = before.config();
        SiteConfig b = after.config();
        text(site, Field.SITE_TITLE, a.title(), b.title());
        text(site, Field.SITE_DESCRIPTION, a.description(), b.description());
        text(site, Field.SITE_PUBLISHER, a.publisher(), b.publisher());
        edit(site, Field.PDF_FONTS, "", a.pdfFonts().map(ModelDiff::fonts), b.pdfFonts().map(ModelDiff::fonts));

        Map<Integer, FiscalYear> oldYears = byKey(before.years(), FiscalYear::year);
        Map<Integer, FiscalYear> newYears = byKey(after.years(), FiscalYear::year);
        TreeSet<Integer> all = new TreeSet<>(Comparator.reverseOrder());
        all.addAll(oldYears.keySet());
        all.addAll(newYears.keySet());
        List<YearDiff> years = new ArrayList<>();
        for (int year : all) {
            FiscalYear o = oldYears.get(year);
            FiscalYear n = newYears.get(year);
            if (o == null) {
                years.add(summary(n, Status.ADDED));
            } else if (n == null) {
                years.add(summary(o, Status.REMOVED));
            } else {
                year(o, n).ifPresent(years::add);
            }
        }
        return new SiteDiff(site, years);
    }

    private static YearDiff summary(FiscalYear y, Status status) {
        List<Project> projects = y.units().stream().flatMap(u -> u.projects().stream()).toList();
        return new YearDiff(y.year(), status, y.units().size(), projects.size(), total(projects), List.of(), List.of());
    }

    private static Optional<YearDiff> year(FiscalYear a, FiscalYear b) {
        List<Change> changes = new ArrayList<>();
        Framework fa = a.framework();
        Framework fb = b.framework();
        if (!fa.id().equals(fb.id())) {
            text(changes, Field.FRAMEWORK, fa.name() + "（" + fa.id() + "）", fb.name() + "（" + fb.id() + "）");
        } else {
            text(changes, Field.FRAMEWORK_LEVELS, levels(fa), levels(fb));
        }
        Map<String, Unit> oldUnits = byKey(a.units(), Unit::code);
        Map<String, Unit> newUnits = byKey(b.units(), Unit::code);
        List<UnitDiff> units = new ArrayList<>();
        for (String code : new TreeSet<>(union(oldUnits.keySet(), newUnits.keySet()))) {
            Unit o = oldUnits.get(code);
            Unit n = newUnits.get(code);
            if (o == null) {
                units.add(whole(n, Status.ADDED));
            } else if (n == null) {
                units.add(whole(o, Status.REMOVED));
            } else {
                unit(o, n).ifPresent(units::add);
            }
        }
        if (changes.isEmpty() && units.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new YearDiff(b.year(), Status.CHANGED, b.units().size(),
                (int) b.units().stream().mapToLong(u -> u.projects().size()).sum(), "", changes, units));
    }

    /** An added or removed unit, with every project as added or removed. */
    private static UnitDiff whole(Unit u, Status status) {
        List<ProjectDiff> projects = u.projects().stream().map(p -> whole(p, status)).toList();
        return new UnitDiff(u.code(), u.name(), status, u.projects().size(), total(u.projects()), List.of(), projects);
    }

    private static ProjectDiff whole(Project p, Status status) {
        return new ProjectDiff(p.code(), p.name(), status, Format.amount(p.budget().total()), p.indicators().size(), List.of());
    }

    private static Optional<UnitDiff> unit(Unit a, Unit b) {
        List<Change> changes = new ArrayList<>();
        text(changes, Field.UNIT_NAME, a.name(), b.name());
        edit(changes, Field.DEPARTMENT, "", a.department(), b.department());
        edit(changes, Field.REGION, "", a.region(), b.region());
        amount(changes, Field.DECLARED_TOTAL, a.declaredTotal(), b.declaredTotal());
        text(changes, Field.OVERALL, a.overallGoal(), b.overallGoal());
        goals(changes, a.goals(), b.goals());
        text(changes, Field.MEASURES, a.measures(), b.measures());

        Map<String, Project> oldProjects = byKey(a.projects(), Project::code);
        Map<String, Project> newProjects = byKey(b.projects(), Project::code);
        List<ProjectDiff> projects = new ArrayList<>();
        for (Project n : b.projects()) {
            Project o = oldProjects.get(n.code());
            if (o == null) {
                projects.add(whole(n, Status.ADDED));
            } else {
                List<Change> c = project(o, n);
                if (!c.isEmpty()) {
                    projects.add(new ProjectDiff(n.code(), n.name(), Status.CHANGED, Format.amount(n.budget().total()),
                            n.indicators().size(), c));
                }
            }
        }
        for (Project o : a.projects()) {
            if (!newProjects.containsKey(o.code())) {
                projects.add(whole(o, Status.REMOVED));
            }
        }
        if (changes.isEmpty() && projects.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UnitDiff(b.code(), b.name(), Status.CHANGED, b.projects().size(), total(b.projects()),
                changes, projects));
    }

    private static void goals(List<Change> changes, List<Goal> a, List<Goal> b) {
        Matching<Goal> m = Matching.of(a, b, Goal::title);
        for (int j = 0; j < b.size(); j++) {
            Goal n = b.get(j);
            Integer i = m.oldIndexOf(j);
            if (i == null) {
                changes.add(new Change.GoalAdded(n.title()));
                continue;
            }
            Goal o = a.get(i);
            List<Change.Edited> edits = new ArrayList<>();
            text(edits, Field.GOAL_TARGET, o.target(), n.target());
            text(edits, Field.GOAL_INDICATOR, o.indicator(), n.indicator());
            if (!edits.isEmpty()) {
                changes.add(new Change.GoalChanged(n.title(), edits));
            }
        }
        m.removed().forEach(i -> changes.add(new Change.GoalRemoved(a.get(i).title())));
        if (m.reordered()) {
            changes.add(new Change.GoalsReordered());
        }
    }

    private static List<Change> project(Project a, Project b) {
        List<Change> changes = new ArrayList<>();
        text(changes, Field.PROJECT_NAME, a.name(), b.name());
        edit(changes, Field.ORDER, "", order(a), order(b));
        amount(changes, Field.TOTAL, Optional.of(a.budget().total()), Optional.of(b.budget().total()));
        amount(changes, Field.FISCAL, a.budget().fiscal(), b.budget().fiscal());
        amount(changes, Field.OTHER, a.budget().other(), b.budget().other());
        edit(changes, Field.PURPOSE, "", a.purpose(), b.purpose());
        Map<SpendingPlan.Month, Optional<String>> planA = a.spendingPlan().map(ModelDiff::plan).orElse(Map.of());
        Map<SpendingPlan.Month, Optional<String>> planB = b.spendingPlan().map(ModelDiff::plan).orElse(Map.of());
        for (SpendingPlan.Month month : SpendingPlan.Month.values()) {
            edit(changes, Field.SPENDING_PLAN, month.label(), planA.getOrDefault(month, Optional.empty()),
                    planB.getOrDefault(month, Optional.empty()));
        }
        text(changes, Field.PROJECT_GOAL, a.goal(), b.goal());
        for (String level1 : new TreeSet<>(union(a.level1Scores().keySet(), b.level1Scores().keySet()))) {
            edit(changes, Field.LEVEL1_SCORE, level1, Optional.ofNullable(a.level1Scores().get(level1)),
                    Optional.ofNullable(b.level1Scores().get(level1)));
        }
        indicators(changes, a.indicators(), b.indicators());
        edit(changes, Field.CONTINUES, "", a.continues(), b.continues());
        return changes;
    }

    private static void indicators(List<Change> changes, List<Indicator> a, List<Indicator> b) {
        Matching<Indicator> m = Matching.of(a, b, i -> i.level1() + "\u0000" + i.level2().orElse("") + "\u0000" + i.level3());
        for (int j = 0; j < b.size(); j++) {
            Indicator n = b.get(j);
            Integer i = m.oldIndexOf(j);
            if (i == null) {
                changes.add(new Change.IndicatorAdded(key(n), n.value().text()));
                continue;
            }
            Indicator o = a.get(i);
            List<Change.Edited> edits = new ArrayList<>();
            text(edits, Field.DESCRIPTION, o.description(), n.description());
            edit(edits, Field.VALUE, "", Optional.of(o.value().text()), Optional.of(n.value().text()));
            text(edits, Field.BASIS, o.basis(), n.basis());
            edit(edits, Field.SCORE, "", o.score(), n.score());
            edit(edits, Field.EXPLANATION, "", o.explanation(), n.explanation());
            edit(edits, Field.MEASURE_UNIT, "", o.measureUnit(), n.measureUnit());
            edit(edits, Field.VALUE_TYPE, "", o.valueType().map(Indicator.ValueType::label), n.valueType().map(Indicator.ValueType::label));
            if (!edits.isEmpty()) {
                changes.add(new Change.IndicatorChanged(key(n), edits));
            }
        }
        m.removed().forEach(i -> changes.add(new Change.IndicatorRemoved(key(a.get(i)), a.get(i).value().text())));
        if (m.reordered()) {
            changes.add(new Change.IndicatorsReordered());
        }
    }

    /** How an indicator is named in a change: 二级指标/三级指标, or 一级指标/三级指标 where the 二级指标 is blank. */
    static String key(Indicator i) {
        return i.level2().orElse(i.level1()) + "/" + i.level3();
    }

    private static Optional<String> order(Project p) {
        return p.order() == Integer.MAX_VALUE ? Optional.empty() : Optional.of(String.valueOf(p.order()));
    }

    /** Each month's cell as the site shows it: {@code 30} is shown as {@code 30%}. */
    private static Map<SpendingPlan.Month, Optional<String>> plan(SpendingPlan plan) {
        Map<SpendingPlan.Month, Optional<String>> cells = new LinkedHashMap<>();
        for (SpendingPlan.Checkpoint c : plan.checkpoints()) {
            cells.put(c.month(), c.percent().map(p -> p.text().endsWith("%") || p.text().endsWith("％") ? p.text() : p.text() + "%"));
        }
        return cells;
    }

    private static String total(List<Project> projects) {
        return Format.amount(projects.stream().map(p -> p.budget().total().value()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static String levels(Framework f) {
        return f.level1().stream()
                .map(l -> l.name() + (l.level2().isEmpty() ? "" : "（" + String.join("、", l.level2()) + "）") + (l.required() ? "，必需" : ""))
                .collect(Collectors.joining("；"));
    }

    private static String fonts(SiteConfig.PdfFontFiles f) {
        return "常规 " + f.regular() + f.regularName().map(n -> "（" + n + "）").orElse("")
                + f.bold().map(b -> "，粗体 " + b).orElse("") + f.boldName().map(n -> "（" + n + "）").orElse("");
    }

    private static void text(List<? super Change.Edited> changes, Field field, String before, String after) {
        edit(changes, field, "", Optional.ofNullable(before).filter(s -> !s.isEmpty()), Optional.ofNullable(after).filter(s -> !s.isEmpty()));
    }

    private static void amount(List<? super Change.Edited> changes, Field field, Optional<Amount> before, Optional<Amount> after) {
        boolean same = before.isPresent() == after.isPresent()
                && (before.isEmpty() || before.get().value().compareTo(after.get().value()) == 0);
        if (!same) {
            changes.add(new Change.Edited(field, "", before.map(Format::amount), after.map(Format::amount)));
        }
    }

    private static void edit(List<? super Change.Edited> changes, Field field, String qualifier, Optional<String> before, Optional<String> after) {
        if (!before.equals(after)) {
            changes.add(new Change.Edited(field, qualifier, before, after));
        }
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        values.forEach(v -> map.putIfAbsent(key.apply(v), v));
        return map;
    }

    private static <T> List<T> union(Collection<T> a, Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        b.stream().filter(x -> !a.contains(x)).forEach(all::add);
        return all;
    }

    /**
     * Rows of two lists matched by key: the n-th row with a key in the new list is matched with the n-th row with that
     * key in the old list.
     */
    private record Matching<T>(Map<Integer, Integer> newToOld, List<Integer> removed, boolean reordered) {

        static <T> Matching<T> of(List<T> a, List<T> b, Function<T, String> key) {
            Map<String, List<Integer>> oldByKey = new HashMap<>();
            for (int i = 0; i < a.size(); i++) {
                oldByKey.computeIfAbsent(key.apply(a.get(i)), k -> new ArrayList<>()).add(i);
            }
            Map<String, Integer> taken = new HashMap<>();
            Map<Integer, Integer> newToOld = new HashMap<>();
            List<Integer> oldOrder = new ArrayList<>();
            for (int j = 0; j < b.size(); j++) {
                String k = key.apply(b.get(j));
                int n = taken.merge(k, 1, Integer::sum) - 1;
                List<Integer> candidates = oldByKey.getOrDefault(k, List.of());
                if (n < candidates.size()) {
                    newToOld.put(j, candidates.get(n));
                    oldOrder.add(candidates.get(n));
                }
            }
            List<Integer> removed = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (!newToOld.containsValue(i)) {
                    removed.add(i);
                }
            }
            boolean reordered = false;
            for (int x = 1; x < oldOrder.size(); x++) {
                reordered |= oldOrder.get(x) < oldOrder.get(x - 1);
            }
            return new Matching<>(newToOld, removed, reordered);
        }

        Integer oldIndexOf(int newIndex) {
            return newToOld.get(newIndex);
        }
    }
}
