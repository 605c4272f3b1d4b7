package gongkai.model;

import java.util.List;
import java.util.Optional;

/** A 部门（单位）整体绩效目标表: the unit's duties, its overall target and its own indicator table. */
public record UnitTable(Optional<String> duties, Optional<String> target, List<Indicator> indicators) {
    public UnitTable {
        indicators = List.copyOf(indicators);
    }
}
