package gongkai.format;

import gongkai.format.FieldDef.Need;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content format, declared once: every file kind with its fields, labels, kinds and help. The checker reads the
 * keys, labels and patterns from here, {@code gongkai new} writes skeletons from it, the JSON Schemas in
 * {@code schemas/} are generated from it, and the forms ({@link ProjectField}, {@link Column},
 * {@link UnitTableField}) choose among its fields.
 */
public final class ContentFormat {

    private ContentFormat() {}

    private static FieldDef f(String key, String label, Kind kind, Need need, String help) {
        return FieldDef.of(key, label, kind, need, help);
    }

    /** The row fields of an indicator table: every {@link Column}. */
    public static final FieldDef INDICATOR = FieldDef.group("indicators", "绩效指标", Kind.LIST, Need.REQUIRED,
            "每行一个三级指标，按公开表格的顺序填写", Arrays.stream(Column.values())
                    .map(c -> f(c.key(), c.heading(), c.kind(), Need.FORM, c.help())).toList());

    public static final FieldDef SITE = FieldDef.group("", "网站设置", Kind.MAPPING, Need.REQUIRED, "content/site.yaml", List.of(
            f("title", "网站名称", Kind.TEXT, Need.REQUIRED, "显示在每个页面的顶部和浏览器标题中"),
            f("description", "网站说明", Kind.TEXT, Need.OPTIONAL, "显示在首页"),
            f("publisher", "发布机关", Kind.TEXT, Need.OPTIONAL, "显示在每个页面的页脚"),
            f("url", "网站地址", Kind.TEXT, Need.OPTIONAL, "以 http:// 或 https:// 开头的完整地址；填写后生成 sitemap.xml"),
            FieldDef.group("pdf_fonts", "PDF 字体", Kind.MAPPING, Need.OPTIONAL, "生成 PDF 用的字体文件", List.of(
                    f("regular", "常规字体文件", Kind.TEXT, Need.REQUIRED, "字体文件的路径"),
                    f("regular_name", "常规字体在字体集中的名称", Kind.TEXT, Need.OPTIONAL, "字体集（.ttc）中的字体名称"),
                    f("bold", "粗体字体文件", Kind.TEXT, Need.OPTIONAL, "字体文件的路径"),
                    f("bold_name", "粗体字体在字体集中的名称", Kind.TEXT, Need.OPTIONAL, "字体集（.ttc）中的字体名称")))));

    public static final FieldDef YEAR = FieldDef.group("", "年度设置", Kind.MAPPING, Need.REQUIRED, "content/年度/year.yaml", List.of(
            f("framework", "绩效指标体系", Kind.ID, Need.REQUIRED, "content/frameworks/ 中的文件名（不含 .yaml）"),
            f("form", "表式", Kind.ID, Need.OPTIONAL, "content/forms/ 中的文件名（不含 .yaml）；不填时用标准表式")));

    public static final FieldDef FRAMEWORK = FieldDef.group("", "绩效指标体系", Kind.MAPPING, Need.REQUIRED,
            "content/frameworks/名称.yaml", List.of(
                    f("name", "名称", Kind.TEXT, Need.REQUIRED, "指标体系的名称"),
                    FieldDef.group("level1", "一级指标", Kind.LIST, Need.REQUIRED, "按表格中的顺序", List.of(
                            f("name", "一级指标名称", Kind.TEXT, Need.REQUIRED, "如 产出指标"),
                            f("required", "是否必需", Kind.BOOLEAN, Need.OPTIONAL, "true 表示每个项目至少要有一个该类指标"),
                            FieldDef.group("level2", "二级指标", Kind.LIST, Need.REQUIRED, "该一级指标下的二级指标名称", List.of()))),
                    FieldDef.group("aliases", "二级指标的别名", Kind.NAMED_TEXT, Need.OPTIONAL,
                            "“别名: 二级指标名称”，如 社会公众或服务对象满意度指标: 服务对象满意度指标", List.of())));

    private static List<FieldDef> formTable(String title, Kind fieldsKind) {
        return List.of(
                f("title", "表名", Kind.TEXT, Need.REQUIRED, title),
                FieldDef.group("fields", "表头栏目", fieldsKind, Need.OPTIONAL, "“字段: 表中印的名称”，按表中的顺序", List.of()),
                FieldDef.group("columns", "指标表的列", Kind.NAMED_TEXT, Need.REQUIRED, "“列: 表中印的列名”，按表中的顺序", List.of()),
                FieldDef.group("required", "必填的栏目", Kind.LIST, Need.OPTIONAL, "表头栏目或列的字段名，列出的每一项都必须填写", List.of()),
                FieldDef.group("optional", "可以为空的栏目", Kind.LIST, Need.OPTIONAL, "表头栏目或列的字段名，列出的每一项可以留空", List.of()),
                f("empty_rows", "允许空行", Kind.BOOLEAN, Need.OPTIONAL, "true 表示可以有只写了一级、二级指标而三级指标和指标值都为空的行"));
    }

    public static final FieldDef FORM = FieldDef.group("", "表式", Kind.MAPPING, Need.REQUIRED, "content/forms/名称.yaml", List.of(
            f("name", "名称", Kind.TEXT, Need.REQUIRED, "表式的名称，如 河北省 项目支出绩效目标表"),
            f("narrative", "第一部分文字", Kind.BOOLEAN, Need.OPTIONAL,
                    "true（默认）表示单位有第一部分的文字（overall.md、分项绩效目标、measures.md）；false 表示可以没有"),
            FieldDef.group("project", "项目绩效目标表", Kind.MAPPING, Need.REQUIRED, "项目的表式",
                    formTable("表名，印在项目名称之后，如 绩效目标表、绩效目标申报表", Kind.NAMED_TEXT)),
            FieldDef.group("unit_table", "部门（单位）整体绩效目标表", Kind.MAPPING, Need.OPTIONAL, "有这张表时填写",
                    formTable("表名，如 部门（单位）整体绩效目标表", Kind.NAMED_TEXT))));

    public static final FieldDef GOAL = FieldDef.group("goals", "分项绩效目标", Kind.LIST, Need.REQUIRED, "按公开文件的顺序填写", List.of(
            f("title", "分项名称", Kind.TEXT, Need.REQUIRED, ""),
            f("target", "绩效目标", Kind.TEXT, Need.REQUIRED, ""),
            f("indicator", "绩效指标", Kind.TEXT, Need.REQUIRED, "")));

    public static final FieldDef UNIT_TABLE = FieldDef.group("unit_table", "部门（单位）整体绩效目标表", Kind.MAPPING, Need.FORM,
            "表式有这张表时填写", concat(Arrays.stream(UnitTableField.values())
                    .map(u -> f(u.key(), u.heading(), Kind.TEXT, Need.FORM, u.help())).toList(), List.of(INDICATOR)));

    public static final FieldDef UNIT = FieldDef.group("", "预算单位", Kind.MAPPING, Need.REQUIRED, "content/年度/单位编码/unit.yaml", List.of(
            f("code", "单位编码", Kind.CODE, Need.REQUIRED, "与所在文件夹名称一致"),
            f("name", "单位名称", Kind.TEXT, Need.REQUIRED, "与公开文件一致"),
            f("department", "主管部门", Kind.TEXT, Need.OPTIONAL, "主管部门名称"),
            f("region", "行政区划代码", Kind.REGION, Need.OPTIONAL, "本单位项目编码以它开头，后接两位年份；不填则不检查"),
            f("total", "项目预算合计", Kind.AMOUNT, Need.OPTIONAL, "第二部分各项目预算数之和（万元）；填写后核对"),
            f("approval_date", "预算批复日期", Kind.DATE, Need.OPTIONAL, "财政部门批复本单位预算的日期"),
            f("publication_date", "公开日期", Kind.DATE, Need.OPTIONAL, "本单位公开的日期"),
            f("dates_note", "日期说明", Kind.TEXT, Need.OPTIONAL, "原公开文件没有载明日期时写明原因"),
            f("form", "表式", Kind.ID, Need.OPTIONAL, "本单位采用的表式（content/forms/ 中的文件名）；不填时用本年度的表式"),
            f("framework", "绩效指标体系", Kind.ID, Need.OPTIONAL, "本单位采用的指标体系（content/frameworks/ 中的文件名）；不填时用本年度的指标体系"),
            GOAL,
            UNIT_TABLE));

    public static final FieldDef BUDGET = FieldDef.group("budget", "预算规模", Kind.MAPPING, Need.REQUIRED, "单位都是万元，只写数字",
            List.of(field(ProjectField.TOTAL), field(ProjectField.FISCAL), field(ProjectField.OTHER)));

    public static final FieldDef SPENDING_PLAN = FieldDef.group("spending_plan", ProjectField.SPENDING_PLAN.heading(), Kind.MAPPING,
            Need.FORM, ProjectField.SPENDING_PLAN.help(), List.of(
                    f("mar", "3月底", Kind.PERCENT, Need.OPTIONAL, "截至 3月底累计支出的百分比"),
                    f("jun", "6月底", Kind.PERCENT, Need.OPTIONAL, "截至 6月底累计支出的百分比"),
                    f("oct", "10月底", Kind.PERCENT, Need.OPTIONAL, "截至 10月底累计支出的百分比"),
                    f("dec", "12月底", Kind.PERCENT, Need.OPTIONAL, "截至 12月底累计支出的百分比")));

    public static final FieldDef PROJECT = FieldDef.group("", "预算项目绩效目标表", Kind.MAPPING, Need.REQUIRED,
            "content/年度/单位编码/projects/项目编码.yaml", projectFields());

    private static FieldDef field(ProjectField p) {
        return f(p.leaf(), p.heading(), p.kind(), Need.FORM, p.help());
    }

    private static List<FieldDef> projectFields() {
        List<FieldDef> list = new ArrayList<>();
        list.add(f("code", "项目编码", Kind.CODE, Need.REQUIRED, "与文件名一致（文件名 = 项目编码.yaml）"));
        list.add(f("name", "项目名称", Kind.TEXT, Need.REQUIRED, "与公开文件一致"));
        list.add(f("order", "序号", Kind.ORDER, Need.OPTIONAL, "在公开文件第二部分中的序号；不填的项目排在最后"));
        for (ProjectField p : ProjectField.values()) {
            if (p.root().equals("budget")) {
                if (p == ProjectField.TOTAL) {
                    list.add(BUDGET);
                }
            } else if (p == ProjectField.SPENDING_PLAN) {
                list.add(SPENDING_PLAN);
            } else {
                list.add(f(p.key(), p.heading(), p.kind(), Need.FORM, p.help()));
            }
        }
        list.add(INDICATOR);
        list.add(FieldDef.group("level1_scores", "一级指标分值", Kind.NAMED_TEXT, Need.OPTIONAL,
                "写在一级指标格中的分值，“一级指标: 分值”，如 产出指标: 50分", List.of()));
        list.add(f("continues", "延续的上年项目编码", Kind.CODE, Need.OPTIONAL,
                "本项目延续往年的项目、且项目名称改了时，填写上一年度公开文件中的项目编码"));
        return list;
    }

    private static List<FieldDef> concat(List<FieldDef> a, List<FieldDef> b) {
        List<FieldDef> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Every file kind, by the name of its schema file. */
    public static final Map<String, FieldDef> FILES = files();

    private static Map<String, FieldDef> files() {
        Map<String, FieldDef> m = new LinkedHashMap<>();
        m.put("site", SITE);
        m.put("year", YEAR);
        m.put("framework", FRAMEWORK);
        m.put("form", FORM);
        m.put("unit", UNIT);
        m.put("project", PROJECT);
        return m;
    }

    /**
     * The label of {@code key} inside {@code def} ({@code def} itself when the key is its own), for messages; the
     * key's label anywhere in the format when {@code def} does not have it.
     */
    public static Optional<String> label(FieldDef def, String key) {
        Optional<String> own = def.child(key).map(FieldDef::label);
        return own.isPresent() ? own : anywhere(key);
    }

    private static Optional<String> anywhere(String key) {
        for (FieldDef file : FILES.values()) {
            Optional<String> found = find(file, key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(FieldDef def, String key) {
        for (FieldDef c : def.children()) {
            if (c.key().equals(key)) {
                return Optional.of(c.label());
            }
            Optional<String> deeper = find(c, key);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }
}
