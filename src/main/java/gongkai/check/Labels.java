package gongkai.check;

import java.util.Map;

/** The Chinese name of each content key, for messages. */
final class Labels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "名称"),
            Map.entry("description", "说明"),
            Map.entry("publisher", "发布机关"),
            Map.entry("url", "网站地址"),
            Map.entry("name", "名称"),
            Map.entry("level1", "一级指标"),
            Map.entry("level2", "二级指标"),
            Map.entry("level3", "三级指标"),
            Map.entry("required", "是否必需"),
            Map.entry("framework", "绩效指标体系"),
            Map.entry("code", "编码"),
            Map.entry("department", "主管部门"),
            Map.entry("region", "行政区划代码"),
            Map.entry("approval_date", "预算批复日期"),
            Map.entry("publication_date", "公开日期"),
            Map.entry("dates_note", "日期说明"),
            Map.entry("goals", "分项绩效目标"),
            Map.entry("target", "绩效目标"),
            Map.entry("indicator", "绩效指标"),
            Map.entry("order", "序号"),
            Map.entry("budget", "预算规模"),
            Map.entry("total", "预算数"),
            Map.entry("fiscal", "财政资金"),
            Map.entry("other", "其他资金"),
            Map.entry("purpose", "资金用途"),
            Map.entry("spending_plan", "资金支出计划"),
            Map.entry("mar", "3月底"),
            Map.entry("jun", "6月底"),
            Map.entry("oct", "10月底"),
            Map.entry("dec", "12月底"),
            Map.entry("goal", "绩效目标"),
            Map.entry("indicators", "绩效指标"),
            Map.entry("value", "指标值"),
            Map.entry("basis", "指标值确定依据"),
            Map.entry("score", "分值"),
            Map.entry("explanation", "指标解释"),
            Map.entry("measure_unit", "计量单位"),
            Map.entry("value_type", "指标值类型"),
            Map.entry("level1_scores", "一级指标分值"),
            Map.entry("continues", "延续的上年项目编码"),
            Map.entry("pdf_fonts", "PDF 字体"),
            Map.entry("regular", "常规字体文件"),
            Map.entry("regular_name", "常规字体在字体集中的名称"),
            Map.entry("bold_name", "粗体字体在字体集中的名称"),
            Map.entry("bold", "粗体字体文件"));

    private Labels() {}

    /** {@code key（中文名）}, or just the key when it has no Chinese name. */
    static String of(String key) {
        String label = LABELS.get(key);
        return label == null ? "“" + key + "”" : "“" + key + "”（" + label + "）";
    }
}
