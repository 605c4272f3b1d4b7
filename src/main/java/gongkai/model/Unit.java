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
        Publication publication) {

    public Unit {
        goals = List.copyOf(goals);
        projects = List.copyOf(projects);
    }
}
