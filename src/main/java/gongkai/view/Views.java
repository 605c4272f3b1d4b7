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
    public sealed interface Page extends Output permits HomePage, UnitPage, ProjectPage, HistoryPage, DataPage {
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
            Download pdf,
            /** The last change of Part 1 or of any project of the unit. */
            LastChanged lastChanged,
            /** The unit's open data files (CSV, JSON). */
            DataDownloads data) implements Page {
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
            Download pdf,
            LastChanged lastChanged,
            /** The project's JSON and its unit's CSV files. */
            DataDownloads data) implements Page {
        @Override
        public String template() {
            return "project.ftlh";
        }
    }

    /**
     * 最后修改 on a unit or project page, from the git history (never from the clock or file times).
     *
     * @param date        the author date of the last commit ({@code 2022-03-15}), for {@code <time datetime>}; null
     *                    when the page has uncommitted changes or there is no history
     * @param text        what the page shows: the date, 未提交的修改, or 历史记录不可用
     * @param historyHref the page's history page, relative; null when there is no history
     */
    public record LastChanged(String date, String text, String historyHref) {}

    /**
     * The 修改记录 of a unit (its Part 1 files and every project file, current or deleted) or of one project: one row
     * per commit, newest first, and first a row for changes not yet committed.
     *
     * @param heading   the h1, such as {@code 融媒体中心运行维护费绩效目标表}
     * @param kicker    the line above it (unit, year), or null
     * @param caption   the table's caption
     * @param showParts whether the table has the 修改的部分 column (a unit's history)
     */
    public record HistoryPage(
            String path,
            Layout layout,
            String kicker,
            String heading,
            String caption,
            boolean showParts,
            List<HistoryEntry> entries,
            String backHref,
            String backLabel) implements Page {
        @Override
        public String template() {
            return "history.ftlh";
        }
    }

    /**
     * A row of a history page. For changes not yet committed {@code date} and {@code commit} are null and
     * {@code message} is 未提交的修改.
     *
     * @param parts what the commit changed, for a unit's history (总体绩效目标、项目：…); null on a project's
     */
    public record HistoryEntry(String date, String commit, String message, String parts) {}

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

    /**
     * The open data links of a unit or project page.
     *
     * @param links   the files, each labelled with its kind and size ({@code 项目表 CSV（2 KB）})
     * @param docHref the 数据下载 page, which documents every file and column
     */
    public record DataDownloads(List<DataLink> links, String docHref) {}

    /** A data file to download; {@code type} is its media type ({@code text/csv}, {@code application/json}). */
    public record DataLink(String href, String label, String type) {}

    /**
     * The 数据下载 page {@code data.html}: every open data file, the columns of each table (from the same Table Schema
     * definitions as the CSV files and {@code datapackage.json}) and the paths of the JSON API.
     */
    public record DataPage(String path, Layout layout, String publisher, List<DataLink> siteFiles, List<DataTable> tables,
                           List<ApiPath> api, int apiVersion) implements Page {
        @Override
        public String template() {
            return "data.ftlh";
        }
    }

    /** A table of the open data and its columns; {@code id} is the anchor of its section. */
    public record DataTable(String id, String title, String fileName, String description, String primaryKey,
                            List<DataColumn> columns) {}

    /** A column of an open data table: {@code required} is 是 or 否. */
    public record DataColumn(String name, String type, String required, List<TextPart> description) {}

    /**
     * A piece of text; where {@code spoken} is not null the text is a symbol that screen readers and read-aloud skip
     * ({@code ≥}) and {@code spoken} is what they read instead ({@code 不低于}).
     */
    public record TextPart(String text, String spoken) {}

    /** A path pattern of the JSON API, with an example file of this site (null when there is none). */
    public record ApiPath(String pattern, String description, DataLink example) {}
}
