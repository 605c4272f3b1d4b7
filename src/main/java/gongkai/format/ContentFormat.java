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

    /**
     * The row fields of an indicator table: every {@link Column}. 一级指标 is filled in every row of every form (rows
     * published empty included); whether the other columns exist and must be filled is the form's.
     */
    public static final FieldDef INDICATOR = FieldDef.group("indicators", "绩效指标", Kind.ROWS, Need.REQUIRED,
            "每项是公开表格中的一行（一个三级指标），按表格的顺序填写。每个项目都要有采用的指标体系要求的一级指标（如产出、效益、满意度指标），"
                    + "这一点由 ./gongkai validate 检查（GK205）", Arrays.stream(Column.values())
                    .map(c -> f(c.key(), c.heading(), c.kind(), c == Column.LEVEL1 ? Need.REQUIRED : Need.FORM, c.help())).toList());

    public static final FieldDef SITE = FieldDef.group("", "网站设置", Kind.MAPPING, Need.REQUIRED,
            "content/site.yaml：网站名称、说明、发布机关和 PDF 字体。字体文件是否存在、能否嵌入在生成网站时检查", List.of(
            f("title", "网站名称", Kind.TEXT, Need.REQUIRED, "显示在每个页面的顶部和浏览器标题中，如 唐山市丰润区预算绩效目标公开"),
            f("description", "网站说明", Kind.TEXT, Need.OPTIONAL, "显示在首页"),
            f("publisher", "发布机关", Kind.TEXT, Need.OPTIONAL, "显示在每个页面的页脚，如 唐山市丰润区财政局"),
            f("url", "网站地址", Kind.URL, Need.OPTIONAL, "网站发布的完整地址，如 https://czj.example.gov.cn/jxmb/。"
                    + "填写后生成供搜索引擎使用的 sitemap.xml，订阅源 feed.atom 中的链接也使用完整地址；不填则不生成 sitemap.xml"),
            FieldDef.group("pdf_fonts", "PDF 字体", Kind.MAPPING, Need.OPTIONAL, "PDF 使用的中文字体文件（TrueType 轮廓）；"
                    + "相对路径相对于内容文件夹所在的文件夹。不填时使用 fonts/ 或系统中的字体，见 README 的“PDF 字体”", List.of(
                    f("regular", "常规字体文件", Kind.TEXT, Need.REQUIRED,
                            "字体文件的路径，如 fonts/NotoSansSC-Regular.ttf 或 /usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                    f("regular_name", "常规字体在字体集中的名称", Kind.TEXT, Need.OPTIONAL, "字体集（.ttc）中的字体名称，如 WenQuanYi Micro Hei"),
                    f("bold", "粗体字体文件", Kind.TEXT, Need.OPTIONAL, "字体文件的路径；省略时用常规字体"),
                    f("bold_name", "粗体字体在字体集中的名称", Kind.TEXT, Need.OPTIONAL, "字体集（.ttc）中的字体名称")))));

    public static final FieldDef YEAR = FieldDef.group("", "年度设置", Kind.MAPPING, Need.REQUIRED,
            "content/年度/year.yaml：本年度采用的绩效指标体系和表式", List.of(
            f("framework", "绩效指标体系", Kind.ID, Need.REQUIRED, "content/frameworks/ 中的文件名（不含 .yaml），"
                    + "如 output-benefit-satisfaction（产出、效益、满意度）或 output-cost-benefit-satisfaction（产出、成本、效益、满意度）。"
                    + "是否存在由 ./gongkai validate 检查（GK201）"),
            f("form", "表式", Kind.ID, Need.OPTIONAL, "content/forms/ 中的文件名（不含 .yaml），如 hebei-fengrun；"
                    + "不填时用标准表式（示例内容的项目绩效目标表）。单位可以在 unit.yaml 中选用自己的表式。是否存在由 ./gongkai validate 检查（GK201）")));

    public static final FieldDef FRAMEWORK = FieldDef.group("", "绩效指标体系", Kind.MAPPING, Need.REQUIRED,
            "content/frameworks/标识.yaml：一级指标及其下属二级指标。year.yaml 或 unit.yaml 用文件名（不含 .yaml）选用。"
                    + "项目的指标是否符合指标体系由 ./gongkai validate 检查（GK203–GK205）", List.of(
                    f("name", "名称", Kind.TEXT, Need.REQUIRED, "如 产出、效益、满意度指标体系（成本指标属于产出指标）"),
                    FieldDef.group("level1", "一级指标", Kind.LIST, Need.REQUIRED, "按表格中的顺序列出一级指标，每项以“- ”开头", List.of(
                            f("name", "一级指标名称", Kind.TEXT, Need.REQUIRED, "如 产出指标"),
                            f("required", "是否必需", Kind.BOOLEAN, Need.OPTIONAL,
                                    "true 表示每个项目至少要有一个该类指标（由 ./gongkai validate 检查，GK205）；false 或不填表示可以没有"),
                            FieldDef.group("level2", "二级指标", Kind.LIST, Need.REQUIRED,
                                    "该一级指标下的二级指标名称，如 [数量指标, 质量指标, 时效指标]；可以是空列表 []", List.of()))),
                    FieldDef.group("aliases", "二级指标的别名", Kind.NAMED_TEXT, Need.OPTIONAL,
                            "本地表格中二级指标的其他名称，“别名: 二级指标名称”，如 社会公众或服务对象满意度指标: 服务对象满意度指标。"
                                    + "所代表的二级指标是否在本指标体系中由 ./gongkai validate 检查（GK114）", List.of())));

    private static List<FieldDef> formTable(String title, Need fieldsNeed, List<FieldDef> fields) {
        return List.of(
                f("title", "表名", Kind.TEXT, Need.REQUIRED, title),
                FieldDef.group("fields", "表头栏目", Kind.NAMED_TEXT, fieldsNeed,
                        "“字段: 表中印的名称”，按表中的顺序；只写表中有的栏目", fields),
                FieldDef.group("columns", "指标表的列", Kind.NAMED_TEXT, Need.REQUIRED,
                        "“列: 表中印的列名”，按表中的顺序；只写表中有的列，level1、level3、value 三列每个表都有",
                        Arrays.stream(Column.values()).map(c -> f(c.key(), c.heading(), Kind.TEXT,
                                Column.ON_EVERY_FORM.contains(c) ? Need.REQUIRED : Need.OPTIONAL,
                                "表中有这一列时写上它印的列名，如 " + c.heading() + "；这一列在每行中" + (c.required() ? "默认必填" : "默认可以为空")
                                        + "，可以在 required、optional 中改变")).toList()),
                FieldDef.group("required", "必填的栏目", Kind.LIST, Need.OPTIONAL,
                        "表头栏目或列的字段名，列出的每一项都必须填写。只能写 fields 或 columns 中已有的字段名（由 ./gongkai validate 检查，GK114）", List.of()),
                FieldDef.group("optional", "可以为空的栏目", Kind.LIST, Need.OPTIONAL,
                        "表头栏目或列的字段名，列出的每一项可以留空。只能写 fields 或 columns 中已有的字段名（由 ./gongkai validate 检查，GK114）", List.of()),
                f("empty_rows", "允许空行", Kind.BOOLEAN, Need.OPTIONAL, "true 表示可以有只写了一级、二级指标而三级指标和指标值都为空的行（公开为空的行）"));
    }

    public static final FieldDef FORM = FieldDef.group("", "表式", Kind.MAPPING, Need.REQUIRED,
            "content/forms/标识.yaml：一种公开表格的样式（表头栏目、指标表的列和各自印的名称）。year.yaml 或 unit.yaml 用文件名（不含 .yaml）选用", List.of(
            f("name", "名称", Kind.TEXT, Need.REQUIRED, "表式的名称，如 河北省 项目支出绩效目标表"),
            f("narrative", "第一部分文字", Kind.BOOLEAN, Need.OPTIONAL,
                    "true（默认）表示单位有第一部分的文字（overall.md、分项绩效目标、measures.md）；false 表示可以没有"),
            FieldDef.group("project", "项目绩效目标表", Kind.MAPPING, Need.REQUIRED, "项目的表式",
                    formTable("表名，印在项目名称之后，{name} 代表项目名称，如 \"{name}绩效目标表\"", Need.REQUIRED,
                            Arrays.stream(ProjectField.values()).map(p -> f(p.key(), p.label(), Kind.TEXT,
                                    ProjectField.ON_EVERY_FORM.contains(p) ? Need.REQUIRED : Need.OPTIONAL,
                                    "表中有这一栏时写上它印的名称，如 " + p.heading() + "；这一栏在项目中" + (p.required() ? "默认必填" : "默认可以为空")
                                            + "，可以在 required、optional 中改变")).toList())),
            FieldDef.group("unit_table", "部门（单位）整体绩效目标表", Kind.MAPPING, Need.OPTIONAL, "单位公开这张表时填写",
                    formTable("表名，如 部门（单位）整体绩效目标表", Need.OPTIONAL,
                            Arrays.stream(UnitTableField.values()).map(u -> f(u.key(), u.heading(), Kind.TEXT, Need.OPTIONAL,
                                    "表中有这一栏时写上它印的名称，如 " + u.heading())).toList()))));

    public static final FieldDef GOAL = FieldDef.group("goals", "分项绩效目标", Kind.LIST, Need.FORM,
            "公开文件第一部分“二、分项绩效目标”，按公开文件的顺序，每个分项一项（以“- ”开头）。表式有第一部分的文字（narrative，默认）时必填", List.of(
            f("title", "分项名称", Kind.TEXT, Need.REQUIRED, "如 新闻出版广播影视产业建设"),
            f("target", "绩效目标", Kind.TEXT, Need.REQUIRED, "该分项的绩效目标，与公开文件一致"),
            f("indicator", "绩效指标", Kind.TEXT, Need.REQUIRED, "该分项的绩效指标，与公开文件一致")));

    public static final FieldDef UNIT_TABLE = FieldDef.group("unit_table", "部门（单位）整体绩效目标表", Kind.MAPPING, Need.FORM,
            "采用的表式有这张表时填写：表头栏目和指标表（一级指标、二级指标、三级指标、指标值等）", concat(Arrays.stream(UnitTableField.values())
                    .map(u -> f(u.key(), u.heading(), Kind.TEXT, Need.FORM, u.help())).toList(), List.of(INDICATOR)));

    public static final FieldDef UNIT = FieldDef.group("", "预算单位基本信息和部门整体绩效目标", Kind.MAPPING, Need.REQUIRED,
            "content/年度/单位编码/unit.yaml：单位编码、名称、行政区划代码，公开文件第一部分“二、分项绩效目标”或部门（单位）整体绩效目标表。"
                    + "“一、总体绩效目标”和“三、工作保障措施”写在同一文件夹的 overall.md 和 measures.md 中。"
                    + "涉及其他文件的规则只由 ./gongkai validate 检查：单位编码与文件夹名是否一致（GK122），项目编码是否以行政区划代码开头（GK305、GK306），"
                    + "合计与各项目预算数之和是否相符（GK407），批复日期和公开日期是否有效、先后和 20 日时限（GK114 的日期部分、GK307、GK408、GK409），"
                    + "以及 overall.md、measures.md 是否存在、是否为空（GK121、GK112）", List.of(
            f("code", "单位编码", Kind.UNIT_CODE, Need.REQUIRED,
                    "全是数字时建议加英文双引号，如 \"425001\"；与所在文件夹名一致（由 ./gongkai validate 检查，GK122）"),
            f("name", "单位名称", Kind.TEXT, Need.REQUIRED, "与公开文件一致，如 唐山市丰润区融媒体中心本级"),
            f("department", "主管部门", Kind.TEXT, Need.OPTIONAL, "主管部门名称，如 唐山市丰润区融媒体中心"),
            f("region", "行政区划代码", Kind.REGION, Need.OPTIONAL, "如 \"130208\"。填写后，./gongkai validate 检查本单位的项目编码是否以它开头、"
                    + "其后两位是否是年度（GK305、GK306）；不填则不检查"),
            f("total", "项目预算合计", Kind.AMOUNT, Need.OPTIONAL,
                    "第二部分各项目预算数之和（万元），如 107.43。填写后，./gongkai validate 核对各项目预算数之和（GK407）"),
            f("approval_date", "预算批复日期", Kind.DATE, Need.OPTIONAL, "财政部门批复本单位预算的日期，如 2022-01-20（缺少时 ./gongkai validate 提示 GK409）。"
                    + "预算法第十四条要求批复后 20 日内公开；与公开日期一起检查（GK307、GK408）。年份应是本年度或上一年度（由 ./gongkai validate 检查，GK114）"),
            f("publication_date", "公开日期", Kind.DATE, Need.OPTIONAL, "本单位向社会公开预算绩效目标的日期，如 2022-02-08"
                    + "（缺少时 ./gongkai validate 提示 GK409）。晚于批复日期后第 20 天时提示 GK408，早于批复日期时报告 GK307"),
            f("dates_note", "日期说明", Kind.TEXT, Need.OPTIONAL, "没有填写批复日期或公开日期时说明原因，如：原公开文件未载明预算批复日期和公开日期。"
                    + "填写后不再提示 GK409，网站上与日期一起显示"),
            f("form", "表式", Kind.ID, Need.OPTIONAL, "本单位采用的表式（content/forms/ 中的文件名，不含 .yaml）；不填时用本年度的表式"),
            f("framework", "绩效指标体系", Kind.ID, Need.OPTIONAL,
                    "本单位采用的指标体系（content/frameworks/ 中的文件名，不含 .yaml）；不填时用本年度的指标体系"),
            GOAL,
            UNIT_TABLE));

    /** 预算数 is on every form and always filled; the other amounts follow the form. */
    public static final FieldDef BUDGET = FieldDef.group("budget", "预算规模", Kind.MAPPING, Need.REQUIRED,
            "预算数和表中的资金来源，单位都是万元，只写数字。预算数是否等于财政资金加其他资金由 ./gongkai validate 检查（GK301）",
            List.of(field(ProjectField.TOTAL, Need.REQUIRED), field(ProjectField.FISCAL, Need.FORM), field(ProjectField.OTHER, Need.FORM)));

    public static final FieldDef SPENDING_PLAN = FieldDef.group("spending_plan", ProjectField.SPENDING_PLAN.heading(), Kind.MAPPING,
            Need.FORM, ProjectField.SPENDING_PLAN.help(), List.of(
                    f("mar", "3月底", Kind.PERCENT, Need.OPTIONAL, "截至 3月底累计支出的百分比，如 30%；没有计划时留空"),
                    f("jun", "6月底", Kind.PERCENT, Need.OPTIONAL, "截至 6月底累计支出的百分比，如 60%；没有计划时留空"),
                    f("oct", "10月底", Kind.PERCENT, Need.OPTIONAL, "截至 10月底累计支出的百分比，如 90%；没有计划时留空"),
                    f("dec", "12月底", Kind.PERCENT, Need.OPTIONAL, "截至 12月底累计支出的百分比，如 100%；没有计划时留空")));

    public static final FieldDef PROJECT = FieldDef.group("", "预算项目绩效目标表", Kind.MAPPING, Need.REQUIRED,
            "content/年度/单位编码/projects/项目编码.yaml：公开文件第二部分的一个项目绩效目标表。"
                    + "涉及其他文件或几个数之间关系的规则只由 ./gongkai validate 检查：一级、二级指标是否属于采用的指标体系（GK203–GK205），"
                    + "指标值能否解析（GK206、GK207），项目编码与文件名、年度、行政区划是否一致（GK122、GK305、GK306），同一年度内项目编码是否重复（GK202），"
                    + "预算数是否等于财政资金加其他资金（GK301），资金支出计划是否递增、是否超过 100%、是否到达 100%（GK302–GK304），"
                    + "成本、时效、满意度的交叉检查（GK401–GK407），以及延续的往年项目编码是否存在（GK410、GK411）", projectFields());

    private static FieldDef field(ProjectField p, Need need) {
        return f(p.leaf(), p.label(), p.kind(), need, p.help());
    }

    private static List<FieldDef> projectFields() {
        List<FieldDef> list = new ArrayList<>();
        list.add(f("code", "项目编码", Kind.CODE, Need.REQUIRED, "与文件名一致（文件名 = 项目编码.yaml）。"
                + "编码与文件名、年度、行政区划是否一致，以及是否重复，由 ./gongkai validate 检查（GK122、GK202、GK305、GK306）"));
        list.add(f("name", "项目名称", Kind.TEXT, Need.REQUIRED, "与公开文件一致，如 融媒体中心运行维护费"));
        list.add(f("order", "序号", Kind.ORDER, Need.OPTIONAL, "在公开文件第二部分中的序号。不填的项目排在最后，按项目编码排序"));
        for (ProjectField p : ProjectField.values()) {
            if (p.root().equals("budget")) {
                if (p == ProjectField.TOTAL) {
                    list.add(BUDGET);
                }
            } else if (p == ProjectField.SPENDING_PLAN) {
                list.add(SPENDING_PLAN);
            } else {
                list.add(field(p, Need.FORM));
            }
        }
        list.add(INDICATOR);
        list.add(FieldDef.group("level1_scores", "一级指标分值", Kind.NAMED_TEXT, Need.OPTIONAL,
                "写在一级指标格中的分值，“一级指标: 分值”，如 产出指标: 50分。每个字段名是一个一级指标，须属于采用的指标体系"
                        + "（由 ./gongkai validate 检查，GK203）", List.of()));
        list.add(f("continues", "延续的往年项目编码", Kind.CODE, Need.OPTIONAL, "本项目延续的往年项目的项目编码，如 13020821P00908810002X。"
                + "网站据此在项目页显示历年对比；项目改了名称时必须填写，与上年项目同名时可以不填，不是延续项目时留空或删除。"
                + "编码是否为本单位往年的项目、是否有两个项目延续同一个项目，由 ./gongkai validate 检查（GK410、GK411）"));
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
