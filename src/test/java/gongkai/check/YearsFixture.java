package gongkai.check;

import gongkai.Gongkai;
import gongkai.history.History;
import java.nio.file.Path;

/**
 * The {@link ContentFixture} with two earlier years of unit 425001, for 历年对比 (compare years):
 *
 * <ul>
 *   <li>2020: 融媒体中心运行维护费 ({@code 13020820P00908810002X}, 20.00 万元).</li>
 *   <li>2021: 融媒体中心运行维护费 ({@code 13020821P00908810002X}, 25.00), which names the 2020 project in
 *       {@code continues}; 门口修缮 ({@code 13020821P00864910001K}, 12.00 of which 2.00 其他资金); 旧设备处置
 *       ({@code 13020821P00111110001A}, 5.00), which no later project continues.</li>
 *   <li>2022 (the valid fixture): 融媒体中心运行维护费 (30.00), matched to 2021 by its name only, with one indicator
 *       raised (运行正常运转率 ≥90% → ≥95%), one new (增强服务保障能力。), two dropped (设备完好率, 宣传覆盖率), a cost
 *       in another unit (≤25万元 → ≤2.5万元/月) and a deadline rewritten; 更换牌匾及门口修缮（21年借款） (9.32), renamed,
 *       which names 门口修缮 in {@code continues}.</li>
 * </ul>
 */
public final class YearsFixture {

    public static final String A_2020 = "2020/425001/projects/13020820P00908810002X.yaml";
    public static final String A_2021 = "2021/425001/projects/13020821P00908810002X.yaml";
    public static final String B_2021 = "2021/425001/projects/13020821P00864910001K.yaml";
    public static final String C_2021 = "2021/425001/projects/13020821P00111110001A.yaml";

    /** Part 1 of a year of unit 425001, the same every year. */
    static String unitFiles(int year) {
        return """
                -- %1$d/year.yaml --
                framework: output-benefit-satisfaction
                -- %1$d/425001/unit.yaml --
                code: "425001"
                name: 唐山市丰润区融媒体中心本级
                department: 唐山市丰润区融媒体中心
                region: "130208"
                approval_date: %1$d-01-20
                publication_date: %1$d-02-08
                goals:
                  - title: 新闻出版广播影视产业建设
                    target: 统筹规划并组织实施新闻出版广播影视产业发展。
                    indicator: IPTV播控平台功能完善工作大于等于90%%
                -- %1$d/425001/overall.md --
                宣传党的路线、方针、政策，坚持正确舆论导向。
                -- %1$d/425001/measures.md --
                完善制度建设。
                """.formatted(year);
    }

    public static final String EARLIER_YEARS = unitFiles(2020) + """
            -- 2020/425001/projects/13020820P00908810002X.yaml --
            code: 13020820P00908810002X
            name: 融媒体中心运行维护费
            order: 1
            budget:
              total: 20.00
              fiscal: 20.00
              other:
            purpose: 融媒体中心运行维护费
            spending_plan:
              mar:
              jun: 30%
              oct: 60%
              dec: 100%
            goal: 1.保障融媒体中心的正常运行
            indicators:
              - level1: 产出指标
                level2: 数量指标
                level3: 完成项目数量
                value: ≥1个
                basis: 预算安排
              - level1: 产出指标
                level2: 质量指标
                level3: 运行正常运转率
                value: ≥85%
                basis: 经验标准
              - level1: 效益指标
                level2: 社会效益指标
                level3: 宣传覆盖率
                value: ≥80%
                basis: 经验标准
              - level1: 满意度指标
                level2: 服务对象满意度指标
                level3: 满意率
                value: ≥85%
                basis: 调查问卷
            """ + unitFiles(2021) + """
            -- 2021/425001/projects/13020821P00908810002X.yaml --
            code: 13020821P00908810002X
            name: 融媒体中心运行维护费
            order: 1
            budget:
              total: 25.00
              fiscal: 25.00
              other:
            purpose: 融媒体中心运行维护费
            spending_plan:
              mar:
              jun: 30%
              oct: 60%
              dec: 100%
            goal: 1.保障融媒体中心的正常运行
            indicators:
              - level1: 产出指标
                level2: 数量指标
                level3: 完成项目数量
                value: ≥1个
                basis: 预算安排
              - level1: 产出指标
                level2: 质量指标
                level3: 运行正常运转率
                value: ≥90%
                basis: 经验标准
              - level1: 产出指标
                level2: 质量指标
                level3: 设备完好率
                value: ≥98%
                basis: 经验标准
              - level1: 产出指标
                level2: 时效指标
                level3: 按时完成项目
                value: 2021年底前完成
                basis: 历史经验
              - level1: 产出指标
                level2: 成本指标
                level3: 实际发生成本
                value: ≤25万元
                basis: 预算安排
              - level1: 效益指标
                level2: 社会效益指标
                level3: 宣传覆盖率
                value: ≥80%
                basis: 经验标准
              - level1: 满意度指标
                level2: 服务对象满意度指标
                level3: 满意率
                value: ≥90%
                basis: 调查问卷
            continues: 13020820P00908810002X
            -- 2021/425001/projects/13020821P00864910001K.yaml --
            code: 13020821P00864910001K
            name: 门口修缮
            order: 2
            budget:
              total: 12.00
              fiscal: 10.00
              other: 2.00
            purpose: 唐山市丰润区融媒体中心门口修缮
            spending_plan:
              mar: 100%
              jun:
              oct:
              dec:
            goal: 1.保障机关工作的正常运行
            indicators:
              - level1: 产出指标
                level2: 数量指标
                level3: 完成项目数量
                value: ≥1个
                basis: 预算安排
              - level1: 产出指标
                level2: 成本指标
                level3: 项目预算控制数
                value: ≤120000元
                basis: 预算安排
              - level1: 效益指标
                level2: 可持续影响指标
                level3: 项目持续发挥作用
                value: ≥8年
                basis: 经验标准
              - level1: 满意度指标
                level2: 服务对象满意度指标
                level3: 群众满意度（%）
                value: ≥80%
                basis: 调查问卷
            -- 2021/425001/projects/13020821P00111110001A.yaml --
            code: 13020821P00111110001A
            name: 旧设备处置
            order: 3
            budget:
              total: 5.00
              fiscal: 5.00
              other:
            purpose: 旧设备处置
            spending_plan:
              mar:
              jun: 100%
              oct:
              dec:
            goal: 1.按规定处置旧设备
            indicators:
              - level1: 产出指标
                level2: 数量指标
                level3: 处置设备数量
                value: ≥10台
                basis: 资产清单
              - level1: 效益指标
                level2: 经济效益指标
                level3: 节约维护费用
                value: ≥1万元
                basis: 历史经验
              - level1: 满意度指标
                level2: 服务对象满意度指标
                level3: 满意率
                value: ≥90%
                basis: 调查问卷
            """;

    private YearsFixture() {}

    /** 2020, 2021 and 2022, with the 2022 门口修缮 project continuing 2021's by {@code continues}. */
    public static ContentFixture threeYears() {
        ContentFixture f = ContentFixture.valid().with(EARLIER_YEARS);
        return f.with(ContentFixture.PROJECT_2, f.text(ContentFixture.PROJECT_2) + "continues: 13020821P00864910001K\n");
    }

    /**
     * Builds {@link #threeYears()} with the repository's templates into {@code folder/site}: pages only, strict, no
     * history (the tests of the 历年对比 pages in jsoup, Chromium and the Nu checker share it).
     */
    public static Gongkai.BuildResult buildThreeYears(Path folder) throws Exception {
        Path content = threeYears().writeTo(folder);
        return Gongkai.build(Gongkai.Options.of(content, Path.of("templates").toAbsolutePath(), folder.resolve("site"))
                .pdf(false).strict(true).withHistory(History.unavailable("测试")));
    }
}
