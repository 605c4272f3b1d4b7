package gongkai.diff;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.check.ContentFixture;
import gongkai.check.FormFixtures;
import gongkai.model.Site;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ModelDiff} and {@link DiffReport} on the shipped forms' fixtures: changes in the header fields and columns
 * that only some forms have, named in the form's own words; the 部门（单位）整体绩效目标表, rows published empty, and
 * a unit's choice of form and framework.
 */
class FormsDiffTest {

    private static final Side FROM = Side.revision("HEAD~1", "1111111");
    private static final Side TO = Side.revision("HEAD", "2222222");

    @TempDir
    Path tmp;

    private int sites;

    private Site load(ContentFixture fixture) {
        Gongkai.CheckResult result = Gongkai.check(fixture.writeTo(tmp.resolve("site" + (++sites))));
        assertThat(result.diagnostics().sorted()).as("diagnostics").noneMatch(d -> d.isError());
        return result.site().orElseThrow();
    }

    /** The text report of the change from the fixture to the fixture with one file edited, without its title line. */
    private List<String> diff(String name, String path, String... replacements) {
        ContentFixture before = FormFixtures.fixture(name);
        ContentFixture after = FormFixtures.fixture(name);
        String text = after.text(path);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(text).as(replacements[i] + " in " + path).contains(replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        after.with(path, text);
        return DiffReport.text(ModelDiff.compare(load(before), load(after)), FROM, TO).lines().skip(1).toList();
    }

    @Test
    void headerFieldsAndScoresAreNamedAsTheChongqingFormPrintsThem() {
        List<String> lines = diff("chongqing-style", "2023/500101/projects/50010123P000118.yaml",
                "project_total: 65", "project_total: 70",
                "  total: 65\n  fiscal: 65", "  total: 70\n  fiscal: 70",
                "execution_rate: 100%", "execution_rate: 95%",
                "execution_score: 10分", "execution_score: 8分",
                "goal_score: 90分", "goal_score: 92分",
                "category: 专项业务费", "category: 一般性项目",
                "period: 2023.01-2023.12", "period: 2023.01-2024.06",
                "    score: \"10\"\n    explanation: 免费开放场馆全年运行维护支出总额", "    score: \"12\"\n    explanation: 免费开放场馆运行维护支出总额");

        assertThat(lines).containsExactly(
                "修改 1 个项目。",
                "",
                "2023 年度 单位 500101 重庆市某区文化和旅游发展委员会（本级）",
                "  项目 50010123P000118 公共文化场馆免费开放补助：项目类别 “专项业务费” → “一般性项目”；项目实施期 2023.01-2023.12 → 2023.01-2024.06；"
                        + "项目总预算 65 → 70 万元；年度预算 65 → 70 万元；财政拨款 65 → 70 万元；年度预算执行率 100% → 95%；年度预算执行率的分值 10分 → 8分；"
                        + "年度绩效目标的分值 90分 → 92分；"
                        + "指标 经济成本指标/场馆运行维护成本 分值 10 → 12，指标解释 “免费开放场馆全年运行维护支出总额” → “免费开放场馆运行维护支出总额”");
    }

    @Test
    void theValueColumnIsNamedAsTheFormPrintsItAndEmptyRowsAreRows() {
        List<String> lines = diff("expected-value", "2023/320105/projects/32010523P0007.yaml",
                "value: ≥1.2万亩", "value: ≥1.5万亩",
                "  - level1: 成本指标\n    level2: 社会成本指标\n", "",
                "  - level1: 满意度指标\n", "  - level1: 效益指标\n    level2: 生态效益指标\n  - level1: 满意度指标\n");

        assertThat(lines.get(lines.size() - 1)).isEqualTo("  项目 32010523P0007 高标准农田建设："
                + "指标 数量指标/新建高标准农田面积 当年预期实现值 ≥1.2万亩 → ≥1.5万亩；新增指标 效益指标/生态效益指标（空行）；删除指标 成本指标/社会成本指标（空行）");
    }

    @Test
    void theHunanFormsStandardReviewAndValueHeadingAreItsOwn() {
        List<String> lines = diff("hunan-style", "2023/430102/projects/430102230001.yaml",
                "review: 同意", "review: 原则同意",
                "    value: ≥512公里\n    standard: 计划标准", "    value: ≥520公里\n    standard: 行业标准");

        assertThat(lines.get(lines.size() - 1)).isEqualTo("  项目 430102230001 农村公路日常养护："
                + "财政部门审核意见 “同意” → “原则同意”；指标 数量指标/养护里程 指标值及单位 ≥512公里 → ≥520公里，绩效标准 “计划标准” → “行业标准”");
    }

    @Test
    void theUnitTableIsComparedFieldByFieldAndRowByRow() {
        List<String> lines = diff("unit-overall-table", "2023/130202/unit.yaml",
                "负责全区医疗卫生服务体系建设", "负责全区医疗卫生和健康服务体系建设",
                "      value: \"85\"\n      measure_unit: \"%\"\n      explanation: 抽样调查居民的满意程度\n      scoring: 每低 1 个百分点扣 1 分",
                "      value: \"88\"\n      measure_unit: \"%\"\n      explanation: 抽样调查居民的满意程度\n      scoring: 每低 1 个百分点扣 2 分",
                "      remark: 中央、省、市、区共同负担\n", "",
                "    - level1: 效益指标\n      level2: 生态效益指标\n", "");

        assertThat(lines).containsExactly(
                "修改 1 个单位。",
                "",
                "2023 年度 单位 130202 某市某区卫生健康局：部门（单位）整体绩效目标表 部门（单位）职责 “…策，负责全区医疗卫生服务体系建设、疾病预…” → “…策，负责全区医疗卫生和健康服务体系建设、疾病预…”；"
                        + "部门（单位）整体绩效目标表 指标 经济成本指标/人均基本公共卫生服务补助标准 备注 “中央、省、市、区共同负担” → 空白；"
                        + "部门（单位）整体绩效目标表 指标 服务对象满意度指标/居民对基本公共卫生服务满意度 指标值 85 → 88，评(扣)分标准 “每低 1 个百分点扣 1 分” → “每低 1 个百分点扣 2 分”；"
                        + "部门（单位）整体绩效目标表 删除指标 效益指标/生态效益指标（空行）");
    }

    @Test
    void aUnitChoosingAnotherFormOrFrameworkIsAChangeOfTheUnit() {
        ContentFixture before = FormFixtures.fixture("unit-overall-table");
        ContentFixture after = FormFixtures.fixture("unit-overall-table");
        after.with("forms/unit-overall-table-2023.yaml", after.text("forms/unit-overall-table.yaml")
                .replace("name: 部门（单位）整体绩效目标表（含指标值类型、计量单位、评(扣)分标准）", "name: 部门（单位）整体绩效目标表 2023 年版"));
        after.with("frameworks/cost-2023.yaml", after.text("frameworks/cost-output-benefit-satisfaction.yaml")
                .replaceFirst("(?m)^name: .*$", "name: 2023 年指标体系"));
        after.with("2023/130202/unit.yaml", after.text("2023/130202/unit.yaml")
                .replace("form: unit-overall-table", "form: unit-overall-table-2023")
                .replace("framework: cost-output-benefit-satisfaction", "framework: cost-2023"));

        List<String> lines = DiffReport.text(ModelDiff.compare(load(before), load(after)), FROM, TO).lines().toList();

        assertThat(lines.get(3)).startsWith("2023 年度 单位 130202 某市某区卫生健康局：表式 部门（单位）整体绩效目标表（含指标值类型、计量单位、评(扣)分标准）（unit-overall-table） → "
                        + "部门（单位）整体绩效目标表 2023 年版（unit-overall-table-2023）；本单位的指标体系 ")
                .endsWith("（cost-output-benefit-satisfaction） → 2023 年指标体系（cost-2023）");
    }

    @Test
    void aFormFileWithOtherHeadingsIsAChangeAndLaterChangesUseTheNewHeadings() {
        ContentFixture before = FormFixtures.fixture("unit-overall-table");
        ContentFixture after = FormFixtures.fixture("unit-overall-table");
        after.with("forms/unit-overall-table.yaml", after.text("forms/unit-overall-table.yaml")
                .replace("    value: 指标值\n    measure_unit: 计量单位\n    explanation:", "    value: 年度指标值\n    measure_unit: 计量单位\n    explanation:"));
        after.with("2023/130202/unit.yaml", after.text("2023/130202/unit.yaml").replace("value: \"25\"", "value: \"30\""));

        SiteDiff diff = ModelDiff.compare(load(before), load(after));
        String line = DiffReport.text(diff, FROM, TO).lines().toList().get(3);

        assertThat(line).contains("：表式的栏目 “…级指标、指标值类型、指标值、计量单位、指…” → “…级指标、指标值类型、年度指标值、计量单位、指…”").contains("部门（单位）整体绩效目标表 指标 社会效益指标/居民健康素养水平 年度指标值 25 → 30");
        assertThat(DiffReport.markdown(diff, FROM, TO)).contains("- 部门（单位）整体绩效目标表 指标 社会效益指标/居民健康素养水平 年度指标值 25 → 30\n");
    }
}
