package gongkai.synth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two indicator frameworks of the bundled content, as text byte for byte identical to
 * {@code content/frameworks/*.yaml}, and as data for choosing where each generated indicator belongs.
 * Years before 2023 use output-benefit-satisfaction (成本指标 is a 二级指标 of 产出指标); from 2023 on,
 * output-cost-benefit-satisfaction (成本指标 is an optional 一级指标).
 */
final class Frameworks {

    static final String BEFORE_2023 = "output-benefit-satisfaction";
    static final String FROM_2023 = "output-cost-benefit-satisfaction";

    /** The file text of each framework, by id (the file name without {@code .yaml}). */
    static final Map<String, String> FILES = Map.of(
            BEFORE_2023, """
            # 绩效指标体系：一级指标及其下属二级指标。年度文件 year.yaml 用文件名（不含 .yaml）选用。
            # 名称
            name: 产出、效益、满意度指标体系（成本指标属于产出指标）
            # 一级指标，按表格中的顺序；required: true 表示每个项目至少要有一个该类指标
            level1:
              - name: 产出指标
                required: true
                level2: [数量指标, 质量指标, 时效指标, 成本指标]
              - name: 效益指标
                required: true
                level2: [经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标]
              - name: 满意度指标
                required: true
                level2: [服务对象满意度指标]
            """,
            FROM_2023, """
            # 绩效指标体系：一级指标及其下属二级指标。年度文件 year.yaml 用文件名（不含 .yaml）选用。
            # 名称
            name: 产出、成本、效益、满意度指标体系（成本指标为一级指标）
            # 一级指标，按表格中的顺序；required: true 表示每个项目至少要有一个该类指标
            level1:
              - name: 产出指标
                required: true
                level2: [数量指标, 质量指标, 时效指标]
              - name: 成本指标
                required: false
                level2: [经济成本指标, 社会成本指标, 生态环境成本指标]
              - name: 效益指标
                required: true
                level2: [经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标]
              - name: 满意度指标
                required: true
                level2: [服务对象满意度指标]
            """);

    /** The 一级指标 of each framework, in table order. */
    private static final Map<String, List<String>> LEVEL1 = Map.of(
            BEFORE_2023, List.of("产出指标", "效益指标", "满意度指标"),
            FROM_2023, List.of("产出指标", "成本指标", "效益指标", "满意度指标"));

    private Frameworks() {}

    static String idFor(int year) {
        return year < 2023 ? BEFORE_2023 : FROM_2023;
    }

    /** Where an aspect sits in a framework, or empty when the framework has no place for it. */
    record Place(String level1, String level2, int level1Index, int level2Index) {}

    static Optional<Place> place(String frameworkId, Aspect aspect) {
        boolean costIsLevel1 = frameworkId.equals(FROM_2023);
        String[] at = switch (aspect) {
            case QUANTITY -> new String[] {"产出指标", "数量指标"};
            case QUALITY -> new String[] {"产出指标", "质量指标"};
            case TIMELINESS -> new String[] {"产出指标", "时效指标"};
            case COST -> costIsLevel1 ? new String[] {"成本指标", "经济成本指标"} : new String[] {"产出指标", "成本指标"};
            case SOCIAL_COST -> costIsLevel1 ? new String[] {"成本指标", "社会成本指标"} : null;
            case ECOLOGICAL_COST -> costIsLevel1 ? new String[] {"成本指标", "生态环境成本指标"} : null;
            case ECONOMIC -> new String[] {"效益指标", "经济效益指标"};
            case SOCIAL -> new String[] {"效益指标", "社会效益指标"};
            case ECOLOGICAL -> new String[] {"效益指标", "生态效益指标"};
            case SUSTAINABLE -> new String[] {"效益指标", "可持续影响指标"};
            case SATISFACTION -> new String[] {"满意度指标", "服务对象满意度指标"};
        };
        if (at == null) {
            return Optional.empty();
        }
        int level1Index = LEVEL1.get(frameworkId).indexOf(at[0]);
        return Optional.of(new Place(at[0], at[1], level1Index, aspect.ordinal()));
    }

    /** The 一级指标 names of a framework, in table order. */
    static List<String> level1(String frameworkId) {
        return LEVEL1.get(frameworkId);
    }
}
