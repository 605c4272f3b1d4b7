package gongkai.model;

import java.util.List;
import java.util.Optional;

/**
 * A budget unit's disclosure for one fiscal year.
 *
 * @param overallGoal Part 1 一、总体绩效目标, as Markdown
 * @param measures    Part 1 三、工作保障措施, as Markdown
 * @param projects    Part 2, in the disclosure's order
 * @param declaredTotal the 项目预算合计 (万元) written in unit.yaml, which the projects' 预算数 are checked against
 * @param publication   the dates of budget approval and of publication
 * @param form          the form the unit's tables follow (its own, or its year's)
 * @param framework     the unit's own indicator framework, where it does not follow its year's
 * @param table         the 部门（单位）整体绩效目标表, where the form has one; overallGoal and measures are empty and
 *                      goals has none when the form has no narrative Part 1 and the unit wrote none
 */
public record Unit(
        String code,
        String name,
        Optional<String> department,
        Optional<String> region,
        String overallGoal,
        List<Goal> goals,
        String measures,
        List<Project> projects,
        Optional<Amount> declaredTotal,
        Publication publication,
        Form form,
        Optional<Framework> framework,
        Optional<UnitTable> table) {

    public Unit {
        goals = List.copyOf(goals);
        projects = List.copyOf(projects);
    }

    /** A unit of the standard form and of its year's framework. */
    public Unit(String code, String name, Optional<String> department, Optional<String> region, String overallGoal, List<Goal> goals,
            String measures, List<Project> projects, Optional<Amount> declaredTotal, Publication publication) {
        this(code, name, department, region, overallGoal, goals, measures, projects, declaredTotal, publication, Form.STANDARD,
                Optional.empty(), Optional.empty());
    }
}
