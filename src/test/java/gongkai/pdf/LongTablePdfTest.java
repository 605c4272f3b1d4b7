package gongkai.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.TestFiles;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table longer than a page repeats its header on every page, and the PDF still conforms. */
class LongTablePdfTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final String FILE = "2022/425001/projects/13020822P00908810002X.yaml";

    @TempDir
    Path tmp;

    @Test
    void indicatorHeaderIsRepeatedOnEveryPage() throws Exception {
        Path content = TestFiles.copyBundledContent(tmp);
        Files.createSymbolicLink(tmp.resolve("fonts"), PROJECT.resolve("fonts"));
        StringBuilder yaml = new StringBuilder(Files.readString(content.resolve(FILE), StandardCharsets.UTF_8));
        for (int i = 1; i <= 45; i++) {
            yaml.append("  - level1: 产出指标\n    level2: 数量指标\n    level3: 新增数量指标第").append(i)
                    .append("项\n    description: 第").append(i).append("项指标的描述\n    value: ≥").append(i)
                    .append("个\n    basis: 预算安排\n");
        }
        Files.writeString(content.resolve(FILE), yaml, StandardCharsets.UTF_8);

        Path site = tmp.resolve("site");
        Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.of(content, PROJECT.resolve("templates"), site));
        assertThat(result.written()).isTrue();
        Path pdf = site.resolve("2022/425001/projects/13020822P00908810002X.pdf");

        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).replaceAll("\\s+", "");
                if (text.contains("新增数量指标")) {
                    assertThat(text).as("page %d", page).contains("一级指标二级指标三级指标绩效指标描述指标值指标值确定依据");
                }
                // A row is never split: every row that starts on this page ends on it. Its 三级 and 描述 may wrap
                // inside their cells (the columns of labels and values keep their width), so the lines of the two
                // cells interleave in the extracted text; the row ends with its value and basis on one line.
                for (int i = 1; i <= 45; i++) {
                    if (text.contains("新增数量指标第" + i + "项")) {
                        assertThat(text).as("row %d on page %d", i, page)
                                .containsPattern("新增数量指标第" + i + "项[第描述项指标的" + i + "]{6,14}≥" + i + "个预算安排");
                    }
                }
                assertThat(text).as("page %d", page).contains("第" + page + "页，共" + doc.getNumberOfPages() + "页");
            }
        }
        assertThat(VeraPdf.failedRules(pdf, VeraPdf.PDF_UA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, VeraPdf.PDF_A_2U)).isEmpty();
    }
}
