package gongkai.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A site with one thing changed, for tests of what an edit changes in the output. */
public final class SiteEdits {

    private SiteEdits() {}

    /** The site with one project (by the positions of its year, unit and itself) changed. */
    public static Site withProject(Site site, int yearIndex, int unitIndex, int projectIndex, UnaryOperator<Project> change) {
        List<FiscalYear> years = new ArrayList<>(site.years());
        FiscalYear year = years.get(yearIndex);
        List<Unit> units = new ArrayList<>(year.units());
        Unit u = units.get(unitIndex);
        List<Project> projects = new ArrayList<>(u.projects());
        projects.set(projectIndex, change.apply(projects.get(projectIndex)));
        units.set(unitIndex, new Unit(u.code(), u.name(), u.department(), u.region(), u.overallGoal(), u.goals(), u.measures(), projects,
                u.declaredTotal(), u.publication(), u.form(), u.framework(), u.table()));
        years.set(yearIndex, new FiscalYear(year.year(), year.framework(), units));
        return new Site(site.config(), years);
    }

    /** The project with another name. */
    public static Project named(Project p, String name) {
        return new Project(p.code(), name, p.order(), p.budget(), p.purpose(), p.spendingPlan(), p.goal(), p.indicators(),
                p.level1Scores(), p.continues(), p.texts(), p.projectTotal());
    }

    /** The project with another 绩效目标. */
    public static Project withGoal(Project p, String goal) {
        return new Project(p.code(), p.name(), p.order(), p.budget(), p.purpose(), p.spendingPlan(), goal, p.indicators(),
                p.level1Scores(), p.continues(), p.texts(), p.projectTotal());
    }

    /** The project with another 预算数. */
    public static Project withTotal(Project p, Amount total) {
        return new Project(p.code(), p.name(), p.order(), new Budget(total, p.budget().fiscal(), p.budget().other()), p.purpose(),
                p.spendingPlan(), p.goal(), p.indicators(), p.level1Scores(), p.continues(), p.texts(), p.projectTotal());
    }
}
