package gongkai.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One budget project and its 绩效目标表.
 *
 * @param order        position in Part 2 of the disclosure (projects without one come last, by code)
 * @param level1Scores 分值 written on a 一级指标 cell (such as a score range), by 一级指标 name
 * @param continues    the 项目编码 of the earlier year's project this one continues, as written ({@code continues:});
 *                     see {@link ProjectLineage}
 */
public record Project(
        String code,
        String name,
        int order,
        Budget budget,
        String purpose,
        SpendingPlan spendingPlan,
        String goal,
        List<Indicator> indicators,
        Map<String, String> level1Scores,
        Optional<String> continues) {

    public Project {
        indicators = List.copyOf(indicators);
        level1Scores = Map.copyOf(level1Scores);
    }
}
