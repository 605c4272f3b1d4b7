package gongkai.view;

import gongkai.model.Amount;
import gongkai.model.FiscalYear;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.SpendingPlan;
import gongkai.model.Unit;
import gongkai.view.Views.Crumb;
import gongkai.view.Views.Layout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Phase 4, view: turns the checked model into one {@link Views.Page} per output page. Pure: no I/O.
 * Each page carries everything its template needs, so pages can be rendered independently and in parallel.
 */
public final class ViewBuilder {

    private final Site site;
    private final UnaryOperator<String> markdown;
    private final Function<String, OptionalLong> pdfSizes;

    /**
     * @param markdown turns a Markdown part into safe HTML
     * @param pdfSizes the size in bytes of each PDF written, by its path; empty when PDFs are not (yet) built
     */
    public ViewBuilder(Site site, UnaryOperator<String> markdown, Function<String, OptionalLong> pdfSizes) {
        this.site = site;
        this.markdown = markdown;
        this.pdfSizes = pdfSizes;
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

    public static String unitPath(int year, String unitCode) {
        return year + "/" + unitCode + "/index.html";
    }

    public static String projectPath(int year, String unitCode, String projectCode) {
        return year + "/" + unitCode + "/projects/" + projectCode + ".html";
    }

    public List<Views.Page> pages() {
        List<Views.Page> pages = new ArrayList<>();
        pages.add(home());
        for (FiscalYear year : site.years()) {
            for (Unit unit : year.units()) {
                pages.add(unit(year, unit));
                for (int i = 0; i < unit.projects().size(); i++) {
                    pages.add(project(year, unit, i));
                }
            }
        }
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

    private Views.HomePage home() {
        String path = "index.html";
        List<Views.YearEntry> years = site.years().stream().map(y -> new Views.YearEntry(y.year(), y.framework().name(),
                y.units().stream().map(u -> new Views.UnitEntry(u.code(), u.name(), unitPath(y.year(), u.code()),
                        u.projects().size(), Format.amount(sum(u.projects().stream().map(p -> p.budget().total()).toList()))))
                        .toList())).toList();
        return new Views.HomePage(path, layout(path, site.config().title(), List.of(new Crumb("首页", null))),
                site.config().description(), years);
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
                    Format.amount(p.budget().total()), Format.amount(p.budget().fiscal()),
                    p.budget().other().map(Format::amount).orElse(null)));
        }
        List<Views.GoalEntry> goals = new ArrayList<>();
        for (int i = 0; i < unit.goals().size(); i++) {
            var g = unit.goals().get(i);
            goals.add(new Views.GoalEntry(i + 1, g.title(), g.target(), g.indicator()));
        }
        List<Amount> others = unit.projects().stream().flatMap(p -> p.budget().other().stream()).toList();
        String title = disclosureTitle(year.year(), unit);
        return new Views.UnitPage(path, layout(path, title, List.of(
                        new Crumb("首页", root + "index.html"),
                        new Crumb(year.year() + "年", root + "index.html#y" + year.year()),
                        new Crumb(unit.name(), null))),
                year.year(), unit.code(), unit.name(), unit.department().orElse(null),
                markdown.apply(unit.overallGoal()), goals, markdown.apply(unit.measures()), projects,
                Format.amount(sum(unit.projects().stream().map(p -> p.budget().total()).toList())),
                Format.amount(sum(unit.projects().stream().map(p -> p.budget().fiscal()).toList())),
                others.isEmpty() ? null : Format.amount(sum(others)),
                download(unitPdfPath(year.year(), unit.code()), path));
    }

    private static BigDecimal sum(List<Amount> amounts) {
        return amounts.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Views.ProjectPage project(FiscalYear year, Unit unit, int index) {
        Project p = unit.projects().get(index);
        String path = projectPath(year.year(), unit.code(), p.code());
        String root = rootOf(path);
        String unitHref = "../index.html";
        List<Views.PlanCell> plan = p.spendingPlan().checkpoints().stream()
                .map(c -> new Views.PlanCell(c.month().label(), "plan-" + c.month().key(),
                        c.percent().map(SpendingPlan.Percent::text).map(ViewBuilder::percentText).orElse(null)))
                .toList();
        return new Views.ProjectPage(path, layout(path, p.name() + "绩效目标表 - " + disclosureTitle(year.year(), unit), List.of(
                        new Crumb("首页", root + "index.html"),
                        new Crumb(year.year() + "年", root + "index.html#y" + year.year()),
                        new Crumb(unit.name(), unitHref),
                        new Crumb(p.name(), null))),
                year.year(), index + 1, unit.code(), unit.name(), unitHref, p.code(), p.name(),
                Format.amount(p.budget().total()), Format.amount(p.budget().fiscal()),
                p.budget().other().map(Format::amount).orElse(null), p.purpose(), plan, p.goal(),
                table(unit, p), download(projectPdfPath(year.year(), unit.code(), p.code()), path));
    }

    /** The plan is written as {@code 30%}; a bare {@code 30} is shown as {@code 30%} too. */
    private static String percentText(String text) {
        return text.endsWith("%") || text.endsWith("％") ? text : text + "%";
    }

    private static Views.IndicatorTable table(Unit unit, Project project) {
        List<Indicator> all = unit.projects().stream().flatMap(p -> p.indicators().stream()).toList();
        boolean hasScore = all.stream().anyMatch(i -> i.score().isPresent())
                || unit.projects().stream().anyMatch(p -> !p.level1Scores().isEmpty());
        boolean hasExplanation = all.stream().anyMatch(i -> i.explanation().isPresent());
        boolean hasMeasureUnit = all.stream().anyMatch(i -> i.measureUnit().isPresent());
        boolean hasValueType = all.stream().anyMatch(i -> i.valueType().isPresent());

        List<Indicator> rows = project.indicators();
        List<Views.IndicatorRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Indicator ind = rows.get(i);
            boolean startsLevel1 = i == 0 || !rows.get(i - 1).level1().equals(ind.level1());
            boolean startsLevel2 = startsLevel1 || !rows.get(i - 1).level2().equals(ind.level2());
            int l1Span = startsLevel1 ? span(rows, i, false) : 0;
            int l2Span = startsLevel2 ? span(rows, i, true) : 0;
            int l1Start = i;
            while (l1Start > 0 && rows.get(l1Start - 1).level1().equals(ind.level1())) {
                l1Start--;
            }
            int l2Start = i;
            while (l2Start > l1Start && rows.get(l2Start - 1).level2().equals(ind.level2())) {
                l2Start--;
            }
            String l1Id = "i" + l1Start + "-l1";
            String l2Id = "i" + l2Start + "-l2";
            String l3Id = "i" + i + "-l3";
            String rowHeaders = String.join(" ", l1Id, l2Id, l3Id);
            out.add(new Views.IndicatorRow(ind.level1(), l1Id, l1Span, project.level1Scores().get(ind.level1()),
                    ind.level2().orElse(""), l2Id, l2Span, ind.level3(), l3Id, ind.description(), ind.value().text(),
                    Format.spoken(ind.value()), ind.basis(), ind.score().orElse(null), ind.explanation().orElse(null),
                    ind.measureUnit().orElse(null), ind.valueType().map(Indicator.ValueType::label).orElse(null), rowHeaders));
        }
        int columns = 6 + (hasScore ? 1 : 0) + (hasExplanation ? 1 : 0) + (hasMeasureUnit ? 1 : 0) + (hasValueType ? 1 : 0);
        return new Views.IndicatorTable(hasScore, hasExplanation, hasMeasureUnit, hasValueType, columns, out);
    }

    /** How many rows from {@code start} share the 一级 (and, if {@code level2}, the 二级) of row {@code start}. */
    private static int span(List<Indicator> rows, int start, boolean level2) {
        Indicator first = rows.get(start);
        int n = 1;
        while (start + n < rows.size()) {
            Indicator next = rows.get(start + n);
            boolean same = next.level1().equals(first.level1()) && (!level2 || Objects.equals(next.level2(), first.level2()));
            if (!same) {
                break;
            }
            n++;
        }
        return n;
    }
}
