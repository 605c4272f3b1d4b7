package gongkai.diff;

import gongkai.diff.SiteDiff.ProjectDiff;
import gongkai.diff.SiteDiff.Status;
import gongkai.diff.SiteDiff.UnitDiff;
import gongkai.diff.SiteDiff.YearDiff;
import gongkai.model.Amount;
import gongkai.format.Column;
import gongkai.format.ProjectField;
import gongkai.format.UnitTableField;
import gongkai.model.FiscalYear;
import gongkai.model.Form;
import gongkai.model.Framework;
import gongkai.model.Goal;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.SiteConfig;
import gongkai.model.SpendingPlan;
import gongkai.model.Unit;
import gongkai.model.UnitTable;
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
                unit(a, o, b, n).ifPresent(units::add);
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

    private static Optional<UnitDiff> unit(FiscalYear yearA, Unit a, FiscalYear yearB, Unit b) {
        List<Change> changes = new ArrayList<>();
        text(changes, Field.UNIT_NAME, a.name(), b.name());
        form(changes, a.form(), b.form());
        if (a.framework().isPresent() || b.framework().isPresent()) {
            Framework fa = a.framework().orElse(yearA.framework());
            Framework fb = b.framework().orElse(yearB.framework());
            if (!fa.id().equals(fb.id())) {
                edit(changes, Field.UNIT_FRAMEWORK, "", Optional.of(fa.name() + "（" + fa.id() + "）"), Optional.of(fb.name() + "（" + fb.id() + "）"));
            } else {
                text(changes, Field.FRAMEWORK_LEVELS, levels(fa), levels(fb));
            }
        }
        edit(changes, Field.DEPARTMENT, "", a.department(), b.department());
        edit(changes, Field.REGION, "", a.region(), b.region());
        amount(changes, Field.DECLARED_TOTAL, a.declaredTotal(), b.declaredTotal());
        text(changes, Field.OVERALL, a.overallGoal(), b.overallGoal());
        goals(changes, a.goals(), b.goals());
        text(changes, Field.MEASURES, a.measures(), b.measures());
        unitTable(changes, a, b);

        Map<String, Project> oldProjects = byKey(a.projects(), Project::code);
        Map<String, Project> newProjects = byKey(b.projects(), Project::code);
        List<ProjectDiff> projects = new ArrayList<>();
        for (Project n : b.projects()) {
            Project o = oldProjects.get(n.code());
            if (o == null) {
                projects.add(whole(n, Status.ADDED));
            } else {
                List<Change> c = project(a.form(), o, b.form(), n);
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

    /** The form a unit follows: another form, or the same form with other headings or columns. */
    private static void form(List<Change> changes, Form a, Form b) {
        if (!a.id().equals(b.id())) {
            edit(changes, Field.UNIT_FORM, "", Optional.of(formName(a)), Optional.of(formName(b)));
        } else {
            text(changes, Field.FORM_LAYOUT, layout(a), layout(b));
        }
    }

    private static String formName(Form f) {
        return f.id().isEmpty() ? f.name() : f.name() + "（" + f.id() + "）";
    }

    /** What a form prints, as one line: titles, header fields and columns with their headings, in order. */
    private static String layout(Form f) {
        StringBuilder out = new StringBuilder(f.project().title()).append("：")
                .append(f.project().fields().stream().map(Form.Field::heading).collect(Collectors.joining("、")))
                .append("；").append(columns(f.project().indicators()));
        f.unitTable().ifPresent(t -> out.append("；").append(t.title()).append("：")
                .append(t.fields().stream().map(Form.Field::heading).collect(Collectors.joining("、")))
                .append("；").append(columns(t.indicators())));
        return out.toString();
    }

    private static String columns(Form.IndicatorForm form) {
        return form.columns().stream().map(Form.ColumnSpec::heading).collect(Collectors.joining("、")) + (form.emptyRows() ? "（允许空行）" : "");
    }

    /** The 部门（单位）整体绩效目标表: added, removed, or its fields and rows changed, in the form's words. */
    private static void unitTable(List<Change> changes, Unit a, Unit b) {
        Optional<UnitTable> ta = a.table();
        Optional<UnitTable> tb = b.table();
        String title = b.form().unitTable().or(() -> a.form().unitTable()).map(Form.UnitTableForm::title).orElse("部门（单位）整体绩效目标表");
        if (ta.isEmpty() && tb.isEmpty()) {
            return;
        }
        if (ta.isEmpty()) {
            changes.add(new Change.TableAdded(title, tb.get().indicators().size()));
            return;
        }
        if (tb.isEmpty()) {
            changes.add(new Change.TableRemoved(title, ta.get().indicators().size()));
            return;
        }
        List<Change> inside = new ArrayList<>();
        Optional<Form.UnitTableForm> fa = a.form().unitTable();
        Optional<Form.UnitTableForm> fb = b.form().unitTable();
        for (UnitTableField f : UnitTableField.values()) {
            String label = fb.flatMap(t -> t.field(f)).or(() -> fa.flatMap(t -> t.field(f))).map(Form.Field::heading).orElse(f.heading());
            Field field = f == UnitTableField.DUTIES ? Field.DUTIES : Field.TARGET;
            Optional<String> before = f == UnitTableField.DUTIES ? ta.get().duties() : ta.get().target();
            Optional<String> after = f == UnitTableField.DUTIES ? tb.get().duties() : tb.get().target();
            edit(inside, field, label, "", before.filter(t -> !t.isEmpty()), after.filter(t -> !t.isEmpty()));
        }
        indicators(inside, ta.get().indicators(), tb.get().indicators(), fa.map(Form.UnitTableForm::indicators),
                fb.map(Form.UnitTableForm::indicators));
        inside.forEach(c -> changes.add(new Change.InTable(title, c)));
    }

    private static List<Change> project(Form formA, Project a, Form formB, Project b) {
        List<Change> changes = new ArrayList<>();
        text(changes, Field.PROJECT_NAME, a.name(), b.name());
        edit(changes, Field.ORDER, "", order(a), order(b));
        for (ProjectField f : headerOrder(formB)) {
            String label = label(formA, formB, f);
            switch (f) {
                case TOTAL, FISCAL, OTHER, PROJECT_TOTAL -> amount(changes, field(f), label, amountOf(a, f), amountOf(b, f));
                case SPENDING_PLAN -> {
                    Map<SpendingPlan.Month, Optional<String>> planA = a.spendingPlan().map(ModelDiff::plan).orElse(Map.of());
                    Map<SpendingPlan.Month, Optional<String>> planB = b.spendingPlan().map(ModelDiff::plan).orElse(Map.of());
                    for (SpendingPlan.Month month : SpendingPlan.Month.values()) {
                        edit(changes, Field.SPENDING_PLAN, label, month.label(), planA.getOrDefault(month, Optional.empty()),
                                planB.getOrDefault(month, Optional.empty()));
                    }
                }
                default -> edit(changes, field(f), label, "", a.text(f).filter(t -> !t.isEmpty()), b.text(f).filter(t -> !t.isEmpty()));
            }
        }
        for (String level1 : new TreeSet<>(union(a.level1Scores().keySet(), b.level1Scores().keySet()))) {
            edit(changes, Field.LEVEL1_SCORE, level1, Optional.ofNullable(a.level1Scores().get(level1)),
                    Optional.ofNullable(b.level1Scores().get(level1)));
        }
        indicators(changes, a.indicators(), b.indicators(), Optional.of(formA.project().indicators()), Optional.of(formB.project().indicators()));
        edit(changes, Field.CONTINUES, "", a.continues(), b.continues());
        return changes;
    }

    /** The header fields in the order of the new form, then any other in the content format's order. */
    private static List<ProjectField> headerOrder(Form form) {
        List<ProjectField> order = new ArrayList<>(form.project().fields().stream().map(Form.Field::key).toList());
        for (ProjectField f : ProjectField.values()) {
            if (!order.contains(f)) {
                order.add(f);
            }
        }
        return order;
    }

    /**
     * A header field in the form's own words: the heading the new form (else the old one) prints, without the
     * {@code 其中：} of a part and the {@code （%）} of a unit; a score (分值) is named with the field it scores.
     */
    static String label(Form a, Form b, ProjectField f) {
        return switch (f) {
            case EXECUTION_SCORE -> label(a, b, ProjectField.EXECUTION_RATE) + "的" + heading(a, b, f);
            case GOAL_SCORE -> label(a, b, ProjectField.GOAL) + "的" + heading(a, b, f);
            case FISCAL, SPENDING_PLAN -> heading(a, b, f).replaceFirst("^其中[：:]", "").replaceFirst("[（(][%％][）)]$", "");
            default -> heading(a, b, f);
        };
    }

    private static String heading(Form a, Form b, ProjectField f) {
        return b.project().field(f).or(() -> a.project().field(f)).map(Form.Field::heading).orElse(
                f == ProjectField.FISCAL ? Field.FISCAL.label() : f == ProjectField.SPENDING_PLAN ? Field.SPENDING_PLAN.label() : f.label());
    }

    private static Optional<Amount> amountOf(Project p, ProjectField f) {
        return switch (f) {
            case TOTAL -> Optional.of(p.budget().total());
            case FISCAL -> p.budget().fiscal();
            case OTHER -> p.budget().other();
            default -> p.projectTotal();
        };
    }

    private static Field field(ProjectField f) {
        return switch (f) {
            case CATEGORY -> Field.CATEGORY;
            case PERIOD -> Field.PERIOD;
            case PROJECT_TOTAL -> Field.PROJECT_TOTAL;
            case TOTAL -> Field.TOTAL;
            case FISCAL -> Field.FISCAL;
            case OTHER -> Field.OTHER;
            case PURPOSE -> Field.PURPOSE;
            case SPENDING_PLAN -> Field.SPENDING_PLAN;
            case EXECUTION_RATE -> Field.EXECUTION_RATE;
            case EXECUTION_SCORE -> Field.EXECUTION_SCORE;
            case GOAL -> Field.PROJECT_GOAL;
            case GOAL_SCORE -> Field.GOAL_SCORE;
            case REVIEW -> Field.REVIEW;
        };
    }

    private static Field field(Column c) {
        return switch (c) {
            case DESCRIPTION -> Field.DESCRIPTION;
            case VALUE -> Field.VALUE;
            case BASIS -> Field.BASIS;
            case SCORE -> Field.SCORE;
            case EXPLANATION -> Field.EXPLANATION;
            case MEASURE_UNIT -> Field.MEASURE_UNIT;
            case VALUE_TYPE -> Field.VALUE_TYPE;
            case STANDARD -> Field.STANDARD;
            case SCORING -> Field.SCORING;
            case REMARK -> Field.REMARK;
            case LEVEL1, LEVEL2, LEVEL3 -> throw new IllegalArgumentException("the levels match rows: " + c);
        };
    }

    /**
     * Rows of an indicator table matched by their levels; each matched row's other cells compared column by column,
     * in the new form's column order, each named by the heading the form prints.
     */
    private static void indicators(List<Change> changes, List<Indicator> a, List<Indicator> b, Optional<Form.IndicatorForm> formA,
            Optional<Form.IndicatorForm> formB) {
        Matching<Indicator> m = Matching.of(a, b, i -> i.level1() + "\u0000" + i.level2().orElse("") + "\u0000" + i.level3());
        List<Column> columns = new ArrayList<>(formB.map(f -> f.columns().stream().map(Form.ColumnSpec::column).toList()).orElse(List.of()));
        for (Column c : Column.values()) {
            if (!columns.contains(c)) {
                columns.add(c);
            }
        }
        columns.removeAll(List.of(Column.LEVEL1, Column.LEVEL2, Column.LEVEL3));
        for (int j = 0; j < b.size(); j++) {
            Indicator n = b.get(j);
            Integer i = m.oldIndexOf(j);
            if (i == null) {
                changes.add(new Change.IndicatorAdded(key(n), n.value().text()));
                continue;
            }
            Indicator o = a.get(i);
            List<Change.Edited> edits = new ArrayList<>();
            for (Column c : columns) {
                String label = formB.flatMap(f -> f.column(c)).or(() -> formA.flatMap(f -> f.column(c))).map(Form.ColumnSpec::heading)
                        .orElse(c.heading());
                edit(edits, field(c), label, "", o.text(c), n.text(c));
            }
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
        if (i.blank()) {
            return i.level1() + "/" + i.level2().orElse("") + "（空行）";
        }
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
        amount(changes, field, field.label(), before, after);
    }

    private static void amount(List<? super Change.Edited> changes, Field field, String label, Optional<Amount> before, Optional<Amount> after) {
        boolean same = before.isPresent() == after.isPresent()
                && (before.isEmpty() || before.get().value().compareTo(after.get().value()) == 0);
        if (!same) {
            changes.add(new Change.Edited(field, label, "", before.map(Format::amount), after.map(Format::amount)));
        }
    }

    private static void edit(List<? super Change.Edited> changes, Field field, String qualifier, Optional<String> before, Optional<String> after) {
        edit(changes, field, field.label(), qualifier, before, after);
    }

    private static void edit(List<? super Change.Edited> changes, Field field, String label, String qualifier, Optional<String> before,
            Optional<String> after) {
        if (!before.equals(after)) {
            changes.add(new Change.Edited(field, label, qualifier, before, after));
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
