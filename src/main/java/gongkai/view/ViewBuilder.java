package gongkai.view;

import gongkai.history.History;
import gongkai.history.Revision;
import gongkai.model.FiscalYear;
import gongkai.format.Column;
import gongkai.format.ProjectField;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.SpendingPlan;
import gongkai.model.Totals;
import gongkai.model.Unit;
import gongkai.render.Markdown;
import gongkai.view.Views.Crumb;
import gongkai.view.Views.Layout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Phase 4, view: turns the checked model into one {@link Views.Page} per output page. Pure: no I/O.
 * Each page carries everything its template needs, so pages can be rendered independently and in parallel.
 */
public final class ViewBuilder {

    private final Site site;
    private final UnaryOperator<String> markdown;
    private final Function<String, OptionalLong> pdfSizes;
    private final History history;
    private final YearComparison yearComparison;
    private final DataViews dataViews;

    /** Without a change history: the pages say 历史记录不可用 and there are no history pages. */
    public ViewBuilder(Site site, UnaryOperator<String> markdown, Function<String, OptionalLong> pdfSizes) {
        this(site, markdown, pdfSizes, History.unavailable("没有读取历史记录"));
    }

    /**
     * @param markdown turns a Markdown part into safe HTML
     * @param pdfSizes the size in bytes of each file written before the pages (PDFs, open data), by its path; empty
     *                 when there is no such file (PDFs are not built, or not yet)
     * @param history  the changes of the content files (read from git before the views are made); when it is
     *                 available every unit and project page links to a history page
     */
    public ViewBuilder(Site site, UnaryOperator<String> markdown, Function<String, OptionalLong> pdfSizes, History history) {
        this.site = site;
        this.markdown = markdown;
        this.pdfSizes = pdfSizes;
        this.history = history;
        this.yearComparison = new YearComparison(site);
        this.dataViews = new DataViews(pdfSizes);
    }

    public static String unitPdfPath(int year, String unitCode) {
        return year + "/" + unitCode + "/" + unitCode + "-" + year + ".pdf";
    }

    public static String projectPdfPath(int year, String unitCode, String projectCode) {
        return year + "/" + unitCode + "/projects/" + projectCode + ".pdf";
    }

    /** One complete disclosure PDF per unit and year, and one PDF per project. */
    public List<Views.PdfDocument> pdfDocuments() {
        List<Views.PdfDocument> docs = new ArrayList<>();
        for (FiscalYear year : site.years()) {
            for (Unit unit : year.units()) {
                List<Views.ProjectPage> projects = new ArrayList<>();
                for (int i = 0; i < unit.projects().size(); i++) {
                    Views.ProjectPage p = project(year, unit, i);
                    projects.add(p);
                    docs.add(new Views.ProjectPdf(projectPdfPath(year.year(), unit.code(), p.code()), p));
                }
                docs.add(new Views.UnitPdf(unitPdfPath(year.year(), unit.code()), unit(year, unit), projects));
            }
        }
        return docs;
    }

    /** The download link of a PDF, relative to {@code fromPage}, or null when there is no such PDF. */
    private Views.Download download(String pdfPath, String fromPage) {
        OptionalLong size = pdfSizes.apply(pdfPath);
        if (size.isEmpty()) {
            return null;
        }
        String href = relative(fromPage, pdfPath);
        return new Views.Download(href, "下载 PDF（" + Format.fileSize(size.getAsLong()) + "）");
    }

    /** The year's page, with its units and all its projects: {@code 2022/index.html}. */
    public static String yearPath(int year) {
        return year + "/index.html";
    }

    public static String unitPath(int year, String unitCode) {
        return year + "/" + unitCode + "/index.html";
    }

    public static String projectPath(int year, String unitCode, String projectCode) {
        return year + "/" + unitCode + "/projects/" + projectCode + ".html";
    }

    /** The 修改记录 of a unit: {@code 2022/425001/history.html}. */
    public static String unitHistoryPath(int year, String unitCode) {
        return year + "/" + unitCode + "/history.html";
    }

    /**
     * The 修改记录 of a project: {@code 2022/425001/history/<code>.html}, in a folder of its own so that
     * {@code projects/} holds the 绩效目标表 pages only, and no project code can collide with the unit's page.
     */
    public static String projectHistoryPath(int year, String unitCode, String projectCode) {
        return year + "/" + unitCode + "/history/" + projectCode + ".html";
    }

    /** The id of the header cell of a project's indicator row {@code index} (from 0), which search results link to. */
    public static String indicatorAnchor(int index) {
        return "i" + index + "-l3";
    }

    /** The unit's folder in the content folder, as the history names it: {@code 2022/425001/}. */
    private static String unitFolder(int year, String unitCode) {
        return year + "/" + unitCode + "/";
    }

    private static String projectFile(int year, String unitCode, String projectCode) {
        return unitFolder(year, unitCode) + "projects/" + projectCode + ".yaml";
    }

    /** Every page, in the order of the site: the site's own pages, then each year's page and its units' pages. */
    public List<Views.Page> pages() {
        List<Views.Page> disclosures = new ArrayList<>();
        for (Supplier<List<Views.Page>> group : groups()) {
            disclosures.addAll(group.get());
        }
        List<Views.Page> pages = new ArrayList<>(sitePages(feed(disclosures.stream()
                .filter(Views.UnitPage.class::isInstance).map(Views.UnitPage.class::cast).toList())));
        pages.addAll(disclosures);
        return pages;
    }

    /**
     * The disclosure pages in groups that are made, rendered and let go of one at a time (so that a build holds a
     * few units' pages at once, not the site's): each year's page, then per unit its page, its projects' pages and
     * their history pages. The site's own pages ({@link #sitePages}) come after them, since the home page announces
     * the feed when some unit page has a date.
     */
    public List<Supplier<List<Views.Page>>> groups() {
        List<Supplier<List<Views.Page>>> groups = new ArrayList<>();
        for (FiscalYear year : site.years()) {
            groups.add(() -> List.of(yearPage(year)));
            for (Unit unit : year.units()) {
                groups.add(() -> unitPages(year, unit));
            }
        }
        return groups;
    }

    private List<Views.Page> unitPages(FiscalYear year, Unit unit) {
        List<Views.Page> pages = new ArrayList<>();
        pages.add(unit(year, unit));
        if (history.isAvailable()) {
            pages.add(unitHistory(year, unit));
        }
        for (int i = 0; i < unit.projects().size(); i++) {
            pages.add(project(year, unit, i));
            if (history.isAvailable()) {
                pages.add(projectHistory(year, unit, i));
            }
        }
        return pages;
    }

    /** How many pages {@link #pages()} has (without making them). */
    public int pageCount() {
        int perPage = history.isAvailable() ? 2 : 1;
        int count = 4;
        for (FiscalYear year : site.years()) {
            count++;
            for (Unit unit : year.units()) {
                count += perPage * (1 + unit.projects().size());
            }
        }
        return count;
    }

    /** Whether the feed is written: when some unit's disclosure has a date, the rule the feed applies to these views. */
    public static boolean feed(List<Views.UnitPage> units) {
        return units.stream().anyMatch(u -> disclosureDate(u.lastChanged(), u.deadline()).isPresent());
    }

    /** The home page (announcing the feed when {@code feed}), the glossary, the search page and the data page. */
    public List<Views.Page> sitePages(boolean feed) {
        List<Views.Page> pages = new ArrayList<>();
        pages.add(home(feed));
        pages.add(glossary());
        pages.add(SearchPages.page(site, layout(SearchPages.PATH, "搜索", List.of(
                new Crumb("首页", "index.html"), new Crumb("搜索", null)))));
        pages.add(dataViews.page(site, layout(DataViews.PAGE, "数据下载", List.of(
                new Crumb("首页", "index.html"), new Crumb("数据下载", null)))));
        return pages;
    }

    private Layout layout(String path, String title, List<Crumb> crumbs) {
        return new Layout(site.config().title(), site.config().publisher(), rootOf(path), title, crumbs);
    }

    /** The link from page {@code from} to file {@code to}, both relative to the site root. */
    static String relative(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder("../".repeat(a.length - 1 - common));
        for (int i = common; i < b.length; i++) {
            href.append(i > common ? "/" : "").append(b[i]);
        }
        return href.toString();
    }

    /** {@code a/b/c.html} → {@code ../../}. */
    static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** @param feed whether {@code feed.atom} is written, for the home page to announce it */
    private Views.HomePage home(boolean feed) {
        String path = "index.html";
        List<Views.YearEntry> years = site.years().stream().map(y -> new Views.YearEntry(y.year(), y.framework().name(),
                y.units().stream().map(u -> new Views.UnitEntry(u.code(), u.name(), unitPath(y.year(), u.code()),
                        u.projects().size(), Format.amount(Totals.of(u.projects()).total())))
                        .toList(), yearPath(y.year()))).toList();
        return new Views.HomePage(path, layout(path, site.config().title(), List.of(new Crumb("首页", null))),
                site.config().description(), years, feed ? "feed.atom" : null);
    }

    public static final String GLOSSARY_PATH = "glossary.html";

    /**
     * The date of a unit's disclosure as the feed dates it: its newest committed change or its 公开日期, whichever is
     * later (ISO); empty when neither is known.
     */
    public static Optional<String> disclosureDate(Views.LastChanged changed, Views.Deadline deadline) {
        return Stream.of(changed.committed(), deadline.publishedDate()).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }


    private Views.GlossaryPage glossary() {
        return new Views.GlossaryPage(GLOSSARY_PATH, layout(GLOSSARY_PATH, "名词解释 - " + site.config().title(), List.of(
                new Crumb("首页", "index.html"), new Crumb("名词解释", null))), Glossary.GROUPS);
    }

    private static String disclosureTitle(int year, Unit unit) {
        return unit.name() + " " + year + "年预算绩效目标";
    }

    private Views.UnitPage unit(FiscalYear year, Unit unit) {
        String path = unitPath(year.year(), unit.code());
        String root = rootOf(path);
        List<Views.ProjectEntry> projects = new ArrayList<>();
        for (int i = 0; i < unit.projects().size(); i++) {
            Project p = unit.projects().get(i);
            projects.add(new Views.ProjectEntry(i + 1, p.code(), p.name(), "projects/" + p.code() + ".html",
                    Format.amount(p.budget().total()), p.budget().fiscal().map(Format::amount).orElse(null),
                    p.budget().other().map(Format::amount).orElse(null)));
        }
        List<Views.GoalEntry> goals = new ArrayList<>();
        for (int i = 0; i < unit.goals().size(); i++) {
            var g = unit.goals().get(i);
            goals.add(new Views.GoalEntry(i + 1, g.title(), g.target(), g.indicator()));
        }
        Totals totals = Totals.of(unit.projects());
        String title = disclosureTitle(year.year(), unit);
        return new Views.UnitPage(path, layout(path, title, List.of(
                        new Crumb("首页", root + "index.html"),
                        new Crumb(year.year() + "年", root + yearPath(year.year())),
                        new Crumb(unit.name(), null))),
                year.year(), unit.code(), unit.name(), unit.department().orElse(null), narrative(unit),
                html(year.year(), unit, "overall.md", unit.overallGoal()), goals, html(year.year(), unit, "measures.md", unit.measures()),
                FormViews.unitTable(unit), projects,
                Format.amount(totals.total()), totals.fiscal().map(Format::amount).orElse(null), totals.other().map(Format::amount).orElse(null),
                download(unitPdfPath(year.year(), unit.code()), path),
                lastChanged(unitChanges(year, unit), relative(path, unitHistoryPath(year.year(), unit.code()))),
                Deadlines.of(unit.publication()),
                new Views.UnitBrowse(ProjectTables.of("projects", unit.name() + year.year() + "年预算项目（共 " + unit.projects().size()
                                + " 个，金额单位：万元）", false, unit.form().project().has(ProjectField.FISCAL),
                        unit.projects().stream().map(p -> new ProjectTables.Item(year.year(), unit, p)).toList(), path),
                        Charts.budgetBars("chart-budget", unit.projects())),
                yearComparison.unit(year.year(), unit, path),
                dataViews.unit(year.year(), unit, path));
    }

    private Views.YearPage yearPage(FiscalYear year) {
        String path = yearPath(year.year());
        String root = rootOf(path);
        List<Views.UnitEntry> units = year.units().stream().map(u -> new Views.UnitEntry(u.code(), u.name(),
                relative(path, unitPath(year.year(), u.code())), u.projects().size(),
                Format.amount(Totals.of(u.projects()).total()))).toList();
        List<ProjectTables.Item> items = year.units().stream()
                .flatMap(u -> u.projects().stream().map(p -> new ProjectTables.Item(year.year(), u, p))).toList();
        return new Views.YearPage(path, layout(path, year.year() + "年预算绩效目标", List.of(
                        new Crumb("首页", root + "index.html"),
                        new Crumb(year.year() + "年", null))),
                year.year(), year.framework().name(), units,
                Format.amount(Totals.of(items.stream().map(ProjectTables.Item::project).toList()).total()),
                ProjectTables.of("projects", year.year() + "年全部预算项目（共 " + items.size() + " 个，金额单位：万元）",
                        true, false, items, path));
    }

    private Views.ProjectPage project(FiscalYear year, Unit unit, int index) {
        Project p = unit.projects().get(index);
        String path = projectPath(year.year(), unit.code(), p.code());
        String root = rootOf(path);
        String unitHref = "../index.html";
        List<Views.PlanCell> plan = p.spendingPlan().stream().flatMap(sp -> sp.checkpoints().stream())
                .map(c -> new Views.PlanCell(c.month().label(), "plan-" + c.month().key(),
                        c.percent().map(SpendingPlan.Percent::text).map(ViewBuilder::percentText).orElse(null)))
                .toList();
        String title = unit.form().project().title(p.name());
        return new Views.ProjectPage(path, layout(path, title + " - " + disclosureTitle(year.year(), unit), List.of(
                        new Crumb("首页", root + "index.html"),
                        new Crumb(year.year() + "年", root + yearPath(year.year())),
                        new Crumb(unit.name(), unitHref),
                        new Crumb(p.name(), null))),
                title, year.year(), index + 1, unit.code(), unit.name(), unitHref, p.code(), p.name(),
                Format.amount(p.budget().total()), p.budget().fiscal().map(Format::amount).orElse(null),
                p.budget().other().map(Format::amount).orElse(null), p.purpose().orElse(null), plan, p.goal(),
                FormViews.project(unit.form(), p), table(unit, p), download(projectPdfPath(year.year(), unit.code(), p.code()), path),
                lastChanged(projectChanges(year, unit, p), relative(path, projectHistoryPath(year.year(), unit.code(), p.code()))),
                p.spendingPlan().map(sp -> Charts.spendingPlan("chart-plan", sp)).orElse(null),
                yearComparison.project(year.year(), unit, p, path),
                dataViews.project(year.year(), unit, p, path));
    }

    /** 最后修改 from the newest entry of a page's history, linking to its history page. */
    private Views.LastChanged lastChanged(List<Views.HistoryEntry> changes, String historyHref) {
        if (!history.isAvailable()) {
            return new Views.LastChanged(null, "历史记录不可用", null, null);
        }
        Views.HistoryEntry newest = changes.get(0);
        String committed = changes.stream().map(Views.HistoryEntry::date).filter(Objects::nonNull).findFirst().orElse(null);
        return new Views.LastChanged(newest.date(), newest.date() == null ? UNCOMMITTED : newest.date(), historyHref, committed);
    }

    private static final String UNCOMMITTED = "未提交的修改";

    /**
     * A project's history: the commits that changed its file, newest first, after a row for a change not yet
     * committed. Never empty when the history is available (a file in no commit is uncommitted).
     */
    private List<Views.HistoryEntry> projectChanges(FiscalYear year, Unit unit, Project p) {
        String file = projectFile(year.year(), unit.code(), p.code());
        List<Views.HistoryEntry> entries = new ArrayList<>();
        if (history.isUncommitted(file)) {
            entries.add(new Views.HistoryEntry(null, null, UNCOMMITTED, null));
        }
        for (Revision r : history.changes(file)) {
            entries.add(new Views.HistoryEntry(Format.date(r.date()), r.id(), r.message(), null));
        }
        return entries;
    }

    /**
     * A unit's history: the commits that changed its Part 1 files or the file of any of its projects, also of
     * projects deleted since (deleting a project changes the disclosure), one row per commit with the parts it
     * changed in the disclosure's order, newest first; first a row for changes not yet committed. Other files in
     * the unit's folder are not part of the disclosure and are left out.
     */
    private List<Views.HistoryEntry> unitChanges(FiscalYear year, Unit unit) {
        String folder = unitFolder(year.year(), unit.code());
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put(folder + "unit.yaml", new Part(false, "单位信息和分项绩效目标"));
        parts.put(folder + "overall.md", new Part(false, "总体绩效目标"));
        parts.put(folder + "measures.md", new Part(false, "工作保障措施"));
        for (Project p : unit.projects()) {
            parts.put(projectFile(year.year(), unit.code(), p.code()), new Part(true, p.name()));
        }
        Set<String> current = Set.copyOf(parts.keySet());
        String projects = folder + "projects/";
        for (String file : history.filesUnder(projects)) {
            String name = file.substring(projects.length());
            if (!parts.containsKey(file) && name.endsWith(".yaml") && !name.contains("/")) {
                parts.put(file, new Part(true, name.substring(0, name.length() - ".yaml".length()) + "（已删除）"));
            }
        }
        List<Part> uncommitted = new ArrayList<>();
        Map<Revision, List<Part>> commits = new TreeMap<>(Comparator.comparingInt(Revision::order).thenComparing(Revision::id));
        parts.forEach((file, part) -> {
            if (current.contains(file) ? history.isUncommitted(file) : history.uncommitted().contains(file)) {
                uncommitted.add(part);
            }
            for (Revision r : history.changes(file)) {
                commits.computeIfAbsent(r, k -> new ArrayList<>()).add(part);
            }
        });
        List<Views.HistoryEntry> entries = new ArrayList<>();
        if (!uncommitted.isEmpty()) {
            entries.add(new Views.HistoryEntry(null, null, UNCOMMITTED, describe(uncommitted)));
        }
        commits.forEach((r, changed) -> entries.add(new Views.HistoryEntry(Format.date(r.date()), r.id(), r.message(),
                describe(changed))));
        return entries;
    }

    /** A part of a unit's disclosure as a history row names it: a part of Part 1, or a project (by name). */
    private record Part(boolean project, String label) {}

    /** Projects named in one row of a unit's history; a commit that changed more is summed up with a count. */
    private static final int PROJECTS_NAMED = 5;

    /** {@code 总体绩效目标、工作保障措施；项目：A、B}; more than five projects as {@code 项目：A、B、C 等 12 个}. */
    private static String describe(List<Part> parts) {
        List<String> unitParts = parts.stream().filter(p -> !p.project()).map(Part::label).toList();
        List<String> projects = parts.stream().filter(Part::project).map(Part::label).toList();
        List<String> out = new ArrayList<>();
        if (!unitParts.isEmpty()) {
            out.add(String.join("、", unitParts));
        }
        if (projects.size() > PROJECTS_NAMED) {
            out.add("项目：" + String.join("、", projects.subList(0, 3)) + " 等 " + projects.size() + " 个");
        } else if (!projects.isEmpty()) {
            out.add("项目：" + String.join("、", projects));
        }
        return String.join("；", out);
    }

    private Views.HistoryPage unitHistory(FiscalYear year, Unit unit) {
        String path = unitHistoryPath(year.year(), unit.code());
        String root = rootOf(path);
        String title = disclosureTitle(year.year(), unit);
        List<Views.HistoryEntry> entries = unitChanges(year, unit);
        return new Views.HistoryPage(path, layout(path, "修改记录 - " + title, List.of(
                        new Crumb("首页", root + "index.html"),
                        new Crumb(year.year() + "年", root + yearPath(year.year())),
                        new Crumb(unit.name(), relative(path, unitPath(year.year(), unit.code()))),
                        new Crumb("修改记录", null))),
                "单位编码 " + unit.code(), title,
                title + "的修改记录（共 " + entries.size() + " 条，最新的在前）", true, entries,
                relative(path, unitPath(year.year(), unit.code())), "返回 " + title);
    }

    private Views.HistoryPage projectHistory(FiscalYear year, Unit unit, int index) {
        Project p = unit.projects().get(index);
        String path = projectHistoryPath(year.year(), unit.code(), p.code());
        String root = rootOf(path);
        String table = unit.form().project().title(p.name());
        List<Views.HistoryEntry> entries = projectChanges(year, unit, p);
        String projectHref = relative(path, projectPath(year.year(), unit.code(), p.code()));
        return new Views.HistoryPage(path, layout(path, "修改记录 - " + table + " - " + disclosureTitle(year.year(), unit), List.of(
                        new Crumb("首页", root + "index.html"),
                        new Crumb(year.year() + "年", root + yearPath(year.year())),
                        new Crumb(unit.name(), relative(path, unitPath(year.year(), unit.code()))),
                        new Crumb(p.name(), projectHref),
                        new Crumb("修改记录", null))),
                unit.name() + " · " + year.year() + "年 · 项目编码 " + p.code(), table,
                table + "的修改记录（共 " + entries.size() + " 条，最新的在前）", false, entries,
                projectHref, "返回 " + table);
    }

    /** The plan is written as {@code 30%}; a bare {@code 30} is shown as {@code 30%} too. */
    private static String percentText(String text) {
        return text.endsWith("%") || text.endsWith("％") ? text : text + "%";
    }

    /**
     * A project's indicator table as its unit's form prints it; the standard form's optional columns are shown when
     * any project of the unit has them, so that all of a unit's tables have the same columns.
     */
    private static Views.IndicatorTable table(Unit unit, Project project) {
        List<Indicator> all = unit.projects().stream().flatMap(p -> p.indicators().stream()).toList();
        boolean scored = unit.projects().stream().anyMatch(p -> !p.level1Scores().isEmpty());
        long count = project.indicators().stream().filter(i -> !i.blank()).count();
        return IndicatorTables.of(unit.form().project().indicators(), project.indicators(),
                c -> (c == Column.SCORE && scored) || all.stream().anyMatch(i -> i.text(c).isPresent()), project.level1Scores(),
                "绩效指标（共 " + count + " 项）");
    }

    /** Whether the unit page shows the narrative Part 1: always where the form has it, else where the unit wrote it. */
    private static boolean narrative(Unit unit) {
        return unit.form().narrative() || !unit.overallGoal().isBlank() || !unit.goals().isEmpty() || !unit.measures().isBlank();
    }

    /** A Markdown part as HTML; a part that cannot be rendered is reported with the unit and file it came from. */
    private String html(int year, Unit unit, String file, String source) {
        try {
            return markdown.apply(source);
        } catch (Markdown.RenderException e) {
            throw new Markdown.RenderException(year + " 年度单位 " + unit.code() + " 的 " + file + "：" + e.getMessage());
        }
    }
}
