package gongkai.view;

import java.util.List;

/** The objects templates receive. Plain immutable data: every string is ready to print, every URL is relative. */
public final class Views {

    private Views() {}

    /** Something rendered from a template into one output file: an HTML page or a PDF document. */
    public sealed interface Output permits Page, PdfDocument {
        String template();

        /** Path of the output file relative to the site root, with forward slashes. */
        String path();
    }

    /** One HTML page: the template gets it as {@code page}. */
    public sealed interface Page extends Output permits HomePage, UnitPage, ProjectPage {
        Layout layout();
    }

    /** One PDF document, rendered from the same views as the pages by a print template ({@code print/}). */
    public sealed interface PdfDocument extends Output permits UnitPdf, ProjectPdf {
        /** Who or what the document is about, for messages. */
        String describe();
    }

    /** The complete disclosure of a unit for a year: Part 1 and every project table of Part 2. */
    public record UnitPdf(String path, UnitPage unit, List<ProjectPage> projects) implements PdfDocument {
        @Override
        public String template() {
            return "print/unit.ftlh";
        }

        @Override
        public String describe() {
            return unit.name() + " " + unit.year() + "年预算绩效目标";
        }
    }

    /** One project's 绩效目标表 alone. */
    public record ProjectPdf(String path, ProjectPage project) implements PdfDocument {
        @Override
        public String template() {
            return "print/project.ftlh";
        }

        @Override
        public String describe() {
            return project.unitName() + " " + project.year() + "年 项目 " + project.code() + " " + project.name();
        }
    }

    /** A link to a file to download, with its label, e.g. {@code 下载 PDF（58 KB）}. */
    public record Download(String href, String label) {}

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
            String otherTotal,
            /** The unit's PDF, or null when PDFs are not built. */
            Download pdf) implements Page {
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
            IndicatorTable indicators,
            /** The project's PDF, or null when PDFs are not built. */
            Download pdf) implements Page {
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
