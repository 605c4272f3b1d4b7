package gongkai.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.TestFiles;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values with their units and the labels of the form are printed on one line in the PDFs: every glyph of each such
 * token shares one baseline (read back with PDFBox), and no glyph runs off the page. Once for the bundled content
 * and once with a unit whose tables have nine columns (分值, 指标解释, 计量单位) and long texts.
 */
class TokenLinesPdfTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final String PROJECT_1 = "2022/425001/projects/13020822P00908810002X.yaml";
    /** The right margin of the page in print.css, in PDF points. */
    static final float RIGHT_MARGIN = 18 / 25.4f * 72;

    /** Labels of the form that must never break. */
    static final List<String> LABELS = List.of("其中：财政资金", "其他资金", "预算规模及资金用途", "指标值确定依据", "绩效指标描述",
            "服务对象满意度指标", "可持续影响指标", "满意度指标", "产出指标", "数量指标", "成本指标");

    @TempDir
    Path tmp;

    /** One glyph: its text, page, baseline and horizontal extent. */
    record Glyph(String text, int page, float y, float left, float right) {}

    /** Every glyph of every page, in the order the content streams draw them. */
    static List<Glyph> glyphs(Path pdf) {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        out.add(new Glyph(p.getUnicode(), getCurrentPageNo(), p.getYDirAdj(), p.getXDirAdj(),
                                p.getXDirAdj() + p.getWidthDirAdj()));
                    }
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PDF " + pdf, e);
        }
        return out;
    }

    /** The page width of {@code pdf}'s first page, in points. */
    static float pageWidth(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getPage(0).getMediaBox().getWidth();
        }
    }

    /**
     * Problems with {@code tokens} in {@code pdf}: a token not found in the drawn text, or found with its glyphs on
     * more than one baseline ({@code "≤93209.07元" on 2 lines, page 1}).
     */
    static List<String> brokenTokens(Path pdf, Set<String> tokens) {
        List<Glyph> glyphs = glyphs(pdf);
        StringBuilder text = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            text.append(glyphs.get(i).text());
            for (int k = 0; k < glyphs.get(i).text().length(); k++) {
                owner.add(i);
            }
        }
        List<String> problems = new ArrayList<>();
        for (String token : tokens) {
            int found = 0;
            for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
                found++;
                Set<String> lines = new LinkedHashSet<>();
                for (int k = at; k < at + token.length(); k++) {
                    Glyph g = glyphs.get(owner.get(k));
                    lines.add(g.page() + "@" + Math.round(g.y()));
                }
                if (lines.size() > 1) {
                    problems.add("\"" + token + "\" on " + lines.size() + " lines " + lines + " in " + pdf.getFileName());
                }
            }
            if (found == 0) {
                problems.add("\"" + token + "\" not found in " + pdf.getFileName());
            }
        }
        return problems;
    }

    /** Glyphs that reach into the right margin or beyond the page, as readable descriptions. */
    static List<String> offThePage(Path pdf) throws IOException {
        float limit = pageWidth(pdf) - RIGHT_MARGIN + 1;
        return glyphs(pdf).stream().filter(g -> g.right() > limit)
                .map(g -> "\"" + g.text() + "\" page " + g.page() + " ends at x=" + g.right() + " > " + limit).toList();
    }

    static Set<String> valuesAndLabels(Project p) {
        Set<String> tokens = new LinkedHashSet<>();
        for (Indicator i : p.indicators()) {
            tokens.add(i.value().text());
            tokens.add(i.level1());
            i.level2().ifPresent(tokens::add);
        }
        return tokens;
    }

    static Gongkai.BuildResult build(Path content, Path site) throws Exception {
        return Gongkai.build(Gongkai.Options.of(content, PROJECT.resolve("templates"), site));
    }

    @Test
    void bundledValuesAndLabelsStayOnOneLine() throws Exception {
        Path site = tmp.resolve("site");
        Gongkai.BuildResult result = build(PROJECT.resolve("content"), site);
        assertThat(result.written()).isTrue();
        Unit unit = result.check().site().orElseThrow().years().get(0).units().get(0);
        List<String> problems = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>(LABELS);
        for (Project p : unit.projects()) {
            Path pdf = site.resolve("2022/425001/projects/" + p.code() + ".pdf");
            Set<String> tokens = new LinkedHashSet<>(valuesAndLabels(p));
            tokens.addAll(List.of("其中：财政资金", "预算规模及资金用途", "指标值确定依据"));
            problems.addAll(brokenTokens(pdf, tokens));
            problems.addAll(offThePage(pdf));
            all.addAll(tokens);
        }
        Path unitPdf = site.resolve("2022/425001/425001-2022.pdf");
        problems.addAll(brokenTokens(unitPdf, all));
        problems.addAll(offThePage(unitPdf));
        assertThat(problems).isEmpty();
    }

    /** Nine columns, long descriptions and explanations, and values such as ≤65万元 and 28.8万元. */
    static final String NINE_COLUMNS = """
            indicators:
              - level1: 产出指标
                level2: 数量指标
                level3: 完成融媒体中心全年新闻节目制作播出任务
                score: 10分
                description: 全年完成新闻节目、专题节目和融媒体产品的制作与播出，按计划完成各项宣传报道任务
                explanation: 以全年实际制作播出的节目期数和融媒体产品条数计算，统计口径与年度宣传计划一致
                value: ≥1个
                measure_unit: 个
                basis: 年度宣传工作计划和历年完成情况
              - level1: 产出指标
                level2: 成本指标
                level3: 设备购置及运行维护成本控制
                score: 20分
                description: 设备购置成本不超过预算，全年运行维护费用控制在预算范围以内
                explanation: 按政府采购合同金额和实际支付金额计算，包括设备购置费和运行维护费
                value: ≤65万元
                measure_unit: 万元
                basis: 预算安排
              - level1: 产出指标
                level2: 成本指标
                level3: 本年度财政资金支出
                score: 10分
                description: 本年度财政资金支出按进度完成
                explanation: 按国库集中支付系统的实际支付金额计算
                value: 28.8万元
                measure_unit: 万元
                basis: 预算安排
              - level1: 产出指标
                level2: 成本指标
                level3: 每月运行维护费用
                score: 10分
                description: 每月运行维护费用控制在预算以内
                explanation: 按月统计运行维护费用
                value: ≤2.5万元/月
                measure_unit: 万元/月
                basis: 预算安排
              - level1: 产出指标
                level2: 质量指标
                level3: 运行正常运转率
                score: 20分
                description: 融媒体中心各系统全年正常运转，故障及时排除
                explanation: 正常运转天数占全年天数的比例
                value: ≥95%
                measure_unit: "%"
                basis: 历史标准
              - level1: 效益指标
                level2: 社会效益指标
                level3: 主流舆论引导能力提升
                score: 15分
                description: 扩大主流舆论影响力，使智慧丰润的下载量大于等于80%
                explanation: 以第三方平台统计的下载量和活跃用户数为准
                value: 不低于90%
                measure_unit: "%"
                basis: 经验标准
              - level1: 满意度指标
                level2: 服务对象满意度指标
                level3: 群众满意度（%）
                score: 15分
                description: 群众对融媒体中心节目和服务的满意程度
                explanation: 以问卷调查的满意和基本满意的比例计算
                value: ≥80%
                measure_unit: "%"
                basis: 调查问卷
            """;

    @Test
    void nineColumnsKeepValuesAndLabelsOnOneLineAndOnThePage() throws Exception {
        Path content = TestFiles.copyBundledContent(tmp);
        Files.createSymbolicLink(tmp.resolve("fonts"), PROJECT.resolve("fonts"));
        Path file = content.resolve(PROJECT_1);
        String yaml = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, yaml.substring(0, yaml.indexOf("indicators:")) + NINE_COLUMNS, StandardCharsets.UTF_8);
        // The standard form (no form: in year.yaml) shows the optional columns a project fills in.
        Path year = content.resolve("2022/year.yaml");
        Files.writeString(year, Files.readString(year, StandardCharsets.UTF_8).replaceAll("(?m)^form:.*\n", ""), StandardCharsets.UTF_8);

        Path site = tmp.resolve("site");
        Gongkai.BuildResult result = build(content, site);
        assertThat(result.written()).as("%s", result.check().diagnostics().sorted()).isTrue();
        Path pdf = site.resolve("2022/425001/projects/13020822P00908810002X.pdf");
        assertThat(PdfText.text(pdf)).contains("指标解释", "计量单位", "分值");

        Set<String> tokens = new LinkedHashSet<>(List.of("≤65万元", "28.8万元", "≤2.5万元/月", "万元/月", "≥95%", "不低于90%",
                "≥80%", "服务对象满意度指标", "社会效益指标", "满意度指标", "其中：财政资金", "10分", "20分"));
        assertThat(brokenTokens(pdf, tokens)).isEmpty();
        assertThat(offThePage(pdf)).isEmpty();
        try (Stream<Path> pdfs = Files.walk(site)) {
            for (Path other : pdfs.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                assertThat(offThePage(other)).as("glyphs off the page in %s", other).isEmpty();
            }
        }
    }
}
