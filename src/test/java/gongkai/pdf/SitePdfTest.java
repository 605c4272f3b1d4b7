package gongkai.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.model.Goal;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.SpendingPlan;
import gongkai.model.Unit;
import gongkai.view.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every PDF the build writes for the bundled content: conformance by veraPDF (PDF/UA-1 and PDF/A-2u, zero failed
 * rules), exact text by PDFBox (every value of the content, no radical code points), metadata, bookmarks, page
 * numbers, and byte-identical output from two builds.
 */
class SitePdfTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final String UNIT_DIR = "2022/425001/";

    @TempDir
    static Path tmp;

    static Path site;
    static Unit unit;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.inProject(PROJECT).strict(true).withOut(site));
        assertThat(result.written()).isTrue();
        unit = result.check().site().orElseThrow().years().get(0).units().get(0);
    }

    static List<Path> pdfs(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void oneUnitPdfAndOnePdfPerProject() throws Exception {
        List<String> expected = new ArrayList<>();
        expected.add(UNIT_DIR + "425001-2022.pdf");
        unit.projects().forEach(p -> expected.add(UNIT_DIR + "projects/" + p.code() + ".pdf"));
        assertThat(pdfs(site).stream().map(p -> site.relativize(p).toString()).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyPdfPassesVeraPdfForPdfUa1AndPdfA2u() throws Exception {
        for (Path pdf : pdfs(site)) {
            assertThat(VeraPdf.summary(VeraPdf.failedRules(pdf, VeraPdf.PDF_UA_1))).as("PDF/UA-1 %s", pdf).isEmpty();
            assertThat(VeraPdf.summary(VeraPdf.failedRules(pdf, VeraPdf.PDF_A_2U))).as("PDF/A-2u %s", pdf).isEmpty();
        }
    }

    /** Every value of a project table, in the order of the official form. */
    static List<String> values(Project p) {
        List<String> v = new ArrayList<>(List.of(p.code(), p.name(), Format.amount(p.budget().total()),
                Format.amount(p.budget().fiscal().orElseThrow())));
        p.budget().other().ifPresent(o -> v.add(Format.amount(o)));
        v.add(p.purpose().orElseThrow());
        p.spendingPlan().orElseThrow().checkpoints().forEach(c -> c.percent().map(SpendingPlan.Percent::text).ifPresent(v::add));
        v.add(p.goal());
        for (Indicator i : p.indicators()) {
            v.add(i.level3());
            v.add(i.description());
            v.add(i.value().text());
            v.add(i.basis());
        }
        return v;
    }

    static void assertInOrder(String text, List<String> values, String what) {
        String squashed = squash(text);
        int from = 0;
        for (String value : values) {
            int at = squashed.indexOf(squash(value), from);
            assertThat(at).as("%s: “%s” after position %d", what, value, from).isGreaterThanOrEqualTo(0);
            from = at + squash(value).length();
        }
    }

    @Test
    void projectPdfTextIsExactlyTheContent() throws Exception {
        for (Project p : unit.projects()) {
            PdfText.Contents pdf = PdfText.read(site.resolve(UNIT_DIR + "projects/" + p.code() + ".pdf"));
            assertThat(pdf.radicals()).as("radical code points in %s", p.code()).isEmpty();
            assertInOrder(pdf.text(), values(p), p.code());
            assertThat(pdf.pages()).isEqualTo(1);
            assertThat(squash(pdf.text())).contains("第1页，共1页").contains(squash(unit.name() + " 2022年预算绩效目标"));
            assertThat(pdf.info().title()).isEqualTo(p.name() + "绩效目标表");
            assertThat(pdf.info().author()).isEqualTo(unit.name());
            assertThat(pdf.info().subject()).contains(p.code());
            assertThat(pdf.language()).isEqualTo("zh-CN");
            int number = unit.projects().indexOf(p) + 1;
            assertThat(pdf.outlineLines()).containsExactly(number + "." + p.name() + "绩效目标表");
        }
    }

    @Test
    void unitPdfIsTheWholeDisclosureInOfficialOrder() throws Exception {
        PdfText.Contents pdf = PdfText.read(site.resolve(UNIT_DIR + "425001-2022.pdf"));
        assertThat(pdf.radicals()).isEmpty();
        List<String> order = new ArrayList<>(List.of("第一部分", "部门整体绩效目标", "一、总体绩效目标"));
        order.addAll(paragraphs(unit.overallGoal()));
        order.add("二、分项绩效目标");
        for (int i = 0; i < unit.goals().size(); i++) {
            Goal g = unit.goals().get(i);
            order.addAll(List.of((i + 1) + "、" + g.title(), "绩效目标：", g.target(), "绩效指标：", g.indicator()));
        }
        order.add("三、工作保障措施");
        order.addAll(paragraphs(unit.measures()));
        order.addAll(List.of("第二部分", "预算项目绩效目标"));
        for (int i = 0; i < unit.projects().size(); i++) {
            Project p = unit.projects().get(i);
            order.add((i + 1) + "." + p.name() + "绩效目标表");
            order.addAll(values(p));
        }
        assertInOrder(pdf.text(), order, "unit PDF");
        assertThat(squash(pdf.text())).contains("第1页，共" + pdf.pages() + "页").contains("第" + pdf.pages() + "页，共" + pdf.pages() + "页");
        assertThat(pdf.info().title()).isEqualTo(unit.name() + "2022年预算绩效目标");
        assertThat(pdf.info().author()).isEqualTo(unit.name());
        assertThat(pdf.language()).isEqualTo("zh-CN");

        List<String> outline = new ArrayList<>(List.of("第一部分 部门整体绩效目标", "  一、总体绩效目标", "  二、分项绩效目标",
                "  三、工作保障措施", "第二部分 预算项目绩效目标"));
        for (int i = 0; i < unit.projects().size(); i++) {
            outline.add("  " + (i + 1) + "." + unit.projects().get(i).name() + "绩效目标表");
        }
        assertThat(pdf.outlineLines()).containsExactlyElementsOf(outline);
    }

    /** The paragraphs of a Markdown part as a reader sees them (the HTML comment for clerks is not published). */
    static List<String> paragraphs(String markdown) {
        return Stream.of(markdown.replaceAll("(?s)<!--.*?-->", "").split("\\n\\s*\\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void twoBuildsGiveByteIdenticalPdfs() throws Exception {
        Path again = tmp.resolve("again");
        Gongkai.build(Gongkai.Options.inProject(PROJECT).withOut(again));
        for (Path pdf : pdfs(site)) {
            assertThat(Files.readAllBytes(again.resolve(site.relativize(pdf)))).as("%s", pdf).isEqualTo(Files.readAllBytes(pdf));
        }
    }

    @Test
    void aDocumentDateIsWrittenConsistentlyAndStillConforms() throws Exception {
        Path dated = tmp.resolve("dated");
        Instant date = Instant.parse("2022-03-15T08:00:00Z");
        Gongkai.build(Gongkai.Options.inProject(PROJECT).withOut(dated).withDocumentDate(Optional.of(date)));
        Path pdf = dated.resolve(UNIT_DIR + "projects/13020822P00908810002X.pdf");
        assertThat(PdfText.read(pdf).xmp()).contains("2022-03-15T08:00:00Z");
        assertThat(VeraPdf.failedRules(pdf, VeraPdf.PDF_A_2U)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, VeraPdf.PDF_UA_1)).isEmpty();
        assertThat(Files.readAllBytes(pdf)).isNotEqualTo(Files.readAllBytes(site.resolve(UNIT_DIR + "projects/13020822P00908810002X.pdf")));
    }
}
