package gongkai.format;

import java.util.List;
import java.util.Optional;

/**
 * The fields of a project's 绩效目标表 above its indicator table that a form may or may not have. 项目编码 and 项目名称
 * are on every form and are not listed here. A form names the ones it prints, in its own words and order.
 *
 * @param key      the YAML key; a dot separates a mapping's key from its field ({@code budget.fiscal})
 * @param label    the name in messages
 * @param heading  the heading printed when the form does not give its own
 * @param required whether a form that has the field requires it unless it says otherwise
 */
public enum ProjectField {
    CATEGORY("category", "项目分类", "项目分类", Kind.TEXT, true, "如 一般性项目、专项业务费"),
    PERIOD("period", "项目实施期", "项目实施期", Kind.TEXT, true, "照表中写法，如 2023.07-2024.01、2023年"),
    PROJECT_TOTAL("project_total", "项目总预算", "项目总预算", Kind.AMOUNT, true, "以万元为单位的数字，照表中写法，如 65 或 30.00"),
    TOTAL("budget.total", "预算数", "预算数", Kind.AMOUNT, true, "年度预算数，以万元为单位的数字，照表中写法，如 65 或 30.00"),
    FISCAL("budget.fiscal", "其中：财政资金", "其中：财政资金", Kind.AMOUNT, true, "以万元为单位的数字；预算数应等于财政资金加其他资金"),
    OTHER("budget.other", "其他资金", "其他资金", Kind.AMOUNT, false, "以万元为单位的数字；表中该栏为空时留空（显示为空白，不显示 0）"),
    PURPOSE("purpose", "资金用途", "资金用途", Kind.TEXT, true, "与公开表格一致"),
    SPENDING_PLAN("spending_plan", "资金支出计划", "资金支出计划（%）", Kind.MAPPING, true,
            "截至 3月底、6月底、10月底、12月底累计支出占预算数的百分比，如 30%；表中为空的月份留空，只能写这四个月份。"
                    + "是否递增、是否超过 100%、是否到达 100% 由 ./gongkai validate 检查（GK302–GK304）"),
    EXECUTION_RATE("execution_rate", "年度预算执行率", "年度预算执行率", Kind.TEXT, true, "照表中写法，如 100%"),
    EXECUTION_SCORE("execution_score", "年度预算执行率的分值", "分值", Kind.TEXT, false, "照表中写法，如 10分"),
    GOAL("goal", "绩效目标", "绩效目标", Kind.TEXT, true, "年度绩效目标，与公开表格一致"),
    GOAL_SCORE("goal_score", "绩效目标的分值", "分值", Kind.TEXT, false, "照表中写法，如 90分"),
    REVIEW("review", "财政部门审核意见", "财政部门审核意见", Kind.TEXT, true, "照表中写法，如 同意");

    /** The fields every form has: a form without them is refused. */
    public static final List<ProjectField> ON_EVERY_FORM = List.of(TOTAL, GOAL);

    private final String key;
    private final String label;
    private final String heading;
    private final Kind kind;
    private final boolean required;
    private final String help;

    ProjectField(String key, String label, String heading, Kind kind, boolean required, String help) {
        this.key = key;
        this.label = label;
        this.heading = heading;
        this.kind = kind;
        this.required = required;
        this.help = help;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String heading() {
        return heading;
    }

    public Kind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    public String help() {
        return help;
    }

    /** The top-level YAML key the field is under ({@code budget} for {@code budget.fiscal}). */
    public String root() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The field's own key within its mapping ({@code fiscal} for {@code budget.fiscal}). */
    public String leaf() {
        return key.substring(key.indexOf('.') + 1);
    }

    public static Optional<ProjectField> byKey(String key) {
        for (ProjectField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
