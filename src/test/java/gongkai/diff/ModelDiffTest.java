package gongkai.diff;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.model.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ModelDiff} and {@link DiffReport} on checked copies of the bundled content: how things are matched (years,
 * goals, indicators with equal levels), summaries of added and removed years, long texts, and Markdown escaping.
 */
class ModelDiffTest {

    private static final String UNIT = "2022/425001/unit.yaml";
    private static final String PROJECT = "2022/425001/projects/13020822P00908810002X.yaml";
    private static final Side FROM = Side.revision("HEAD~1", "1111111");
    private static final Side TO = Side.revision("HEAD", "2222222");

    @TempDir
    Path tmp;

    private int copies;

    @Test
    void theSameContentHasNoChange() {
        Site site = load(copy());
        SiteDiff diff = ModelDiff.compare(site, site);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(DiffReport.text(diff, FROM, TO)).isEqualTo("预算绩效目标的修改：HEAD~1（1111111） → HEAD（2222222）\n公开内容没有修改。\n");
        assertThat(DiffReport.markdown(diff, FROM, TO))
                .isEqualTo("### 预算绩效目标的修改\n\n`HEAD~1`（1111111） → `HEAD`（2222222）：公开内容没有修改。\n");
    }

    @Test
    void anAddedYearIsSummarisedAndARemovedOneToo() {
        // Without a region the project codes need not carry the year, so the unit can be copied to 2023 as it is.
        Path before = copy();
        edit(before, UNIT, "region: \"130208\"\n", "");
        Path after = copy(before);
        copyTree(after.resolve("2022"), after.resolve("2023"));

        Site a = load(before);
        Site b = load(after);

        assertThat(DiffReport.text(ModelDiff.compare(a, b), FROM, TO).lines()).containsExactly(
                "预算绩效目标的修改：HEAD~1（1111111） → HEAD（2222222）",
                "新增 1 个年度。",
                "",
                "新增 2023 年度：1 个单位、6 个项目，预算数合计 107.43 万元");
        assertThat(DiffReport.markdown(ModelDiff.compare(b, a), FROM, TO)).endsWith("""
                #### 删除 2023 年度

                - 1 个单位、6 个项目，预算数合计 107.43 万元
                """);
    }

    @Test
    void anAddedContinuesIsAChangeOfTheProject() {
        Path before = copy();
        Path after = copy(before);
        write(after, PROJECT, read(after, PROJECT) + "continues: 13020821P00908810002X\n");

        List<String> lines = DiffReport.text(ModelDiff.compare(load(before), load(after)), FROM, TO).lines().toList();

        assertThat(lines).anyMatch(l -> l.contains("延续的往年项目编码") && l.contains("13020821P00908810002X"));
    }

    @Test
    void aChangedFrameworkIsAChangeOfTheYear() {
        Path before = copy();
        Path after = copy(before);
        edit(after, "frameworks/output-benefit-satisfaction.yaml", "level2: [服务对象满意度指标]", "level2: [服务对象满意度指标, 社会公众满意度指标]");

        SiteDiff diff = ModelDiff.compare(load(before), load(after));

        assertThat(DiffReport.text(diff, FROM, TO).lines().skip(1)).containsExactly(
                "修改 1 个年度。",
                "",
                "2022 年度：指标体系的一级、二级指标 “…（服务对象满意度指标），必需” → “…（服务对象满意度指标、社会公众满意度指标），必需”");
        assertThat(DiffReport.markdown(diff, FROM, TO)).endsWith("""
                #### 2022 年度

                - 指标体系的一级、二级指标 “…（服务对象满意度指标），必需” → “…（服务对象满意度指标、社会公众满意度指标），必需”
                """);
    }

    @Test
    void goalsAreMatchedByTitle() {
        Path before = copy();
        Path after = copy(before);
        // Swap the first two goals, rename the fourth (a removal and an addition), change the fifth's indicator.
        String unit = read(after, UNIT);
        int first = unit.indexOf("  - title: 新闻出版广播影视产业建设");
        int second = unit.indexOf("  - title: 广播影视节目制作能力建设");
        int third = unit.indexOf("  - title: 坚持正确的舆论导向，精准定位");
        unit = unit.substring(0, first) + unit.substring(second, third) + unit.substring(first, second) + unit.substring(third);
        write(after, UNIT, unit
                .replace("- title: 以创新为主旨，拓展工作思路", "- title: 以创新为主旨，拓展工作新思路")
                .replace("广播系统无缝隙覆盖率大于等于90%。", "广播系统无缝隙覆盖率大于等于95%。"));

        String text = DiffReport.text(ModelDiff.compare(load(before), load(after)), FROM, TO);

        assertThat(text.lines()).containsExactly(
                "预算绩效目标的修改：HEAD~1（1111111） → HEAD（2222222）",
                "修改 1 个单位。",
                "",
                "2022 年度 单位 425001 唐山市丰润区融媒体中心本级：新增分项绩效目标“以创新为主旨，拓展工作新思路”；"
                        + "分项绩效目标“依托“平安城市广播系统”，实现区委、区政府声音的精准化、无缝隙覆盖” 绩效指标 "
                        + "“实现对播出节目的制作和总体控制，广播系统无缝隙覆盖率大于等于90%。” → “实现对播出节目的制作和总体控制，广播系统无缝隙覆盖率大于等于95%。”；"
                        + "删除分项绩效目标“以创新为主旨，拓展工作思路”；分项绩效目标顺序有调整");
    }

    @Test
    void indicatorsWithTheSameLevelsAreMatchedInOrder() {
        Path before = copy();
        // Two rows with the same 一级/二级/三级指标 (a form may repeat one); only the second changes.
        edit(before, PROJECT, """
                  - level1: 满意度指标
                    level2: 服务对象满意度指标
                    level3: 满意率
                    description: 满意率
                    value: ≥90%
                    basis: 调查问卷
                """, """
                  - level1: 满意度指标
                    level2: 服务对象满意度指标
                    level3: 满意率
                    description: 满意率
                    value: ≥90%
                    basis: 调查问卷
                  - level1: 满意度指标
                    level2: 服务对象满意度指标
                    level3: 满意率
                    description: 群众满意率
                    value: ≥85%
                    basis: 调查问卷
                """);
        Path after = copy(before);
        edit(after, PROJECT, "    value: ≥85%\n", "    value: ≥88%\n");

        String text = DiffReport.text(ModelDiff.compare(load(before), load(after)), FROM, TO);

        assertThat(text.lines().toList().get(4))
                .isEqualTo("  项目 13020822P00908810002X 融媒体中心运行维护费：指标 服务对象满意度指标/满意率 指标值 ≥85% → ≥88%");
    }

    @Test
    void longTextsAreShownAroundWhatChanged() {
        Path before = copy();
        Path after = copy(before);
        edit(after, "2022/425001/overall.md", "广告创收任务完成。", "广告创收任务全面完成。");

        String text = DiffReport.text(ModelDiff.compare(load(before), load(after)), FROM, TO);

        assertThat(text.lines().toList().get(3)).isEqualTo(
                "2022 年度 单位 425001 唐山市丰润区融媒体中心本级：总体绩效目标 “…体扩大；广告创收任务完成。通过技术升级，…” → “…体扩大；广告创收任务全面完成。通过技术升级，…”");
    }

    @Test
    void excerpts() {
        assertThat(DiffReport.excerpt("短文字", "短的文字")).containsExactly("短文字", "短的文字");
        String head = "一二三四五六七八九十".repeat(5);
        String tail = "甲乙丙丁戊己庚辛壬癸".repeat(5);
        assertThat(DiffReport.excerpt(head + "旧" + tail, head + "新的" + tail))
                .containsExactly("…一二三四五六七八九十旧甲乙丙丁戊己庚辛壬癸…", "…一二三四五六七八九十新的甲乙丙丁戊己庚辛壬癸…");
        assertThat(DiffReport.excerpt(head, head + tail + tail))
                .containsExactly("…一二三四五六七八九十", "…一二三四五六七八九十" + (tail + tail).substring(0, DiffReport.MIDDLE) + "…");
        // Characters outside the BMP are never cut in half.
        assertThat(DiffReport.excerpt(head + "𠀀" + tail, head + "𠀁" + tail)[1]).isEqualTo("…一二三四五六七八九十𠀁甲乙丙丁戊己庚辛壬癸…");
    }

    @Test
    void markdownEscapesContentButTextDoesNot() {
        Path before = copy();
        Path after = copy(before);
        edit(after, PROJECT, "name: 融媒体中心运行维护费", "name: \"融媒体中心*运行*维护费 <b> #12 @all\"");

        SiteDiff diff = ModelDiff.compare(load(before), load(after));

        assertThat(DiffReport.text(diff, FROM, TO)).contains(
                "  项目 13020822P00908810002X 融媒体中心*运行*维护费 <b> #12 @all：项目名称 “融媒体中心运行维护费” → “融媒体中心*运行*维护费 <b> #12 @all”\n");
        assertThat(DiffReport.markdown(diff, FROM, TO)).contains("""
                **项目 13020822P00908810002X 融媒体中心\\*运行\\*维护费 \\<b\\> \\#12 \\@all**

                - 项目名称 “融媒体中心运行维护费” → “融媒体中心\\*运行\\*维护费 \\<b\\> \\#12 \\@all”
                """);
    }

    private Site load(Path content) {
        Gongkai.CheckResult result = Gongkai.check(content);
        assertThat(result.diagnostics().sorted()).as("diagnostics of " + content).noneMatch(d -> d.isError());
        return result.site().orElseThrow();
    }

    private Path copy() {
        return copy(Path.of("content"));
    }

    /** A copy of a content folder, named content like the original so that both read alike. */
    private Path copy(Path from) {
        Path to = tmp.resolve("copy" + (++copies)).resolve("content");
        copyTree(from, to);
        return to;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path content, String file) {
        try {
            return Files.readString(content.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path content, String file, String text) {
        try {
            Files.writeString(content.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(Path content, String file, String from, String to) {
        String text = read(content, file);
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as(from + " in " + file).hasSize(2);
        write(content, file, text.replace(from, to));
    }
}
