package gongkai.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gongkai.pdf.PdfText.Bookmark;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the PDF test helpers ({@link VeraPdf}, {@link PdfText}) on PDFs made here with openhtmltopdf and plain
 * PDFBox: a conformant PDF passes both profiles, PDFs that lack what a profile requires fail it, and text,
 * metadata and bookmarks read back as written.
 */
class PdfHarnessTest {

    private static final Path FONTS = Path.of("fonts").toAbsolutePath();
    private static final String FAMILY = "Noto Sans SC";

    static final String TITLE = "2025年度项目支出绩效目标";
    static final String SUBJECT = "预算绩效目标公开";
    static final String AUTHOR = "某市财政局";

    /** The visible text of {@link #HTML}, block by block, in reading order. */
    static final List<String> VISIBLE = List.of(
            TITLE,
            "一、总体目标",
            "提高项目目标的完成质量，高质量完成年度任务。",
            "二、绩效指标",
            "一级指标", "二级指标", "三级指标", "指标值",
            "产出指标", "数量指标", "培训覆盖率", "≥95%",
            "成本指标", "经济成本指标", "人均培训成本（万元）", "30.00");

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="UTF-8"/>
              <title>%s</title>
              <meta name="subject" content="%s"/>
              <meta name="author" content="%s"/>
              <style>
                @page { size: A4; margin: 20mm; }
                body { font-family: 'Noto Sans SC'; font-size: 11pt; }
                h1, h2, th { font-weight: 700; }
                table { border-collapse: collapse; width: 100%%; }
                th, td { border: 1px solid #444; padding: 2mm; }
              </style>
              <bookmarks>
                <bookmark name="总体目标" href="#goal"/>
                <bookmark name="绩效指标" href="#indicators">
                  <bookmark name="产出指标" href="#output"/>
                  <bookmark name="成本指标" href="#cost"/>
                </bookmark>
              </bookmarks>
            </head>
            <body>
              <h1>%s</h1>
              <h2 id="goal">一、总体目标</h2>
              <p>提高项目目标的完成质量，高质量完成年度任务。</p>
              <h2 id="indicators">二、绩效指标</h2>
              <table>
                <thead>
                  <tr><th scope="col">一级指标</th><th scope="col">二级指标</th><th scope="col">三级指标</th><th scope="col">指标值</th></tr>
                </thead>
                <tbody>
                  <tr id="output"><td>产出指标</td><td>数量指标</td><td>培训覆盖率</td><td>≥95%%</td></tr>
                  <tr id="cost"><td>成本指标</td><td>经济成本指标</td><td>人均培训成本（万元）</td><td>30.00</td></tr>
                </tbody>
              </table>
            </body>
            </html>
            """.formatted(TITLE, SUBJECT, AUTHOR, TITLE);

    static final List<Bookmark> BOOKMARKS = List.of(
            Bookmark.leaf("总体目标"),
            new Bookmark("绩效指标", List.of(Bookmark.leaf("产出指标"), Bookmark.leaf("成本指标"))));

    @TempDir
    static Path dir;

    /** PDF/UA + PDF/A-2u, fonts embedded: must pass both profiles. */
    static Path conformant;
    /** Same HTML, neither PDF/UA nor PDF/A requested (untagged, no XMP identification). */
    static Path plain;
    /** Same HTML, PDF/UA only. */
    static Path uaOnly;
    /** Same HTML, PDF/A-2u only (untagged). */
    static Path pdfaOnly;
    /** Plain PDFBox page with unembedded Helvetica, no metadata, no tags. */
    static Path helvetica;

    /** One line per timed validation, printed at the end. */
    static final List<String> timings = new ArrayList<>();
    /** The first PDF/UA-1 and PDF/A-2u validations in this JVM, made in {@link #makePdfs()}. */
    static List<String> coldUa;
    static List<String> coldA;

    @BeforeAll
    static void makePdfs() throws Exception {
        assertThat(FONTS.resolve("NotoSansSC-Regular.ttf")).as("run scripts/setup-fonts.sh").isNotEmptyFile();
        assertThat(FONTS.resolve("NotoSansSC-Bold.ttf")).as("run scripts/setup-fonts.sh").isNotEmptyFile();
        conformant = render("conformant.pdf", true, true);
        plain = render("plain.pdf", false, false);
        uaOnly = render("ua-only.pdf", true, false);
        pdfaOnly = render("pdfa-only.pdf", false, true);
        helvetica = helveticaPdf(dir.resolve("helvetica.pdf"));
        // The first validations in the JVM: class loading, foundry initialisation, profile parsing.
        coldUa = timed("cold (first in JVM)", conformant, VeraPdf.PDF_UA_1);
        coldA = timed("cold (first PDF/A-2u)", conformant, VeraPdf.PDF_A_2U);
    }

    @AfterAll
    static void printTimings() {
        System.out.println("[veraPDF timings]\n  " + String.join("\n  ", timings));
    }

    static void print(String what, List<String> failed) {
        System.out.println("[" + what + "] " + failed.size() + " failed assertions:\n  "
                + String.join("\n  ", VeraPdf.summary(failed)));
    }

    static Path render(String name, boolean pdfUa, boolean pdfA) throws Exception {
        Path out = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(out)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            if (pdfUa) {
                builder.usePdfUaAccessibility(true);
            }
            if (pdfA) {
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
                builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            }
            File regular = FONTS.resolve("NotoSansSC-Regular.ttf").toFile();
            File bold = FONTS.resolve("NotoSansSC-Bold.ttf").toFile();
            builder.useFont(regular, FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(bold, FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(HTML, dir.toUri().toString());
            builder.toStream(os);
            builder.run();
        }
        return out;
    }

    static Path helveticaPdf(Path out) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Budget performance targets 30.00");
                cs.endText();
            }
            doc.save(out.toFile());
        }
        return out;
    }

    static List<String> timed(String label, Path pdf, org.verapdf.pdfa.flavours.PDFAFlavour flavour) {
        long start = System.nanoTime();
        List<String> failed = VeraPdf.failedRules(pdf, flavour);
        long ms = (System.nanoTime() - start) / 1_000_000;
        String line = label + " " + flavour.getId() + " " + pdf.getFileName() + ": " + ms + " ms, "
                + failed.size() + " failed";
        synchronized (timings) {
            timings.add(line);
        }
        return failed;
    }

    // --- veraPDF ---------------------------------------------------------------------------------------------

    @Test
    void profilesAreLoaded() {
        assertThat(VeraPdf.ruleCount(VeraPdf.PDF_UA_1)).isGreaterThan(50);
        assertThat(VeraPdf.ruleCount(VeraPdf.PDF_A_2U)).isGreaterThan(100);
    }

    @Test
    void conformantPdfPassesPdfUa1AndPdfA2u() {
        assertThat(coldUa).isEmpty();
        assertThat(coldA).isEmpty();
        assertThat(VeraPdf.failedRules(conformant, VeraPdf.PDF_UA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(conformant, VeraPdf.PDF_A_2U)).isEmpty();
    }

    @Test
    void untaggedPdfWithoutIdentificationFailsBoth() {
        List<String> ua = VeraPdf.failedRules(plain, VeraPdf.PDF_UA_1);
        List<String> a = VeraPdf.failedRules(plain, VeraPdf.PDF_A_2U);
        print("plain openhtmltopdf, PDF/UA-1", ua);
        print("plain openhtmltopdf, PDF/A-2u", a);
        // PDF/UA-1: 6.2-1 catalog /MarkInfo /Marked true; 7.1-8 XMP metadata stream; 7.1-11 structure tree.
        assertThat(ua).anyMatch(l -> l.startsWith("ISO 14289-1:2014 6.2-1: "))
                .anyMatch(l -> l.startsWith("ISO 14289-1:2014 7.1-8: "))
                .anyMatch(l -> l.startsWith("ISO 14289-1:2014 7.1-11: "));
        // PDF/A-2: 6.6.2.1-1 XMP metadata stream; 6.2.4.3-2 DeviceRGB without an output intent.
        assertThat(a).anyMatch(l -> l.startsWith("ISO 19005-2:2011 6.6.2.1-1: "))
                .anyMatch(l -> l.startsWith("ISO 19005-2:2011 6.2.4.3-2: "));
    }

    @Test
    void unembeddedStandardFontFailsBoth() {
        List<String> ua = VeraPdf.failedRules(helvetica, VeraPdf.PDF_UA_1);
        List<String> a = VeraPdf.failedRules(helvetica, VeraPdf.PDF_A_2U);
        print("PDFBox Helvetica, PDF/UA-1", ua);
        print("PDFBox Helvetica, PDF/A-2u", a);
        // Font programs must be embedded: PDF/UA-1 7.21.4.1, PDF/A-2 6.2.11.4.1.
        assertThat(ua).anyMatch(l -> l.startsWith("ISO 14289-1:2014 7.21.4.1-"));
        assertThat(a).anyMatch(l -> l.startsWith("ISO 19005-2:2011 6.2.11.4.1-"));
    }

    @Test
    void eachProfileChecksItsOwnStandard() {
        List<String> uaOfUaOnly = VeraPdf.failedRules(uaOnly, VeraPdf.PDF_UA_1);
        List<String> aOfUaOnly = VeraPdf.failedRules(uaOnly, VeraPdf.PDF_A_2U);
        List<String> uaOfAOnly = VeraPdf.failedRules(pdfaOnly, VeraPdf.PDF_UA_1);
        List<String> aOfAOnly = VeraPdf.failedRules(pdfaOnly, VeraPdf.PDF_A_2U);
        print("PDF/UA only, PDF/A-2u", aOfUaOnly);
        print("PDF/A-2u only, PDF/UA-1", uaOfAOnly);
        assertThat(uaOfUaOnly).isEmpty();
        // PDF/A-2 6.6.4: the XMP metadata (present, with pdfuaid) lacks the PDF/A identification schema.
        assertThat(aOfUaOnly).anyMatch(l -> l.startsWith("ISO 19005-2:2011 6.6.4-1: "));
        assertThat(aOfAOnly).isEmpty();
        // PDF/UA-1 5-1: the XMP metadata (present, with pdfaid) lacks the PDF/UA identification schema.
        assertThat(uaOfAOnly).anyMatch(l -> l.startsWith("ISO 14289-1:2014 5-1: "))
                .anyMatch(l -> l.startsWith("ISO 14289-1:2014 7.1-11: "));
    }

    @Test
    void failureLinesNameRuleMessageAndLocation() {
        List<String> a = VeraPdf.failedRules(helvetica, VeraPdf.PDF_A_2U);
        assertThat(a).isNotEmpty().allSatisfy(line ->
                assertThat(line).matches("ISO 19005-2:2011 [0-9.]+-\\d+: \\S.* @ \\S.*"));
    }

    @Test
    void summaryGroupsFailuresByRule() {
        List<String> lines = List.of(
                "ISO 19005-2:2011 6.2.4.3-2: DeviceRGB … @ a",
                "ISO 19005-2:2011 6.6.4-1: PDF/A identification … @ meta",
                "ISO 19005-2:2011 6.2.4.3-2: DeviceRGB … @ b");
        assertThat(VeraPdf.summary(lines)).containsExactly(
                "ISO 19005-2:2011 6.2.4.3-2: DeviceRGB … (×2, first @ a)",
                "ISO 19005-2:2011 6.6.4-1: PDF/A identification … (×1, first @ meta)");
        assertThat(VeraPdf.summary(List.of())).isEmpty();
    }

    @Test
    void unreadableFileIsAnErrorNotAPass() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pdf"), "not a PDF at all");
        assertThatThrownBy(() -> VeraPdf.failedRules(junk, VeraPdf.PDF_UA_1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void validationTimings() throws Exception {
        Path fresh = render("timing.pdf", true, true);
        for (int i = 1; i <= 5; i++) {
            assertThat(timed("warm #" + i, fresh, VeraPdf.PDF_UA_1)).isEmpty();
            assertThat(timed("warm #" + i, fresh, VeraPdf.PDF_A_2U)).isEmpty();
        }
        long start = System.nanoTime();
        PdfText.Contents contents = PdfText.read(fresh);
        synchronized (timings) {
            timings.add("PdfText.read " + fresh.getFileName() + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        assertThat(contents.pages()).isEqualTo(1);
    }

    // --- PdfText ---------------------------------------------------------------------------------------------

    @Test
    void extractedTextIsExactlyTheSourceText() {
        PdfText.Contents pdf = PdfText.read(conformant);
        for (String block : VISIBLE) {
            assertThat(pdf.text()).contains(block);
        }
        // Nothing else and nothing reordered: the text without whitespace is the blocks in reading order.
        assertThat(pdf.text().replaceAll("\\s+", "")).isEqualTo(String.join("", VISIBLE).replaceAll("\\s+", ""));
        assertThat(pdf.radicals()).isEmpty();
        assertThat(pdf.text()).contains("一", "目", "高").doesNotContain("⼀", "⽬", "⾼");
    }

    @Test
    void everyVariantExtractsWithoutRadicals() {
        for (Path p : List.of(conformant, plain, uaOnly, pdfaOnly)) {
            assertThat(PdfText.radicals(p)).as(p.getFileName().toString()).isEmpty();
            assertThat(PdfText.text(p)).as(p.getFileName().toString()).contains("一级指标", "≥95%", "30.00");
        }
    }

    @Test
    void radicalCheckFindsRadicals() {
        assertThat(PdfText.radicals("一级指标")).isEmpty();
        assertThat(PdfText.radicals("⼀级指标 项⽬ ⾼")).containsExactly(
                "U+2F00 ⼀ at 0", "U+2F6C ⽬ at 6", "U+2FBC ⾼ at 8");
        assertThat(PdfText.radicals("\u2E80\u2FDF\u2FE0\u2E7F")).containsExactly("U+2E80 \u2E80 at 0", "U+2FDF \u2FDF at 1");
    }

    @Test
    void metadataReadsBack() {
        PdfText.Contents pdf = PdfText.read(conformant);
        assertThat(pdf.info()).isEqualTo(new PdfText.Info(TITLE, SUBJECT, AUTHOR));
        assertThat(pdf.language()).isEqualTo("zh-CN");
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(PdfText.pageCount(conformant)).isEqualTo(1);
        assertThat(pdf.xmp()).contains("pdfaid", "pdfuaid", TITLE);

        PdfText.Contents bare = PdfText.read(helvetica);
        assertThat(bare.info()).isEqualTo(new PdfText.Info(null, null, null));
        assertThat(bare.language()).isNull();
        assertThat(bare.xmp()).isNull();
        assertThat(bare.outline()).isEmpty();
    }

    @Test
    void bookmarksReadBackNestedAndInOrder() {
        PdfText.Contents pdf = PdfText.read(conformant);
        assertThat(pdf.outline()).isEqualTo(BOOKMARKS);
        assertThat(pdf.outlineLines()).containsExactly("总体目标", "绩效指标", "  产出指标", "  成本指标");
        assertThat(PdfText.outline(plain)).isEqualTo(BOOKMARKS);
    }
}
