package gongkai.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The 三级指标 each kind of project may have, and how their 指标值 are drawn. Values follow the patterns of real
 * disclosures: {@code ≥95%}, {@code =100%}, {@code ≥1个}, {@code ≤2.5万元/月}, {@code 2022年底前完成},
 * {@code ≥10年}, {@code 优良} and so on.
 */
final class IndicatorCatalog {

    private IndicatorCatalog() {}

    /**
     * What a value is drawn from.
     *
     * @param total    the project's 预算数 in 万元
     * @param quantity the value of the project's own 数量指标, and its unit
     */
    /** @param months the months the project spends: the month its spending plan reaches 100% (3, 6, 10 or 12) */
    record Context(int year, BigDecimal total, int quantity, String quantityUnit, int months, SplittableRandom random) {
        String pick(List<String> options) {
            return options.get(random.nextInt(options.size()));
        }
    }

    /** Draws one 指标值. */
    @FunctionalInterface
    interface ValueRule {
        String value(Context c);
    }

    /** A 三级指标 that a project may have. */
    record Template(Aspect aspect, String level3, ValueRule rule) {}

    /** Units that may be written after a bare number (a subset of what the checker knows). */
    private static final Set<String> BARE_UNITS = Set.of("个", "项", "次", "人", "人次", "户", "家", "辆", "台", "套", "件",
            "座", "处", "所", "场", "期", "批", "名", "条", "份", "册", "平方米", "亩", "公里", "吨", "万人次");

    // ---- value rules -------------------------------------------------------------------------------------------

    static final ValueRule PERCENT = c -> c.pick(List.of("≥95%", "≥90%", "≥95%", "≥98%", "≥85%", "=100%", "≥90%", "≥80%"));
    static final ValueRule HIGH_PERCENT = c -> c.pick(List.of("=100%", "100%", "≥98%", "≥99%", "=100%"));
    static final ValueRule SATISFACTION = c -> c.pick(List.of("≥90%", "≥85%", "≥95%", "≥80%", "≥90%", "≥90%"));
    static final ValueRule SMALL_PERCENT = c -> c.pick(List.of("≥5%", "≥3%", "≥10%", "≥2%"));
    static final ValueRule ZERO_TIMES = c -> c.pick(List.of("=0次", "0次", "=0次"));
    static final ValueRule YEARS = c -> c.pick(List.of("≥10年", "≥5年", "≥10年", "≥3年", "≥15年", "长期"));
    static final ValueRule LONG_YEARS = c -> c.pick(List.of("≥10年", "≥15年", "≥20年", "≥8年"));
    static final ValueRule SHORT_YEARS = c -> c.pick(List.of("≥3年", "≥5年", "≥6年"));
    static final ValueRule TWELVE_MONTHS = c -> c.pick(List.of("12个月", "≥12个月", "=12个月"));
    static final ValueRule RESPONSE_TIME = c -> c.pick(List.of("≤2小时", "≤24小时", "≤4小时", "≤30分钟"));

    /** A deadline no later than the month the spending plan reaches 100% (the checker's GK404). */
    static final ValueRule DEADLINE = c -> (c.months() == 12
            ? c.pick(List.of("{y}年底前完成", "{y}年12月底前", "{y}年12月31日前完成", "{y}年10月底前完成", "{y}年11月底前完成", "按计划完成"))
            : c.pick(List.of("{y}年{m}月底前完成", "{y}年{m}月底前", "按计划完成")))
            .replace("{y}", Integer.toString(c.year())).replace("{m}", Integer.toString(c.months()));
    static final ValueRule MONTH_DEADLINE = c -> c.year() + "年" + (3 + c.random().nextInt(c.months() - 2)) + "月底前";

    static ValueRule qualitative(String... options) {
        List<String> list = List.of(options);
        return c -> c.pick(list);
    }

    /** The project's own quantity: {@code ≥120人次}, sometimes a bare {@code 120人次}. */
    static final ValueRule OWN_QUANTITY = c -> {
        boolean bare = BARE_UNITS.contains(c.quantityUnit()) && c.random().nextInt(4) == 0;
        return (bare ? "" : "≥") + c.quantity() + c.quantityUnit();
    };

    /** A cost bound from the budget: {@code ≤93200元}, {@code ≤9.32万元} or {@code ≤0.78万元/月}. */
    static final ValueRule BUDGET_BOUND = c -> switch (c.random().nextInt(3)) {
        case 0 -> "≤" + plain(c.total().multiply(BigDecimal.valueOf(10_000))) + "元";
        case 1 -> "≤" + c.total().toPlainString() + "万元";
        default -> "≤" + plain(c.total()) + "万元";
    };
    /** Per month over the months the project spends, rounded up as clerks round an upper bound. */
    static final ValueRule MONTHLY = c -> "≤" + plain(c.total().divide(BigDecimal.valueOf(c.months()), 2, RoundingMode.CEILING)) + "万元/月";
    static final ValueRule YEARLY_WAN = c -> "≤" + plain(c.total()) + "万元/年";

    /** Per head when the quantity counts people, otherwise the budget. */
    static final ValueRule PER_PERSON = c -> {
        if ((c.quantityUnit().equals("人") || c.quantityUnit().equals("人次")) && c.quantity() > 0) {
            BigDecimal each = c.total().multiply(BigDecimal.valueOf(10_000)).divide(BigDecimal.valueOf(c.quantity()), 0, RoundingMode.CEILING);
            return "≤" + each.toPlainString() + "元/人";
        }
        return BUDGET_BOUND.value(c);
    };

    /** A monthly wage bound when the quantity counts people, otherwise the budget. */
    static final ValueRule MONTHLY_WAGE = c -> {
        if (c.quantityUnit().equals("人") && c.quantity() > 0) {
            BigDecimal each = c.total().multiply(BigDecimal.valueOf(10_000))
                    .divide(BigDecimal.valueOf(c.quantity() * 12L), -2, RoundingMode.CEILING);
            return "≤" + plain(each) + "元/月";
        }
        return BUDGET_BOUND.value(c);
    };

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    // ---- templates per kind ------------------------------------------------------------------------------------

    private static Template t(Aspect aspect, String level3, ValueRule rule) {
        return new Template(aspect, level3, rule);
    }

    private static final List<Template> COMMON = List.of(
            t(Aspect.QUALITY, "资金使用合规率", HIGH_PERCENT),
            t(Aspect.TIMELINESS, "资金支付及时率", PERCENT),
            t(Aspect.SATISFACTION, "服务对象满意度", SATISFACTION));

    private static final Map<Kind, List<Template>> BY_KIND = Map.of(
            Kind.OPERATIONS, List.of(
                    t(Aspect.QUALITY, "运行正常运转率", PERCENT),
                    t(Aspect.QUALITY, "日常工作完成率", PERCENT),
                    t(Aspect.QUALITY, "设施设备完好率", PERCENT),
                    t(Aspect.TIMELINESS, "按时完成项目", DEADLINE),
                    t(Aspect.TIMELINESS, "工作按时完成率", PERCENT),
                    t(Aspect.COST, "项目预算控制数", BUDGET_BOUND),
                    t(Aspect.ECONOMIC, "节约运行成本", SMALL_PERCENT),
                    t(Aspect.SOCIAL, "保障机关正常运转", qualitative("有效保障", "正常运转", "保障到位")),
                    t(Aspect.SOCIAL, "工作效率", qualitative("明显提升", "有效提高", "逐步提高")),
                    t(Aspect.SUSTAINABLE, "项目持续发挥作用", YEARS),
                    t(Aspect.SUSTAINABLE, "长效运行机制", qualitative("逐步健全", "长期有效")),
                    t(Aspect.SATISFACTION, "单位职工满意度", SATISFACTION),
                    t(Aspect.SATISFACTION, "群众满意度（%）", SATISFACTION)),
            Kind.EQUIPMENT, List.of(
                    t(Aspect.QUALITY, "设备验收合格率", HIGH_PERCENT),
                    t(Aspect.QUALITY, "设备质量", qualitative("合格", "符合国家标准", "符合采购要求")),
                    t(Aspect.QUALITY, "设备完好率", PERCENT),
                    t(Aspect.TIMELINESS, "设备采购完成时间", MONTH_DEADLINE),
                    t(Aspect.TIMELINESS, "安装调试及时率", PERCENT),
                    t(Aspect.COST, "设备购置成本", BUDGET_BOUND),
                    t(Aspect.SOCIAL, "服务保障能力", qualitative("明显提升", "有效提升")),
                    t(Aspect.SOCIAL, "工作效率", qualitative("明显提升", "有效提高")),
                    t(Aspect.SUSTAINABLE, "设备使用年限", SHORT_YEARS),
                    t(Aspect.SATISFACTION, "使用人员满意度", SATISFACTION)),
            Kind.CONSTRUCTION, List.of(
                    t(Aspect.QUALITY, "工程验收合格率", HIGH_PERCENT),
                    t(Aspect.QUALITY, "工程质量", qualitative("优良", "合格", "优良")),
                    t(Aspect.QUALITY, "施工安全事故发生次数", ZERO_TIMES),
                    t(Aspect.TIMELINESS, "工程完成时间", DEADLINE),
                    t(Aspect.TIMELINESS, "工程按期完工率", PERCENT),
                    t(Aspect.COST, "工程造价控制数", BUDGET_BOUND),
                    t(Aspect.COST, "项目预算控制数", BUDGET_BOUND),
                    t(Aspect.SOCIAL_COST, "对周边群众生活的影响", qualitative("无明显影响", "影响较小")),
                    t(Aspect.ECOLOGICAL_COST, "施工扬尘污染", qualitative("控制在标准范围内", "达标排放")),
                    t(Aspect.SOCIAL, "使用条件", qualitative("明显改善", "有效改善")),
                    t(Aspect.SOCIAL, "安全隐患", qualitative("有效消除", "明显减少")),
                    t(Aspect.ECOLOGICAL, "周边环境", qualitative("明显改善", "持续改善")),
                    t(Aspect.SUSTAINABLE, "工程使用年限", LONG_YEARS),
                    t(Aspect.SUSTAINABLE, "项目持续发挥作用", YEARS),
                    t(Aspect.SATISFACTION, "周边群众满意度", SATISFACTION),
                    t(Aspect.SATISFACTION, "使用单位满意度", SATISFACTION)),
            Kind.SUBSIDY, List.of(
                    t(Aspect.QUALITY, "发放准确率", HIGH_PERCENT),
                    t(Aspect.QUALITY, "补助对象识别准确率", HIGH_PERCENT),
                    t(Aspect.TIMELINESS, "资金发放及时率", HIGH_PERCENT),
                    t(Aspect.TIMELINESS, "发放时间", c -> c.pick(List.of("按月足额发放", "按季度发放",
                            c.months() == 12 ? c.year() + "年底前发放到位" : c.year() + "年" + c.months() + "月底前发放到位"))),
                    t(Aspect.COST, "补助资金总额", BUDGET_BOUND),
                    t(Aspect.COST, "人均补助标准", PER_PERSON),
                    t(Aspect.ECONOMIC, "减轻群众经济负担", qualitative("有效减轻", "明显减轻")),
                    t(Aspect.SOCIAL, "补助对象基本生活", qualitative("有效保障", "得到保障")),
                    t(Aspect.SOCIAL, "政策知晓率", PERCENT),
                    t(Aspect.SUSTAINABLE, "政策持续实施", qualitative("长期", "持续实施")),
                    t(Aspect.SATISFACTION, "受益群众满意度", SATISFACTION),
                    t(Aspect.SATISFACTION, "补助对象满意度", SATISFACTION)),
            Kind.SERVICE, List.of(
                    t(Aspect.QUALITY, "服务质量达标率", PERCENT),
                    t(Aspect.QUALITY, "服务质量", qualitative("优良", "良好")),
                    t(Aspect.QUALITY, "验收合格率", HIGH_PERCENT),
                    t(Aspect.TIMELINESS, "服务响应及时率", PERCENT),
                    t(Aspect.TIMELINESS, "服务期限", TWELVE_MONTHS),
                    t(Aspect.COST, "月服务费", MONTHLY),
                    t(Aspect.COST, "服务费用", YEARLY_WAN),
                    t(Aspect.SOCIAL, "服务保障水平", qualitative("明显提升", "有效提升")),
                    t(Aspect.SOCIAL, "工作效率", qualitative("明显提升", "有效提高")),
                    t(Aspect.SUSTAINABLE, "服务长效机制", qualitative("逐步建立", "持续完善")),
                    t(Aspect.SATISFACTION, "服务对象满意度（%）", SATISFACTION)),
            Kind.TRAINING, List.of(
                    t(Aspect.QUALITY, "培训合格率", PERCENT),
                    t(Aspect.QUALITY, "参训率", PERCENT),
                    t(Aspect.QUALITY, "活动覆盖率", PERCENT),
                    t(Aspect.TIMELINESS, "完成时间", DEADLINE),
                    t(Aspect.TIMELINESS, "活动按计划开展率", PERCENT),
                    t(Aspect.COST, "人均培训成本", PER_PERSON),
                    t(Aspect.COST, "项目预算控制数", BUDGET_BOUND),
                    t(Aspect.SOCIAL, "业务能力", qualitative("明显提升", "有效提高")),
                    t(Aspect.SOCIAL, "群众知晓率", c -> c.pick(List.of("≥85%", "≥80%", "≥90%"))),
                    t(Aspect.SUSTAINABLE, "培训成果持续发挥作用", qualitative("长期", "持续")),
                    t(Aspect.SUSTAINABLE, "社会影响力", qualitative("持续扩大", "逐步提升")),
                    t(Aspect.SATISFACTION, "参训人员满意度", SATISFACTION),
                    t(Aspect.SATISFACTION, "参与群众满意度", SATISFACTION)),
            Kind.IT, List.of(
                    t(Aspect.QUALITY, "系统正常运行率", c -> c.pick(List.of("≥98%", "≥99%", "≥99.5%", "≥95%"))),
                    t(Aspect.QUALITY, "网络故障修复率", HIGH_PERCENT),
                    t(Aspect.QUALITY, "数据安全事故发生次数", ZERO_TIMES),
                    t(Aspect.TIMELINESS, "故障响应时间", RESPONSE_TIME),
                    t(Aspect.TIMELINESS, "运维服务期限", TWELVE_MONTHS),
                    t(Aspect.COST, "运维成本", BUDGET_BOUND),
                    t(Aspect.COST, "月服务费", MONTHLY),
                    t(Aspect.ECONOMIC, "节约办公成本", SMALL_PERCENT),
                    t(Aspect.SOCIAL, "信息化服务水平", qualitative("明显提升", "有效提升")),
                    t(Aspect.SOCIAL, "办事效率", qualitative("有效提高", "明显提高")),
                    t(Aspect.SUSTAINABLE, "系统持续稳定运行", SHORT_YEARS),
                    t(Aspect.SATISFACTION, "系统使用人员满意度", SATISFACTION)),
            Kind.INSPECTION, List.of(
                    t(Aspect.QUALITY, "检查覆盖率", PERCENT),
                    t(Aspect.QUALITY, "问题整改率", PERCENT),
                    t(Aspect.QUALITY, "检测结果准确率", c -> c.pick(List.of("≥98%", "≥99%", "=100%"))),
                    t(Aspect.TIMELINESS, "检查任务完成时间", DEADLINE),
                    t(Aspect.TIMELINESS, "报告出具及时率", PERCENT),
                    t(Aspect.COST, "项目预算控制数", BUDGET_BOUND),
                    t(Aspect.SOCIAL, "安全风险", qualitative("有效降低", "得到有效防控")),
                    t(Aspect.SOCIAL, "重大安全事故发生次数", ZERO_TIMES),
                    t(Aspect.SOCIAL, "群众安全感", qualitative("明显增强", "持续提升")),
                    t(Aspect.SUSTAINABLE, "监管长效机制", qualitative("逐步建立", "不断完善")),
                    t(Aspect.SATISFACTION, "群众满意度", SATISFACTION),
                    t(Aspect.SATISFACTION, "被检查单位满意度", SATISFACTION)),
            Kind.PERSONNEL, List.of(
                    t(Aspect.QUALITY, "工资发放准确率", HIGH_PERCENT),
                    t(Aspect.QUALITY, "人员在岗率", PERCENT),
                    t(Aspect.TIMELINESS, "按时发放率", HIGH_PERCENT),
                    t(Aspect.TIMELINESS, "发放时间", qualitative("按月发放", "每月15日前发放")),
                    t(Aspect.COST, "人均工资标准", MONTHLY_WAGE),
                    t(Aspect.COST, "项目预算控制数", BUDGET_BOUND),
                    t(Aspect.SOCIAL, "保障机关工作正常运行", qualitative("有效保障", "保障到位")),
                    t(Aspect.SUSTAINABLE, "人员队伍稳定性", qualitative("保持稳定", "长期稳定")),
                    t(Aspect.SATISFACTION, "聘用人员满意度", SATISFACTION)),
            Kind.ECOLOGY, List.of(
                    t(Aspect.QUALITY, "作业质量达标率", PERCENT),
                    t(Aspect.QUALITY, "无害化处理率", PERCENT),
                    t(Aspect.QUALITY, "验收合格率", HIGH_PERCENT),
                    t(Aspect.TIMELINESS, "完成时间", DEADLINE),
                    t(Aspect.COST, "项目预算控制数", BUDGET_BOUND),
                    t(Aspect.COST, "作业成本", BUDGET_BOUND),
                    t(Aspect.ECOLOGICAL_COST, "二次污染", qualitative("无", "有效控制")),
                    t(Aspect.ECOLOGICAL, "生态环境质量", qualitative("明显改善", "持续改善")),
                    t(Aspect.ECOLOGICAL, "空气质量优良天数比例", c -> c.pick(List.of("≥70%", "≥75%", "≥65%"))),
                    t(Aspect.ECOLOGICAL, "水环境质量", qualitative("稳定达标", "持续改善")),
                    t(Aspect.SOCIAL, "人居环境", qualitative("明显改善", "有效改善")),
                    t(Aspect.SUSTAINABLE, "长效管护机制", qualitative("建立健全", "逐步完善")),
                    t(Aspect.SUSTAINABLE, "项目持续发挥作用", YEARS),
                    t(Aspect.SATISFACTION, "周边群众满意度", SATISFACTION)));

    /** The candidates for one aspect of a kind: its own first, then the common ones. */
    static List<Template> candidates(Kind kind, Aspect aspect) {
        List<Template> out = new ArrayList<>();
        for (Template t : BY_KIND.get(kind)) {
            if (t.aspect() == aspect) {
                out.add(t);
            }
        }
        for (Template t : COMMON) {
            if (t.aspect() == aspect && out.stream().noneMatch(o -> o.level3().equals(t.level3()))) {
                out.add(t);
            }
        }
        return out;
    }
}
