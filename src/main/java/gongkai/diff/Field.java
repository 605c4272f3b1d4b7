package gongkai.diff;

/**
 * A field of the disclosure that a change names, with its Chinese label and how its values are shown. A change names
 * a header field or an indicator column in the words of the unit's form where the form prints its own heading
 * ({@link Change.Edited#label()}); the label here is the name used otherwise.
 */
public enum Field {
    SITE_TITLE("网站名称", Kind.TEXT),
    SITE_DESCRIPTION("网站说明", Kind.TEXT),
    SITE_PUBLISHER("发布机关", Kind.TEXT),
    PDF_FONTS("PDF 字体设置", Kind.TEXT),
    FRAMEWORK("指标体系", Kind.TEXT),
    FRAMEWORK_LEVELS("指标体系的一级、二级指标", Kind.TEXT),
    UNIT_NAME("单位名称", Kind.TEXT),
    DEPARTMENT("主管部门", Kind.TEXT),
    REGION("行政区划代码", Kind.VALUE),
    DECLARED_TOTAL("项目预算合计", Kind.AMOUNT),
    OVERALL("总体绩效目标", Kind.TEXT),
    GOAL_TARGET("绩效目标", Kind.TEXT),
    GOAL_INDICATOR("绩效指标", Kind.TEXT),
    MEASURES("工作保障措施", Kind.TEXT),
    PROJECT_NAME("项目名称", Kind.TEXT),
    ORDER("序号", Kind.VALUE),
    TOTAL("预算数", Kind.AMOUNT),
    FISCAL("财政资金", Kind.AMOUNT),
    OTHER("其他资金", Kind.AMOUNT),
    PURPOSE("资金用途", Kind.TEXT),
    SPENDING_PLAN("资金支出计划", Kind.VALUE),
    PROJECT_GOAL("绩效目标", Kind.TEXT),
    LEVEL1_SCORE("一级指标分值", Kind.VALUE),
    DESCRIPTION("绩效指标描述", Kind.TEXT),
    VALUE("指标值", Kind.VALUE),
    BASIS("指标值确定依据", Kind.TEXT),
    SCORE("分值", Kind.VALUE),
    EXPLANATION("指标解释", Kind.TEXT),
    MEASURE_UNIT("计量单位", Kind.VALUE),
    VALUE_TYPE("指标值类型", Kind.VALUE),
    CONTINUES("延续的往年项目编码", Kind.VALUE),
    UNIT_FORM("表式", Kind.VALUE),
    FORM_LAYOUT("表式的栏目", Kind.TEXT),
    UNIT_FRAMEWORK("本单位的指标体系", Kind.VALUE),
    DUTIES("部门（单位）职责", Kind.TEXT),
    TARGET("年度总体绩效目标", Kind.TEXT),
    CATEGORY("项目分类", Kind.TEXT),
    PERIOD("项目实施期", Kind.VALUE),
    PROJECT_TOTAL("项目总预算", Kind.AMOUNT),
    EXECUTION_RATE("年度预算执行率", Kind.VALUE),
    EXECUTION_SCORE("年度预算执行率的分值", Kind.VALUE),
    GOAL_SCORE("绩效目标的分值", Kind.VALUE),
    REVIEW("财政部门审核意见", Kind.TEXT),
    STANDARD("绩效标准", Kind.TEXT),
    SCORING("评(扣)分标准", Kind.TEXT),
    REMARK("备注", Kind.TEXT);

    /** How values are shown: free text in quotes (long text as an excerpt), short values as written, amounts in 万元. */
    public enum Kind { TEXT, VALUE, AMOUNT }

    private final String label;
    private final Kind kind;

    Field(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }
}
