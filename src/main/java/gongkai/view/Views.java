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
    public sealed interface Page extends Output permits HomePage, UnitPage, ProjectPage, HistoryPage, GlossaryPage, YearPage, SearchPage, DataPage {
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

    /** @param feedHref the Atom feed of new and changed disclosures, or null when no disclosure has a date */
    public record HomePage(String path, Layout layout, String description, List<YearEntry> years, String feedHref) implements Page {
        @Override
        public String template() {
            return "home.ftlh";
        }
    }

    /** 名词解释: the terms that table headers link to. */
    public record GlossaryPage(String path, Layout layout, List<TermGroup> groups) implements Page {
        @Override
        public String template() {
            return "glossary.ftlh";
        }
    }

    public record TermGroup(String title, List<Term> terms) {}

    /**
     * @param id     the anchor on the glossary page ({@code glossary.html#level1})
     * @param source the law or rule the definition follows, or null
     */
    public record Term(String id, String term, String definition, String source, List<Symbol> symbols) {
        public Term(String id, String term, String definition, String source) {
            this(id, term, definition, source, List.of());
        }
    }

    /**
     * A comparison symbol and how it reads ({@code ≥}, 大于等于号, 不低于); screen readers and read-aloud get the
     * name, not the symbol, as in the indicator tables.
     */
    public record Symbol(String symbol, String name, String reading) {}

    /** @param href the year page ({@code 2022/index.html}) */
    public record YearEntry(int year, String frameworkName, List<UnitEntry> units, String href) {}

    public record UnitEntry(String code, String name, String href, int projectCount, String total) {}

    public record UnitPage(
            String path,
            Layout layout,
            int year,
            String code,
            String name,
            String department,
            /** Whether the unit has the narrative Part 1 (总体绩效目标, 分项绩效目标, 工作保障措施). */
            boolean narrative,
            String overallHtml,
            List<GoalEntry> goals,
            String measuresHtml,
            /** The 部门（单位）整体绩效目标表, or null when the unit publishes none. */
            UnitTableView unitTable,
            List<ProjectEntry> projects,
            String total,
            String fiscalTotal,
            String otherTotal,
            /** The unit's PDF, or null when PDFs are not built. */
            Download pdf,
            /** The last change of Part 1 or of any project of the unit. */
            LastChanged lastChanged,
            /** 批复日期, 公开日期 and whether publication kept to the legal 20 days. */
            Deadline deadline,
            /** The sortable, filterable project table and the bar chart of 预算数. */
            UnitBrowse browse,
            /** 历年对比: the unit's totals per year, or null when it appears in one year only. */
            Compare.UnitYears yearComparison,
            /** The unit's open data files (CSV, JSON). */
            DataDownloads data) implements Page {
        @Override
        public String template() {
            return "unit.ftlh";
        }
    }

    /**
     * 预算批复日期, 公开日期 and the 20 days the Budget Law allows between them, as the unit page shows them.
     *
     * @param approvedDate  ISO date for {@code <time datetime>}, or null when not given
     * @param approvedText  {@code 2022年1月20日}, or 未载明
     * @param publishedDate ISO date, or null
     * @param publishedText {@code 2022年2月8日}, or 未载明
     * @param state         {@code on-time}, {@code late} or {@code unknown}
     * @param verdict       the sentence in words, such as {@code 在批复后第 19 天公开，符合预算法规定的 20 日时限}
     * @param note          why dates are missing, as the unit wrote it, or null
     */
    public record Deadline(String approvedDate, String approvedText, String publishedDate, String publishedText, String state,
                           String verdict, String note) {}

    public record GoalEntry(int number, String title, String target, String indicator) {}

    /** A row of the unit's project list; {@code other} is null where the cell is blank. */
    public record ProjectEntry(int number, String code, String name, String href, String total, String fiscal, String other) {}

    public record ProjectPage(
            String path,
            Layout layout,
            /** The table's title as the form prints it (融媒体中心运行维护费绩效目标表). */
            String title,
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
            ProjectInfo info,
            IndicatorTable indicators,
            /** The project's PDF, or null when PDFs are not built. */
            Download pdf,
            LastChanged lastChanged,
            /** The chart of 资金支出计划. */
            PlanChart planChart,
            /** 历年对比 with the earlier projects it continues, or null when it continues none. */
            Compare.ProjectYears yearComparison,
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
     * @param committed   the author date of the newest commit (also when there are changes not yet committed), or
     *                    null when there is none or no history; dates the feed and the sitemap
     */
    public record LastChanged(String date, String text, String historyHref, String committed) {}

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
     * An indicator table as the form prints it, with the merged cells of the official form: a 一级 or 二级 cell is
     * printed on the first row of its group only ({@code level1Rowspan > 0}), spanning the group.
     *
     * @param columns   every column in the form's order, the 一级/二级/三级 header columns first
     * @param hasLevel2 whether the form has a 二级指标 column
     */
    public record IndicatorTable(String caption, List<ColumnHead> columns, boolean hasLevel2, int columnCount, List<IndicatorRow> rows,
            /** How long a segment of a cell may be and still be kept on one line, in ems (see {@link Breaks}). */
            Breaks.Rooms rooms) {}

    /**
     * A column of an indicator table.
     *
     * @param term  the glossary entry its heading links to
     * @param css   the class of its cells, or null
     * @param level whether it is a 一级/二级/三级 column, whose cells are row headers
     */
    public record ColumnHead(String id, String heading, String term, String css, boolean level) {}

    /**
     * A data cell of an indicator row.
     *
     * @param column the id of its column's header
     * @param text   null where the cell is blank
     * @param spoken how a screen reader should read the text (≥95% as 不低于95%), or null
     * @param label  whether the cell holds a label or a value (kept on one line up to the table's label room) rather
     *               than running text
     */
    public record Cell(String column, String text, String spoken, String css, boolean label) {}

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
            List<Cell> cells,
            /** The ids of the row's headers, for the {@code headers} attribute of its data cells. */
            String rowHeaders) {}

    /**
     * The header part of a 绩效目标表 as the form prints it: the fields before the budget (项目分类, 项目实施期,
     * 项目总预算), the budget row, 资金用途, and the fields after the spending plan (年度预算执行率, 绩效目标,
     * 财政部门审核意见).
     *
     * @param budgetLabel the row header of the budget row, spanning the purpose row when there is one
     * @param purpose     the 资金用途 row, or null when the form has none
     * @param planLabel   the heading of the spending plan, or null when the form has none
     */
    public record ProjectInfo(List<InfoRow> before, String budgetLabel, List<BudgetCell> budget, InfoRow purpose, String planLabel,
            List<InfoRow> after) {}

    /**
     * A row of the header part: a label and a value across the table, with a 分值 beside it where the form has one.
     *
     * @param term       the glossary entry the label links to, or null
     * @param text       null where blank
     * @param scoreLabel the heading of the 分值 beside it, or null when the form has none
     */
    public record InfoRow(String id, String label, String term, String text, String scoreLabel, String scoreText) {}

    /** A label and an amount of the budget row; {@code colspan} of the amount fills the row. */
    public record BudgetCell(String id, String label, String term, String amount, int colspan) {}

    /** The 部门（单位）整体绩效目标表 of a unit page and PDF. */
    public record UnitTableView(String title, List<InfoRow> fields, IndicatorTable indicators) {}

    /**
     * A year's page ({@code 2022/index.html}): its units with their totals and every project of the year in one
     * sortable, filterable table that shows a page of projects at a time (the page itself holds the first page).
     *
     * @param total the sum of the 预算数 of every project of the year
     */
    public record YearPage(
            String path,
            Layout layout,
            int year,
            String frameworkName,
            List<UnitEntry> units,
            String total,
            ProjectTable projects) implements Page {
        @Override
        public String template() {
            return "year.ftlh";
        }
    }

    /** What a unit page adds to browse its projects: the sortable table and the bar chart of 预算数. */
    public record UnitBrowse(ProjectTable projects, BarChart chart) {}

    /**
     * A table of projects that {@code static/tables.js} can sort and filter. Without scripts it is a plain table
     * in the disclosure's order and the controls stay hidden.
     *
     * @param id           prefix of the ids of the table and its controls, unique on the page
     * @param showUnit     whether the table has a 单位 column (the year page)
     * @param showFunds    whether it has the 其中：财政资金 and 其他资金 columns (the unit page)
     * @param rows         the rows written into the page: every project, or the first page of them when paged
     * @param count        the number of projects in the table (also those not written into the page)
     * @param paging       null when every project is a row of the page; else where the script finds them all
     * @param categories   the indicator categories the projects can be filtered by: each 一级 with its 二级
     * @param totalLabel   the label of the totals row, saying what it sums ({@code 合计（全部 6 个项目）})
     * @param otherTotal   null when every 其他资金 is blank
     * @param scriptHref   {@code static/tables.js}, relative to the page
     */
    public record ProjectTable(
            String id,
            String caption,
            boolean showUnit,
            boolean showFunds,
            List<ProjectRow> rows,
            int count,
            Paging paging,
            List<CategoryGroup> categories,
            String totalLabel,
            String total,
            String fiscalTotal,
            String otherTotal,
            String scriptHref) {}

    /**
     * How the script of a table too long for one page finds its projects and shows them a page at a time.
     *
     * @param pageSize the rows shown at a time (the page itself holds the first page)
     * @param parts    the project lists ({@code tables/2022/….js}) in order, relative to the page
     * @param order    the name order of the projects ({@code tables/2022/name-order.js}), relative to the page
     */
    public record Paging(int pageSize, List<String> parts, String order) {}

    /**
     * A row of a {@link ProjectTable}.
     *
     * @param number     its place in the disclosure's order (序号), also the default order
     * @param amount     预算数 as a plain decimal for the script ({@code 30.00})
     * @param nameRank   the place of the name in Chinese (pinyin) collation order, 1 first, for sorting by 名称
     * @param categories the keys of the categories it has indicators in, separated by spaces
     * @param categoryNames the 二级指标 it has, for the 指标类别 column ({@code 数量指标、时效指标})
     * @param other      null where the cell is blank
     */
    public record ProjectRow(
            int number,
            String unitName,
            String unitHref,
            String code,
            String name,
            String href,
            String total,
            String fiscal,
            String other,
            String amount,
            int nameRank,
            String categories,
            String categoryNames) {}

    /** A 一级指标 to filter by ({@code key} selects every project with any indicator under it) and its 二级. */
    public record CategoryGroup(String key, String label, List<Category> items) {}

    public record Category(String key, String label) {}

    /**
     * A horizontal bar chart drawn at build time. Lengths across are percentages of the chart's width, lengths
     * down are in em, so the chart fills any width and grows with the text size.
     *
     * @param height  the chart's height, such as {@code 14.5em}
     * @param summary the chart in one or two sentences, for everyone who does not see it
     * @param tableNote where the same numbers are in a table
     */
    public record BarChart(String id, String title, String summary, String tableNote, String height, List<Bar> bars) {}

    /**
     * One bar: its label lines (name, then amount and share) above it.
     *
     * @param width the bar's length in percent of the chart width, proportional to its amount
     */
    public record Bar(List<ChartText> label, String y, String barHeight, String width, String amount) {}

    /** A line of text in a chart at a position: {@code x} in percent, {@code y} (its baseline) in em. */
    public record ChartText(String text, String x, String y) {}

    /**
     * The cumulative 资金支出计划 as columns, one per checkpoint month; a blank month has no column (it is not 0%).
     *
     * @param gridlines the lines at 0%, 50%, 100% with their labels
     */
    public record PlanChart(String id, String title, String summary, String tableNote, String height,
                            String baseline, List<ChartText> gridlines, List<PlanColumn> columns) {}

    /**
     * A column of the plan chart.
     *
     * @param blank  whether the official table leaves this month blank: no column is drawn, the value says 空白
     * @param y      top of the column in em; null when blank
     * @param height the column's height in em; null when blank
     * @param value  the percentage above the column, or 空白（未填）
     */
    public record PlanColumn(String month, boolean blank, String x, String width, String y, String height,
                             ChartText value, ChartText label) {}

    /**
     * The search page. Its script searches the index ({@code manifest}, relative to this page); without scripts it
     * leads to every year's list of units, whose pages list their projects.
     */
    public record SearchPage(String path, Layout layout, String manifest, List<SearchYear> years) implements Page {
        @Override
        public String template() {
            return "search.ftlh";
        }
    }

    /**
     * A year as the search page lists it for readers without scripts.
     *
     * @param href the units of the year page ({@code 2022/index.html#units}), relative to the search page
     */
    public record SearchYear(int year, String href, int units, int projects) {}

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
