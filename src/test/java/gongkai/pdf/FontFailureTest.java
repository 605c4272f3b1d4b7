package gongkai.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.Gongkai;
import gongkai.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fonts that cannot make a correct PDF stop the build with a clear message, before anything is written:
 * a CFF-based OpenType collection (Debian fonts-noto-cjk), which PDFBox cannot embed, and a font that lacks
 * glyphs the disclosure needs (Debian fonts-droid-fallback has no digits, Latin letters or ≥), which would
 * otherwise render blank cells for 30.00 and 13020822P00908810002X. The fonts come from Debian packages that
 * .ci/run installs.
 */
class FontFailureTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path CFF = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    @TempDir
    Path tmp;

    /** A copy of the bundled content whose site.yaml names the given font, and a previous site to keep. */
    private Gongkai.Options contentWithFont(Path font) throws IOException {
        assertThat(font).as("font from a Debian package installed by .ci/run").exists();
        Path content = TestFiles.copyBundledContent(tmp);
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"), StandardCharsets.UTF_8)
                + "pdf_fonts:\n  regular: " + font + "\n", StandardCharsets.UTF_8);
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous");
        return Gongkai.Options.of(content, PROJECT.resolve("templates"), site);
    }

    private void assertPreviousSiteKept() throws IOException {
        assertThat(tmp.resolve("site/index.html")).hasContent("previous");
        try (Stream<Path> s = Files.list(tmp)) {
            // The lock file stays when the writer was opened (a missing glyph is found while rendering the PDFs).
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".site.lock")).toList())
                    .as("no staging folder left").containsExactlyInAnyOrder("content", "site");
        }
    }

    @Test
    void cffOpenTypeFontIsRefusedWithAClearMessage() throws IOException {
        Gongkai.Options options = contentWithFont(CFF);
        assertThatThrownBy(() -> Gongkai.build(options))
                .isInstanceOf(Gongkai.BuildException.class)
                .hasMessageContaining(CFF.toString())
                .hasMessageContaining("OpenType/CFF")
                .hasMessageContaining("TrueType（glyf）")
                .hasMessageContaining("原有网站保持不变");
        assertPreviousSiteKept();
    }

    @Test
    void fontWithoutDigitsAndSymbolsListsEveryMissingCharacterAndWhereItOccurs() throws IOException {
        Gongkai.Options options = contentWithFont(DROID);
        assertThatThrownBy(() -> Gongkai.build(options))
                .isInstanceOf(Gongkai.BuildException.class)
                .hasMessageContaining(DROID.toString())
                .hasMessageContaining("缺少")
                .hasMessageContaining("“0”（U+0030）")
                .hasMessageContaining("“≥”（U+2265）")
                .hasMessageContaining("“P”（U+0050）")
                .hasMessageContaining("项目 13020822P00908810002X 融媒体中心运行维护费")
                .hasMessageContaining("原有网站保持不变");
        assertPreviousSiteKept();
    }
}
