package gongkai.view;

import java.util.List;

/** The objects templates receive. Plain immutable data: every string is ready to print, every URL is relative. */
public final class Views {

    private Views() {}

    /** One page to render: its template, its path in the site, and the data the template gets as {@code page}. */
    public sealed interface Page permits HomePage, UnitPage, ProjectPage {
        String template();

        /** Path of the output file relative to the site root, with forward slashes. */
        String path();

        Layout layout();
    }

    /**
     * What every page shares.
     *
     * @param root relative prefix from this page to the site root ({@code ""}, {@code "../../"}), so the site works
     *             from any sub-path and from {@code file://}
     */
    public record Layout(String siteTitle, String publisher, String root, String pageTitle, List<Crumb> breadcrumbs) {}

    /** A breadcrumb; {@code href} is null for the current page. */
    public record Crumb(String label, String href) {}

    public record HomePage(String path, Layout layout, String description, List<YearEntry> years) implements Page {
        @Override
        public String template() {
            return "home.ftlh";
        }
    }

    public record YearEntry(int year, String frameworkName, List<UnitEntry> units) {}

    public record UnitEntry(String code, String name, String href, int projectCount, String total) {}

    public record UnitPage(
            String path,
            Layout layout,
            int year,
            String code,
            String name,
            String department,
            String overallHtml,
            List<GoalEntry> goals,
            String measuresHtml,
            List<ProjectEntry> projects,
            String total,
            String fiscalTotal,
            String otherTotal) implements Page {
        @Override
        public String template() {
            return "unit.ftlh";
        }
    }

    public record GoalEntry(int number, String title, String target, String indicator) {}

    /** A row of the unit's project list; {@code other} is null where the cell is blank. */
    public record ProjectEntry(int number, String code, String name, String href, String total, String fiscal, String other) {}

    public record ProjectPage(
            String path,
            Layout layout,
            int year,
            int number,
            String unitCode,
            String unitName,
            String unitHref,
            String code,
            String name,
            String total,
            String fiscal,
            String other,
            String purpose,
            List<PlanCell> plan,
            String goal,
            IndicatorTable indicators) implements Page {
        @Override
        public String template() {
            return "project.ftlh";
        }
    }

    /** A cell of 资金支出计划; {@code percent} is null where the official table leaves it blank. */
    public record PlanCell(String label, String id, String percent) {}

    /**
     * The indicator table with the merged cells of the official form: a 一级 or 二级 cell is printed on the first row
     * of its group only ({@code level1Rowspan > 0}), spanning the group.
     */
    public record IndicatorTable(
            boolean hasScore,
            boolean hasExplanation,
            boolean hasMeasureUnit,
            boolean hasValueType,
            int columnCount,
            List<IndicatorRow> rows) {}

    public record IndicatorRow(
            String level1,
            String level1Id,
            int level1Rowspan,
            String level1Score,
            String level2,
            String level2Id,
            int level2Rowspan,
            String level3,
            String level3Id,
            String description,
            String value,
            String valueSpoken,
            String basis,
            String score,
            String explanation,
            String measureUnit,
            String valueType,
            /** The ids of the row's headers, for the {@code headers} attribute of its data cells. */
            String rowHeaders) {}
}
