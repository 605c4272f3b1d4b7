package gongkai.model;

import gongkai.format.ProjectField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One budget project and its 绩效目标表. Fields a form does not print are empty.
 *
 * @param order        position in Part 2 of the disclosure (projects without one come last, by code)
 * @param texts        the text fields of the form's header that have no rule of their own (项目分类, 项目实施期,
 *                     年度预算执行率 and its 分值, the 分值 of the 绩效目标, 财政部门审核意见), as written
 * @param projectTotal 项目总预算, where the form prints it
 * @param level1Scores 分值 written on a 一级指标 cell (such as a score range), by 一级指标 name
 * @param continues    the 项目编码 of the earlier year's project this one continues, as written ({@code continues:});
 *                     see {@link ProjectLineage}
 */
public record Project(
        String code,
        String name,
        int order,
        Budget budget,
        Optional<String> purpose,
        Optional<SpendingPlan> spendingPlan,
        String goal,
        List<Indicator> indicators,
        Map<String, String> level1Scores,
        Optional<String> continues,
        Map<ProjectField, String> texts,
        Optional<Amount> projectTotal) {

    /** The fields kept in {@link #texts}. */
    public static final List<ProjectField> TEXT_FIELDS = List.of(ProjectField.CATEGORY, ProjectField.PERIOD,
            ProjectField.EXECUTION_RATE, ProjectField.EXECUTION_SCORE, ProjectField.GOAL_SCORE, ProjectField.REVIEW);

    public Project {
        indicators = List.copyOf(indicators);
        level1Scores = Map.copyOf(level1Scores);
        EnumMap<ProjectField, String> copy = new EnumMap<>(ProjectField.class);
        copy.putAll(texts);
        texts = Collections.unmodifiableMap(copy);
    }

    /** A project of the standard form (as the bundled disclosure has them). */
    public Project(String code, String name, int order, Budget budget, String purpose, SpendingPlan spendingPlan, String goal,
            List<Indicator> indicators, Map<String, String> level1Scores, Optional<String> continues) {
        this(code, name, order, budget, Optional.of(purpose), Optional.of(spendingPlan), goal, indicators, level1Scores, continues,
                Map.of(), Optional.empty());
    }

    /**
     * The text of a header field as written, for pages, data and diffs; empty where it is blank or the form does not
     * have it. The spending plan has no single text.
     */
    public Optional<String> text(ProjectField field) {
        return switch (field) {
            case TOTAL -> Optional.of(budget.total().text());
            case FISCAL -> budget.fiscal().map(Amount::text);
            case OTHER -> budget.other().map(Amount::text);
            case PROJECT_TOTAL -> projectTotal.map(Amount::text);
            case PURPOSE -> purpose;
            case GOAL -> Optional.of(goal);
            case SPENDING_PLAN -> Optional.empty();
            default -> Optional.ofNullable(texts.get(field));
        };
    }
}
