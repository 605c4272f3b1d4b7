package gongkai.diff;

import java.util.List;
import java.util.Optional;

/** One change inside a site, year, unit or project. Values are as shown on the site; empty means blank. */
public sealed interface Change {

    /**
     * A field whose value changed.
     *
     * @param qualifier which one, where a field has several (the month of a spending plan, the 一级指标 of a score);
     *                  empty otherwise
     */
    record Edited(Field field, String qualifier, Optional<String> before, Optional<String> after) implements Change {}

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
}
