package gongkai.format;

import java.util.List;
import java.util.Optional;

/**
 * A column of an indicator table (a project's or a unit's). A form lists the columns it prints, in its order and
 * with its headings.
 *
 * @param heading  the heading printed when the form does not give its own
 * @param required whether a form that has the column requires it in every row unless it says otherwise
 */
public enum Column {
    LEVEL1("level1", "一级指标", Kind.TEXT, true, "须属于采用的指标体系，如 产出指标、效益指标、满意度指标；表中写了分值的照写，如 产出指标(70分)。"
            + "是否属于指标体系由 ./gongkai validate 检查（GK203）"),
    LEVEL2("level2", "二级指标", Kind.TEXT, false, "须属于所填的一级指标，如产出指标下的 数量指标、质量指标、时效指标；公开表格中为空时留空。"
            + "是否属于所填的一级指标由 ./gongkai validate 检查（GK204）"),
    LEVEL3("level3", "三级指标", Kind.TEXT, true, "如 完成项目数量、满意率"),
    SCORE("score", "分值", Kind.TEXT, false, "照表中写法，如 10"),
    DESCRIPTION("description", "绩效指标描述", Kind.TEXT, false, "与公开表格一致；为空时留空"),
    EXPLANATION("explanation", "指标解释", Kind.TEXT, false, "与公开表格一致"),
    VALUE_TYPE("value_type", "指标值类型", Kind.VALUE_TYPE, false, "“定量”或“定性”；定量指标的指标值应是“数字+单位”（由 ./gongkai validate 检查，GK207）"),
    STANDARD("standard", "绩效标准", Kind.TEXT, false, "如 计划标准、行业标准、历史标准"),
    VALUE("value", "指标值", Kind.TEXT, true, "如 ≥95%、≤2.5万元/月、不低于90%、2022年底前完成。以比较符号开头的值要写成“数字+单位”，"
            + "由 ./gongkai validate 检查（GK206）。以“>”开头的值要加英文双引号，如 \">90%\""),
    MEASURE_UNIT("measure_unit", "计量单位", Kind.TEXT, false, "如 %、个、万元"),
    BASIS("basis", "指标值确定依据", Kind.TEXT, false, "如 预算安排、历史标准、调查问卷"),
    SCORING("scoring", "评(扣)分标准", Kind.TEXT, false, "照表中写法"),
    REMARK("remark", "备注", Kind.TEXT, false, "照表中写法");

    /** The columns every indicator table has: a form without them is refused. */
    public static final List<Column> ON_EVERY_FORM = List.of(LEVEL1, LEVEL3, VALUE);

    private final String key;
    private final String heading;
    private final Kind kind;
    private final boolean required;
    private final String help;

    Column(String key, String heading, Kind kind, boolean required, String help) {
        this.key = key;
        this.heading = heading;
        this.kind = kind;
        this.required = required;
        this.help = help;
    }

    public String key() {
        return key;
    }

    /** The column's name in messages and its default heading. */
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

    public static Optional<Column> byKey(String key) {
        for (Column c : values()) {
            if (c.key.equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
