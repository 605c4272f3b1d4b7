package gongkai.data;

import gongkai.format.ProjectField;
import gongkai.model.FiscalYear;
import gongkai.model.Indicator;
import gongkai.model.IndicatorValue;
import gongkai.model.Project;
import gongkai.model.ProjectLineage;
import gongkai.model.Publication;
import gongkai.model.Site;
import gongkai.model.SpendingPlan;
import gongkai.model.Unit;
import gongkai.view.ViewBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The two open data tables, {@code projects} and {@code indicators}: their columns (the one definition the CSV files,
 * the Table Schemas of {@code datapackage.json} and the 数据下载 page share) and their rows, read from the model.
 * Numbers are written as in the content ({@code 30.00} stays {@code 30.00}); a blank cell stays blank, never 0.
 */
public final class Tables {

    private Tables() {}

    /**
     * A project with where it belongs; {@code number} is its position in Part 2 (1, 2, …); {@code predecessor} is the
     * earlier year's project it continues, as {@link ProjectLineage} matched it.
     */
    public record ProjectRow(int year, Unit unit, int number, Project project, Optional<ProjectLineage.Link> predecessor) {}

    /** An indicator with where it belongs; {@code number} is its row in the project's table (1, 2, …). */
    public record IndicatorRow(int year, Unit unit, Project project, int number, Indicator indicator) {}

    /**
     * A row of a unit's 部门（单位）整体绩效目标表; {@code number} is its row in that table (1, 2, …). A row the table
     * publishes empty (a 二级指标 without 三级指标 and value) is a row too.
     */
    public record UnitIndicatorRow(int year, Unit unit, int number, Indicator indicator) {}

    private static final String UNIT_CODE = "^[0-9A-Za-z]{1,20}$";
    private static final String PROJECT_CODE = "^[0-9A-Za-z]{1,40}$";

    public static final Table<ProjectRow> PROJECTS = new Table<>("projects", "项目表",
            "每个预算项目一行：所属年度和单位、预算规模、资金支出计划和绩效目标，所属单位本年度的预算批复日期和公开日期，以及延续的往年项目。", List.of(
            Column.<ProjectRow>integer("年度", "预算年度，如 2022。", r -> Integer.toString(r.year())),
            Column.<ProjectRow>text("单位编码", true, "预算单位编码。", r -> r.unit().code()).withPattern(UNIT_CODE),
            Column.<ProjectRow>text("单位名称", true, "预算单位名称。", r -> r.unit().name()),
            Column.<ProjectRow>text("主管部门", false, "主管部门名称；未填写时为空。", r -> r.unit().department().orElse(null)),
            Column.<ProjectRow>integer("序号", "项目在公开文件第二部分中的序号。", r -> Integer.toString(r.number())),
            Column.<ProjectRow>text("项目编码", true, "项目编码（含年度，同一年度内不重复）。", r -> r.project().code())
                    .withPattern(PROJECT_CODE),
            Column.<ProjectRow>text("项目名称", true, "项目名称。", r -> r.project().name()),
            Column.<ProjectRow>number("预算数", true, "预算数（万元），按公开文件原样书写。", r -> plain(r.project().budget().total().value())),
            Column.<ProjectRow>number("财政资金", false, "其中：财政资金（万元）；本单位的表式不印这一栏时为空（第 1 版起可以为空）。",
                    r -> r.project().budget().fiscal().map(a -> plain(a.value())).orElse(null)),
            Column.<ProjectRow>number("其他资金", false, "其他资金（万元）；公开文件中为空时为空，不是 0。",
                    r -> r.project().budget().other().map(a -> plain(a.value())).orElse(null)),
            Column.<ProjectRow>text("资金用途", false, "资金用途；本单位的表式不印这一栏时为空（第 1 版起可以为空）。",
                    r -> r.project().purpose().orElse(null)),
            plan(SpendingPlan.Month.MAR), plan(SpendingPlan.Month.JUN), plan(SpendingPlan.Month.OCT), plan(SpendingPlan.Month.DEC),
            Column.<ProjectRow>text("绩效目标", true, "项目绩效目标，按公开文件原文。", r -> r.project().goal()),
            Column.<ProjectRow>integer("指标数", "本项目绩效指标（三级指标）的个数，即指标表中本项目的行数。",
                    r -> Integer.toString(r.project().indicators().size())),
            Column.<ProjectRow>text("网页", true, "项目绩效目标表网页，相对于网站根目录的路径。",
                    r -> ViewBuilder.projectPath(r.year(), r.unit().code(), r.project().code())),
            Column.<ProjectRow>text("JSON", true, "本项目 JSON 数据的固定路径，相对于网站根目录。",
                    r -> OpenData.projectJsonPath(r.year(), r.unit().code(), r.project().code())),
            // Added in version 1 (columns are only ever added at the end). The dates belong to the unit's year, so
            // they repeat on each of its projects, like 单位名称 and 主管部门.
            Column.<ProjectRow>date("预算批复日期", "本单位本年度预算的批复日期（年-月-日，unit.yaml 的 approval_date）；"
                    + "同一单位同一年度的各行相同；未载明时为空。", r -> date(r.unit().publication().approved())),
            Column.<ProjectRow>date("公开日期", "本单位本年度预算绩效目标的公开日期（年-月-日，unit.yaml 的 publication_date）；"
                    + "未载明时为空。", r -> date(r.unit().publication().published())),
            Column.<ProjectRow>text("日期说明", false, "关于这两个日期的说明（unit.yaml 的 dates_note），如未载明的原因；没有时为空。",
                    r -> r.unit().publication().note().orElse(null)),
            Column.<ProjectRow>optionalInteger("公开距批复天数", "公开日期是批复后的第几天（批复当日不计，次日为 1）；任一日期为空时为空。",
                    r -> day(r.unit().publication())),
            Column.<ProjectRow>text("是否20日内公开", false, "预算法第十四条要求部门预算在批复后 " + Publication.LIMIT_DAYS
                    + " 日内公开：是 或 否；任一日期为空时为空。", r -> r.unit().publication().onTime().map(t -> t ? "是" : "否").orElse(null))
                    .withValues(List.of("是", "否")),
            Column.<ProjectRow>text("延续的往年项目编码", false, "本项目延续的往年项目的编码，按内容中 continues 所写；没有写时为空。",
                    r -> r.project().continues().orElse(null)).withPattern(PROJECT_CODE),
            Column.<ProjectRow>optionalInteger("对应往年项目年度", "与本项目对应的往年项目（历年对比所用）所在年度；没有对应项目时为空。",
                    r -> r.predecessor().map(l -> Integer.toString(l.entry().year())).orElse(null)),
            Column.<ProjectRow>text("对应往年项目编码", false, "与本项目对应的往年项目的编码：优先按“延续的往年项目编码”在同一单位往年的项目中查找，"
                    + "找不到时为同一单位上一年度同名（且名称唯一）的项目；没有对应项目时为空。",
                    r -> r.predecessor().map(l -> l.entry().project().code()).orElse(null)).withPattern(PROJECT_CODE),
            Column.<ProjectRow>text("对应方式", false, "如何找到对应的往年项目：延续项目编码（按 continues）或 同名（同一单位上一年度同名项目）；"
                    + "没有对应项目时为空。", r -> r.predecessor().map(l -> matchLabel(l.match())).orElse(null))
                    .withValues(List.of(matchLabel(ProjectLineage.Match.CONTINUES), matchLabel(ProjectLineage.Match.SAME_NAME))),
            // Added in version 1: the form the unit's tables follow, and the header fields only some forms print.
            Column.<ProjectRow>text("表式标识", false, "本单位采用的表式（content/forms/ 中的文件名，不含 .yaml）；同一单位同一年度的各行相同；"
                    + "年度和单位都没有选用表式（标准表式）时为空。", r -> blankToNull(r.unit().form().id())).withPattern("^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"),
            Column.<ProjectRow>text("表式名称", true, "本单位采用的表式的名称，如 河北省唐山市丰润区 项目支出绩效目标表；同一单位同一年度的各行相同。",
                    r -> r.unit().form().name()),
            headerText(ProjectField.CATEGORY), headerText(ProjectField.PERIOD),
            Column.<ProjectRow>number(ProjectField.PROJECT_TOTAL.label(), false, "项目总预算（万元，项目全部实施期的预算），按公开文件原样书写；"
                    + "本单位的表式不印这一栏时为空。", r -> r.project().projectTotal().map(a -> plain(a.value())).orElse(null)),
            headerText(ProjectField.EXECUTION_RATE), headerText(ProjectField.EXECUTION_SCORE), headerText(ProjectField.GOAL_SCORE),
            headerText(ProjectField.REVIEW)),
            List.of("年度", "项目编码"), Optional.empty());

    private static final List<String> COMPARATORS = Arrays.stream(IndicatorValue.Comparator.values())
            .map(IndicatorValue.Comparator::symbol).toList();

    public static final Table<IndicatorRow> INDICATORS = new Table<>("indicators", "绩效指标表",
            "每个三级指标一行：所属年度、单位和项目，一级、二级、三级指标，按公开原文的指标值和从中读出的比较符、数值、单位。"
                    + "公开表格中为空的行（只写了一级、二级指标）也是一行。", concat(List.of(
            Column.<IndicatorRow>integer("年度", "预算年度。", r -> Integer.toString(r.year())),
            Column.<IndicatorRow>text("单位编码", true, "预算单位编码。", r -> r.unit().code()).withPattern(UNIT_CODE),
            Column.<IndicatorRow>text("单位名称", true, "预算单位名称。", r -> r.unit().name()),
            Column.<IndicatorRow>text("项目编码", true, "所属项目的编码，对应项目表的“项目编码”。", r -> r.project().code())
                    .withPattern(PROJECT_CODE),
            Column.<IndicatorRow>text("项目名称", true, "所属项目的名称。", r -> r.project().name()),
            Column.<IndicatorRow>integer("行号", "本指标在项目绩效指标表中的行号（从 1 开始）。", r -> Integer.toString(r.number()))),
            indicatorColumns(IndicatorRow::indicator)),
            List.of("年度", "项目编码", "行号"), Optional.of(new Table.ForeignKey(List.of("年度", "项目编码"), "projects")));

    /** Added in version 1: the 部门（单位）整体绩效目标表's indicator rows, one per row as printed. */
    public static final Table<UnitIndicatorRow> UNIT_INDICATORS = new Table<>("unit-indicators", "整体绩效指标表",
            "部门（单位）整体绩效目标表中的绩效指标，每行一行（公开表格中为空的行也是一行）：所属年度和单位，一级、二级、三级指标，"
                    + "指标值和从中读出的比较符、数值、单位。只有表式有这张表的单位才有。", concat(List.of(
            Column.<UnitIndicatorRow>integer("年度", "预算年度。", r -> Integer.toString(r.year())),
            Column.<UnitIndicatorRow>text("单位编码", true, "预算单位编码。", r -> r.unit().code()).withPattern(UNIT_CODE),
            Column.<UnitIndicatorRow>text("单位名称", true, "预算单位名称。", r -> r.unit().name()),
            Column.<UnitIndicatorRow>integer("行号", "本指标在整体绩效目标表的指标表中的行号（从 1 开始）。", r -> Integer.toString(r.number()))),
            indicatorColumns(UnitIndicatorRow::indicator)),
            List.of("年度", "单位编码", "行号"), Optional.empty());

    /** Every table, in the order of {@code datapackage.json} and the 数据下载 page. */
    public static final List<Table<?>> ALL = List.of(PROJECTS, INDICATORS, UNIT_INDICATORS);

    /**
     * The columns of an indicator row, from 一级指标 on; the same for a project's and a unit's table. A row published
     * empty has a blank 三级指标 and 指标值.
     */
    private static <R> List<Column<R>> indicatorColumns(Function<R, Indicator> row) {
        return List.of(
                Column.<R>text("一级指标", true, "一级指标，如 产出指标；表中写了分值的照写，如 产出指标(70分)。", r -> row.apply(r).level1()),
                Column.<R>text("二级指标", false, "二级指标，如 数量指标；公开表格中为空时为空。", r -> row.apply(r).level2().orElse(null)),
                Column.<R>text("三级指标", false, "三级指标（指标名称）；公开表格中为空的行（只写了一级、二级指标）为空（第 1 版起可以为空）。",
                        r -> blankToNull(row.apply(r).level3())),
                Column.<R>text("绩效指标描述", false, "绩效指标描述；为空时为空。", r -> blankToNull(row.apply(r).description())),
                Column.<R>text("指标值", false, "指标值，按公开文件原样，如 ≥95%、≤2.5万元/月、2022年底前完成；公开表格中为空的行为空（第 1 版起可以为空）。",
                        r -> blankToNull(row.apply(r).value().text())),
                Column.<R>text("比较符", false,
                        "从指标值读出的比较符：≥ 不低于，≤ 不超过，> 高于，< 低于，= 等于（只写数字时也是 =）；文字指标值为空。",
                        r -> quantitative(row.apply(r)).map(q -> q.comparator().symbol()).orElse(null)).withValues(COMPARATORS),
                Column.<R>number("数值", false, "从指标值读出的数值（去掉千分位逗号）；文字指标值为空。",
                        r -> quantitative(row.apply(r)).map(q -> plain(q.number())).orElse(null)),
                Column.<R>text("数值单位", false, "从指标值读出的单位，如 %、个、万元/月；没有单位或文字指标值时为空。",
                        r -> quantitative(row.apply(r)).map(IndicatorValue.Quantitative::unit).map(Tables::blankToNull).orElse(null)),
                Column.<R>text("指标值确定依据", false, "指标值确定依据；为空时为空。", r -> blankToNull(row.apply(r).basis())),
                Column.<R>text("分值", false, "分值，只有公开表格有此栏时才有。", r -> row.apply(r).score().orElse(null)),
                Column.<R>text("指标解释", false, "指标解释，只有公开表格有此栏时才有。", r -> row.apply(r).explanation().orElse(null)),
                Column.<R>text("计量单位", false, "计量单位，只有公开表格有此栏时才有。", r -> row.apply(r).measureUnit().orElse(null)),
                Column.<R>text("指标值类型", false, "指标值类型（定量或定性），只有公开表格有此栏时才有。",
                        r -> row.apply(r).valueType().map(Indicator.ValueType::label).orElse(null)).withValues(List.of("定量", "定性")),
                // Added in version 1 (at the end): the columns only some forms print.
                Column.<R>text(gongkai.format.Column.STANDARD.heading(), false, "绩效标准（如 计划标准、行业标准、历史标准），只有公开表格有此栏时才有。",
                        r -> row.apply(r).standard().orElse(null)),
                Column.<R>text(gongkai.format.Column.SCORING.heading(), false, "评(扣)分标准，只有公开表格有此栏时才有。",
                        r -> row.apply(r).scoring().orElse(null)),
                Column.<R>text(gongkai.format.Column.REMARK.heading(), false, "备注，只有公开表格有此栏时才有。",
                        r -> row.apply(r).remark().orElse(null)));
    }

    /** A text field of a project's header that only some forms print, named as the content format names it. */
    private static Column<ProjectRow> headerText(ProjectField field) {
        return Column.text(field.label(), false, field.label() + "，按公开表格原样；本单位的表式不印这一栏或该栏为空时为空。",
                r -> r.project().text(field).orElse(null));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Column<ProjectRow> plan(SpendingPlan.Month month) {
        return Column.number(month.label() + "支出计划", false,
                "资金支出计划：截至" + month.label() + "累计支出占预算数的百分比（写 30 表示 30%）；公开表格中为空时为空，不是 0；"
                        + "本单位的表式没有资金支出计划时为空。",
                r -> r.project().spendingPlan().stream().flatMap(plan -> plan.checkpoints().stream()).filter(c -> c.month() == month).findFirst()
                        .flatMap(SpendingPlan.Checkpoint::percent).map(p -> plain(p.value())).orElse(null));
    }

    /** How a match to the earlier project is named in the CSV and on the 数据下载 page. */
    static String matchLabel(ProjectLineage.Match match) {
        return switch (match) {
            case CONTINUES -> "延续项目编码";
            case SAME_NAME -> "同名";
        };
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    private static String day(Publication publication) {
        return publication.dayOfPublication().isPresent() ? Long.toString(publication.dayOfPublication().getAsLong()) : null;
    }

    private static Optional<IndicatorValue.Quantitative> quantitative(Indicator indicator) {
        return indicator.value() instanceof IndicatorValue.Quantitative q ? Optional.of(q) : Optional.empty();
    }

    private static String plain(BigDecimal number) {
        return number.toPlainString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** Every project of the site: newest year first, units by code, projects in the disclosure's order. */
    public static List<ProjectRow> projectRows(Site site, ProjectLineage lineage) {
        List<ProjectRow> rows = new ArrayList<>();
        for (FiscalYear year : site.years()) {
            for (Unit unit : year.units()) {
                rows.addAll(projectRows(lineage, year.year(), unit));
            }
        }
        return rows;
    }

    /** The projects of one unit's year; {@code lineage} is of the whole site. */
    public static List<ProjectRow> projectRows(ProjectLineage lineage, int year, Unit unit) {
        List<ProjectRow> rows = new ArrayList<>();
        for (int i = 0; i < unit.projects().size(); i++) {
            Project p = unit.projects().get(i);
            rows.add(new ProjectRow(year, unit, i + 1, p, lineage.predecessor(year, unit, p)));
        }
        return rows;
    }

    /** The rows of the 部门（单位）整体绩效目标表 of every unit that has one: newest year first, units by code. */
    public static List<UnitIndicatorRow> unitIndicatorRows(Site site) {
        List<UnitIndicatorRow> rows = new ArrayList<>();
        for (FiscalYear year : site.years()) {
            for (Unit unit : year.units()) {
                rows.addAll(unitIndicatorRows(year.year(), unit));
            }
        }
        return rows;
    }

    /** The rows of one unit's 部门（单位）整体绩效目标表, in its order; none where the unit has no such table. */
    public static List<UnitIndicatorRow> unitIndicatorRows(int year, Unit unit) {
        List<UnitIndicatorRow> rows = new ArrayList<>();
        List<Indicator> indicators = unit.table().map(t -> t.indicators()).orElse(List.of());
        for (int i = 0; i < indicators.size(); i++) {
            rows.add(new UnitIndicatorRow(year, unit, i + 1, indicators.get(i)));
        }
        return rows;
    }

    /** Every indicator of the given projects, each project's in its table's order. */
    public static List<IndicatorRow> indicatorRows(List<ProjectRow> projects) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (ProjectRow p : projects) {
            List<Indicator> indicators = p.project().indicators();
            for (int i = 0; i < indicators.size(); i++) {
                rows.add(new IndicatorRow(p.year(), p.unit(), p.project(), i + 1, indicators.get(i)));
            }
        }
        return rows;
    }
}
