package gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.render.LinkVectors;
import gongkai.render.MarkdownNesting;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** GK125–GK127 on the Markdown parts: unsafe link addresses, images of every kind, nesting past the limit. */
class MarkdownSafetyCheckTest {

    private static final String OVERALL = ContentFixture.UNIT_DIR + "overall.md";
    private static final String AT = "content/" + OVERALL;

    @TempDir
    Path tmp;

    private List<Diagnostic> check(String overallMd) {
        Path content = ContentFixture.valid().with(OVERALL, overallMd).writeTo(tmp);
        return Gongkai.check(content).diagnostics().sorted();
    }

    private static List<String> described(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.position() + " " + d.code()).toList();
    }

    /**
     * The vectors mixed with safe links in documents of at most 18 vectors each, so that no document has more than
     * {@link gongkai.diag.Diagnostics#PER_FILE_AND_CODE} problems of one code (the rest would only be counted).
     */
    @Test
    void everyUnsafeLinkIsReportedAtItsPositionAndEverySafeOneIsNot() {
        List<LinkVectors> all = Stream.concat(LinkVectors.ATTACKS.stream(), LinkVectors.ALLOWED.stream())
                .filter(v -> v.forbiddenCharacter().isEmpty()).toList();
        int refused = 0;
        for (int from = 0; from < all.size(); from += 18) {
            List<LinkVectors> part = all.subList(from, Math.min(all.size(), from + 18));
            List<String> expected = LinkVectors.placed(part).stream()
                    .filter(p -> p.vector().refused())
                    .flatMap(p -> Stream.concat(
                            Stream.of(AT + ":" + (p.firstLine() + p.vector().line() - 1) + ":" + p.vector().column() + " GK126"),
                            p.vector().forbiddenReference().stream().map(at -> AT + ":" + (p.firstLine() + at[0] - 1) + ":" + at[1] + " GK104")))
                    .toList();

            List<Diagnostic> actual = check(LinkVectors.document(part));

            assertThat(described(actual)).containsExactlyElementsOf(expected);
            refused += (int) expected.stream().filter(e -> e.endsWith("GK126")).count();
            for (Diagnostic d : actual.stream().filter(d -> d.code() == Code.GK126).toList()) {
                assertThat(d.message()).contains("http://", "https://", "mailto:", "相对地址")
                        .doesNotContainPattern("[\\u0000-\\u001f\\u007f]");
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.render.LinkVectors#attacks")
    void eachUnsafeLinkAloneIsAnError(LinkVectors v) {
        List<Diagnostic> actual = check(v.markdown() + "\n");

        List<String> expected = v.forbiddenCharacter()
                .map(at -> List.of(AT + ":" + at[0] + ":" + at[1] + " GK104"))
                .orElse(Stream.concat(
                        v.refused() ? Stream.of(AT + ":" + v.line() + ":" + v.column() + " GK126") : Stream.<String>empty(),
                        v.forbiddenReference().stream().map(at -> AT + ":" + at[0] + ":" + at[1] + " GK104")).toList());
        assertThat(described(actual)).as(v.markdown()).containsExactlyElementsOf(expected);
        assertThat(actual).allMatch(Diagnostic::isError);
    }

    @Test
    void theMessageShowsTheDecodedAddressWithControlCharactersSpelledOut() {
        Diagnostic d = check("[看这里](<&#1;jav&#x61;script:alert(1)>)\n").get(0);

        assertThat(d.code()).isEqualTo(Code.GK126);
        assertThat(d.message()).contains("“U+0001javascript:alert(1)”");
    }

    @Test
    void referenceStyleImagesAreRefusedAtTheImage() {
        List<Diagnostic> actual = check("""
                说明文字。

                ![办公楼][楼]

                文字中的 ![照片] 也不行。

                [楼]: http://127.0.0.1:9/building.png
                [照片]: photo.jpg
                """);

        assertThat(described(actual)).containsExactly(AT + ":3:1 GK125", AT + ":5:6 GK125");
        assertThat(actual.get(0).message()).contains("http://127.0.0.1:9/building.png").contains("请删除这张图片");
    }

    @Test
    void aThousandQuoteMarkersAreTooDeepAtTheFirstMarkerPastTheLimit() {
        List<Diagnostic> actual = check("第一段。\n\n" + ">".repeat(1000) + " 引用\n");

        assertThat(described(actual)).containsExactly(AT + ":3:" + (MarkdownNesting.LIMIT + 1) + " GK127");
        assertThat(actual.get(0).message()).contains("20 层");
    }

    @Test
    void otherDeepShapesAreTooDeepWithAPosition() {
        StringBuilder indentedList = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            indentedList.append("  ".repeat(i)).append("- 项目\n");
        }
        List<String> shapes = List.of(
                "- ".repeat(1000) + "项目\n",
                "1. ".repeat(1000) + "项目\n",
                "> - ".repeat(500) + "项目\n",
                indentedList.toString(),
                "*".repeat(5000) + "强调" + "*".repeat(5000) + "\n",
                "_".repeat(5000) + "强调" + "_".repeat(5000) + "\n",
                "[".repeat(5000) + "方括号" + "]".repeat(5000) + "\n",
                "[".repeat(5000) + "链接" + "](a.html)".repeat(5000) + "\n",
                "![".repeat(1000) + "图" + "](a.png)".repeat(1000) + "\n");
        for (String shape : shapes) {
            List<Diagnostic> actual = check(shape);
            String head = shape.substring(0, 12);
            if (head.startsWith("[[")) {
                // Brackets and links do not nest in CommonMark: these are flat, and must just not crash.
                assertThat(actual).as(head).noneMatch(d -> d.code() == Code.GK127);
                continue;
            }
            // A thousand "![" are also more brackets than a paragraph may hold: GK130 is found first, before parsing.
            assertThat(actual).as(head).extracting(Diagnostic::code).containsAnyOf(Code.GK127, Code.GK130);
            Diagnostic d = actual.stream().filter(x -> x.code() == Code.GK127 || x.code() == Code.GK130).findFirst().orElseThrow();
            assertThat(d.position().file()).isEqualTo(AT);
            assertThat(d.position().hasLine()).as(head).isTrue();
        }
    }

    /**
     * Shapes on which flexmark's inline parser takes time growing with the square of their size: fifty paragraphs
     * of 6,000 "![" (800 KB) took 228 s to validate before GK130. Each is refused before parsing, at the first
     * mark past the limit; the same shapes at the limit are parsed.
     */
    @Test
    void paragraphsCrowdedWithMarksAreRefusedBeforeParsing() {
        StringBuilder runs = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            runs.append("`".repeat(i)).append('a');
        }
        List<String> shapes = List.of(
                ("![".repeat(6000) + "x" + "](a)".repeat(1000) + "\n\n").repeat(50),
                "[a](b".repeat(3000) + "\n",
                "[](".repeat(6000) + "\n",
                "[".repeat(100) + "\n" + "[".repeat(101) + "\n",
                runs + "\n");
        for (String shape : shapes) {
            List<Diagnostic> actual = check(shape);
            assertThat(actual).as(shape.substring(0, 10)).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(Code.GK130);
                assertThat(d.message()).containsAnyOf("200 个的上限", "500 个的上限");
            });
        }
        assertThat(described(check("[".repeat(100) + "\n" + "[".repeat(101) + "\n"))).containsExactly(AT + ":2:101 GK130");
        assertThat(check(("[链接](a.html) ".repeat(200) + "\n\n").repeat(3) + "`代码` ".repeat(250) + "\n")).isEmpty();
    }

    @Test
    void nestingUpToTheLimitValidatesAndBuilds() throws Exception {
        int n = MarkdownNesting.LIMIT;
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < n; i++) {
            list.append("  ".repeat(i)).append("- 第 ").append(i + 1).append(" 层\n");
        }
        String text = ">".repeat(n) + " 引用\n\n" + list + "\n" + "*".repeat(n) + "强调" + "*".repeat(n) + "\n\n"
                + "> ".repeat(n - 3) + "- **[链接](https://www.example.gov.cn/)**\n";
        Path content = ContentFixture.valid().with(OVERALL, text).writeTo(tmp);

        assertThat(Gongkai.check(content).diagnostics().sorted()).isEmpty();
        Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.of(content, Path.of("templates"), tmp.resolve("site")).pdf(false));
        assertThat(result.written()).isTrue();

        String past = ">".repeat(n + 1) + " 引用\n";
        assertThat(described(check(past))).containsExactly(AT + ":1:" + (n + 1) + " GK127");
    }
}
