package gongkai.diff;

import java.util.List;

/**
 * What changed between two checked sites, grouped as the disclosure is: site settings, then year → unit → project.
 * Amounts are formatted as on the site ({@code 30.00}), in 万元. Immutable.
 */
public record SiteDiff(List<Change> site, List<YearDiff> years) {

    public enum Status { ADDED, REMOVED, CHANGED }

    public SiteDiff {
        site = List.copyOf(site);
        years = List.copyOf(years);
    }

    /**
     * A year. For an added or removed year only the totals are given ({@code units} is empty); for a changed year,
     * its own changes (the framework) and the units with changes.
     */
    public record YearDiff(int year, Status status, int unitCount, int projectCount, String total,
            List<Change> changes, List<UnitDiff> units) {
        public YearDiff {
            changes = List.copyOf(changes);
            units = List.copyOf(units);
        }
    }

    /**
     * A unit: its name (the new one, or the old one when removed), its own changes (Part 1), and its projects with
     * changes. An added or removed unit lists all its projects as added or removed.
     */
    public record UnitDiff(String code, String name, Status status, int projectCount, String total,
            List<Change> changes, List<ProjectDiff> projects) {
        public UnitDiff {
            changes = List.copyOf(changes);
            projects = List.copyOf(projects);
        }
    }

    /** A project: its name (the new one, or the old one when removed) and, when changed, what changed. */
    public record ProjectDiff(String code, String name, Status status, String total, int indicatorCount, List<Change> changes) {
        public ProjectDiff {
            changes = List.copyOf(changes);
        }
    }

    public boolean isEmpty() {
        return site.isEmpty() && years.isEmpty();
    }

    /** How many years, units and projects were added, removed or changed, by status. */
    public Counts counts() {
        int[][] n = new int[3][3];
        for (YearDiff y : years) {
            if (y.status() != Status.CHANGED || !y.changes().isEmpty()) {
                n[0][y.status().ordinal()]++;
            }
            for (UnitDiff u : y.units()) {
                if (u.status() != Status.CHANGED || !u.changes().isEmpty()) {
                    n[1][u.status().ordinal()]++;
                }
                for (ProjectDiff p : u.projects()) {
                    n[2][p.status().ordinal()]++;
                }
            }
        }
        return new Counts(n[0][0], n[0][1], n[0][2], n[1][0], n[1][1], n[1][2], n[2][0], n[2][1], n[2][2]);
    }

    public record Counts(int yearsAdded, int yearsRemoved, int yearsChanged, int unitsAdded, int unitsRemoved,
            int unitsChanged, int projectsAdded, int projectsRemoved, int projectsChanged) {}
}
