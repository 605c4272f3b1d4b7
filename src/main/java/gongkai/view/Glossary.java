package gongkai.view;

import java.util.List;

/**
 * The terms of the 名词解释 page, which the table headers link to by id. Definitions follow the Budget Law, its
 * implementing regulation and the Ministry of Finance's rules on performance targets (财预〔2015〕88号); they are
 * written for citizens, not for budget officers.
 */
public final class Glossary {

    private Glossary() {}

    /** The ids the templates may link to; a test checks every link of every page lands on one of them. */
    public static final List<Views.TermGroup> GROUPS = List.of(
            new Views.TermGroup("公开文件", List.of(
                    new Views.Term("targets", "预算绩效目标",
                            "预算资金计划在一个预算年度内达到的产出和效果，是编制预算、监控执行和评价绩效的依据。每个预算单位公开两部分：部门整体绩效目标和预算项目绩效目标。",
                            "《中央部门预算绩效目标管理办法》（财预〔2015〕88号）"),
                    new Views.Term("overall", "部门整体绩效目标",
                            "预算单位按照职责，在一个预算年度内使用全部预算资金预期达到的总体产出和效果。公开文件的第一部分，包括总体绩效目标、分项绩效目标和工作保障措施。", null),
                    new Views.Term("project-target", "项目绩效目标",
                            "一个预算项目在一个预算年度内预期达到的产出和效果。公开文件的第二部分为每个项目列出一张《项目绩效目标表》，表中的“绩效目标”一栏概括这一目标，“绩效指标”把它分解为可以衡量的指标。", null),
                    new Views.Term("unit-table", "部门（单位）整体绩效目标表",
                            "有的地区要求预算单位用一张表公开部门整体绩效目标：写明部门（单位）职责、年度总体绩效目标，并列出整体绩效指标。", null),
                    new Views.Term("duties", "部门（单位）职责", "预算单位依照法律法规和“三定”规定承担的职责。", null),
                    new Views.Term("category", "项目分类",
                            "预算项目的类别，如一般性项目、专项业务费、基本建设项目，各地分类不同（部分地区的表格有这一栏）。", null),
                    new Views.Term("period", "项目实施期",
                            "项目开始和结束的时间，如 2023.07-2024.01；有的表格写作“建设周期”（部分地区的表格有这一栏）。", null),
                    new Views.Term("review", "财政部门审核意见",
                            "财政部门审核项目绩效目标后填写的意见，如“同意”（部分地区的表格有这一栏）。", null),
                    new Views.Term("code", "项目编码",
                            "预算项目的唯一编码。本网站的项目编码以 6 位行政区划代码和 2 位年份开头，例如 13020822P00908810002X 是行政区划 130208（丰润区）2022 年度的项目。同一个项目在不同年度的编码不同。", null))),
            new Views.TermGroup("预算和资金", List.of(
                    new Views.Term("budget", "预算数",
                            "本年度为项目安排的预算资金总额，单位为万元，等于财政资金与其他资金之和。", null),
                    new Views.Term("fiscal", "财政资金",
                            "预算数中由财政拨款安排的部分（表中写作“其中：财政资金”）。", null),
                    new Views.Term("other", "其他资金",
                            "预算数中财政拨款以外的资金，如单位的事业收入、经营收入等。公开文件中这一栏空白时，本网站也保留空白，不写成 0。", null),
                    new Views.Term("purpose", "资金用途", "项目资金用于哪些方面。", null),
                    new Views.Term("project-total", "项目总预算",
                            "跨年度项目在整个实施期内的预算总额（部分地区的表格有这一栏）；“预算数”“年度预算”是其中安排在本年度的部分。", null),
                    new Views.Term("execution-rate", "年度预算执行率",
                            "年度内实际支出占年度预算数的比例（部分地区的表格有这一栏，并为它设定分值）。", null),
                    new Views.Term("plan", "资金支出计划",
                            "截至 3 月底、6 月底、10 月底和 12 月底，累计计划支出的资金占预算数的百分比。空白表示公开文件在这一时点没有填写计划，不等于 0%。", null))),
            new Views.TermGroup("绩效指标", List.of(
                    new Views.Term("indicator", "绩效指标",
                            "对绩效目标的细化和量化，按一级、二级、三级指标逐级展开，每个三级指标有指标值和确定依据。", null),
                    new Views.Term("level1", "一级指标",
                            "指标的大类：产出指标、效益指标和满意度指标。有的年度的指标体系把成本指标单列为一级指标。", null),
                    new Views.Term("level2", "二级指标",
                            "一级指标的细分：产出指标分为数量、质量、时效和成本指标；效益指标分为经济效益、社会效益、生态效益和可持续影响指标；满意度指标即服务对象满意度指标。", null),
                    new Views.Term("level3", "三级指标",
                            "预算单位根据项目内容设定的具体指标，如“设备维护次数”“安全播出率”。", null),
                    new Views.Term("output", "产出指标",
                            "项目提供的产品和服务：做多少（数量指标）、做到什么标准（质量指标）、什么时候完成（时效指标）、花多少钱（成本指标）。", null),
                    new Views.Term("benefit", "效益指标",
                            "项目产生的效果：经济效益、社会效益、生态效益和可持续影响。", null),
                    new Views.Term("satisfaction", "满意度指标",
                            "服务对象对项目的满意程度，一般通过问卷调查等方式取得。", null),
                    new Views.Term("description", "绩效指标描述", "对三级指标含义的说明。", null),
                    new Views.Term("value", "指标值",
                            "三级指标预期达到的水平。定量指标写数值和单位，常带比较符号（见下）；定性指标用文字描述，如“达标”“有所提高”。本网站朗读和读屏软件把符号读作文字。",
                            null, List.of(new Views.Symbol("≥", "大于等于号", "不低于"), new Views.Symbol("≤", "小于等于号", "不高于"),
                                    new Views.Symbol(">", "大于号", "高于"), new Views.Symbol("<", "小于号", "低于"),
                                    new Views.Symbol("=", "等于号", "等于"))),
                    new Views.Term("basis", "指标值确定依据",
                            "确定指标值的根据，如历史标准、行业标准、计划标准、预算安排或调查问卷。", null),
                    new Views.Term("score", "分值", "评价时这一指标所占的分数（部分地区的表格有这一栏）。", null),
                    new Views.Term("explanation", "指标解释", "对指标计算方法或口径的解释（部分地区的表格有这一栏）。", null),
                    new Views.Term("value-type", "指标值类型", "定量（用数值衡量）或定性（用文字描述）。", null),
                    new Views.Term("measure-unit", "计量单位", "指标值的单位，如 %、次、万元（部分地区的表格单列这一栏）。", null),
                    new Views.Term("standard", "绩效标准",
                            "确定指标值所参照的标准，如计划标准、行业标准、历史标准（部分地区的表格用这一栏代替“指标值确定依据”）。", null),
                    new Views.Term("scoring", "评(扣)分标准", "评价时按什么规则给这一指标打分或扣分（部分地区的表格有这一栏）。", null),
                    new Views.Term("remark", "备注", "对这一指标的补充说明（部分地区的表格有这一栏）。", null))),
            new Views.TermGroup("公开时限", List.of(
                    new Views.Term("approval", "预算批复日期",
                            "本级人民代表大会批准预算后，财政部门向各部门批复预算的日期。", null),
                    new Views.Term("publication", "公开日期", "预算单位向社会公开预算绩效目标的日期。", null),
                    new Views.Term("deadline", "公开时限",
                            "部门预算应当在本级政府财政部门批复后二十日内由各部门向社会公开。本网站按批复当日不计入计算：批复后第 20 天公开仍在时限内；时限最后一天遇节假日顺延的情形不计算。",
                            "《中华人民共和国预算法》第十四条；《中华人民共和国预算法实施条例》第六条"))));
}
