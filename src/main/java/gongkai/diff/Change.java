package gongkai.diff;

import java.util.List;
import java.util.Optional;

/** One change inside a site, year, unit or project. Values are as shown on the site; empty means blank. */
public sealed interface Change {

    /**
     * A field whose value changed.
     *
     * @param label     the field's name in the form's own words (the heading the unit's form prints), else the
     *                  field's label
     * @param qualifier which one, where a field has several (the month of a spending plan, the 一级指标 of a score);
     *                  empty otherwise
     */
    record Edited(Field field, String label, String qualifier, Optional<String> before, Optional<String> after) implements Change {

        /** A change named by the field's own label. */
        public Edited(Field field, String qualifier, Optional<String> before, Optional<String> after) {
            this(field, field.label(), qualifier, before, after);
        }
    }

    /**
     * An indicator (a row of the indicator table) that was added.
     *
     * @param key 二级指标/三级指标, or 一级指标/三级指标 where the 二级指标 is blank
     */
    record IndicatorAdded(String key, String value) implements Change {}

    record IndicatorRemoved(String key, String value) implements Change {}

    /** An indicator matched by its 一级, 二级 and 三级指标 whose other cells changed. */
    record IndicatorChanged(String key, List<Edited> edits) implements Change {
        public IndicatorChanged {
            edits = List.copyOf(edits);
        }
    }

    /** The indicators that are in both versions are in another order. */
    record IndicatorsReordered() implements Change {}

    /** A 分项绩效目标 of Part 1, matched by its title. */
    record GoalAdded(String title) implements Change {}

    record GoalRemoved(String title) implements Change {}

    record GoalChanged(String title, List<Edited> edits) implements Change {
        public GoalChanged {
            edits = List.copyOf(edits);
        }
    }

    record GoalsReordered() implements Change {}

    /** A change inside a table of the unit other than its projects' (the 部门（单位）整体绩效目标表), named by its title. */
    record InTable(String table, Change change) implements Change {}

    /** A 部门（单位）整体绩效目标表 that a unit now publishes, with the number of its indicator rows. */
    record TableAdded(String table, int rows) implements Change {}

    record TableRemoved(String table, int rows) implements Change {}
}
