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

    @Test
    void everyUnsafeLinkIsReportedAtItsPositionAndEverySafeOneIsNot() {
        List<LinkVectors> all = Stream.concat(LinkVectors.ATTACKS.stream(), LinkVectors.ALLOWED.stream())
                .filter(v -> v.forbiddenCharacter().isEmpty()).toList();
        List<String> expected = LinkVectors.placed(all).stream()
                .filter(p -> p.vector().refused())
                .flatMap(p -> Stream.concat(
                        Stream.of(AT + ":" + (p.firstLine() + p.vector().line() - 1) + ":" + p.vector().column() + " GK126"),
                        p.vector().forbiddenReference().stream().map(at -> AT + ":" + (p.firstLine() + at[0] - 1) + ":" + at[1] + " GK104")))
                .toList();

        List<Diagnostic> actual = check(LinkVectors.document(all));

        assertThat(described(actual)).containsExactlyElementsOf(expected);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(30);
        for (Diagnostic d : actual.stream().filter(d -> d.code() == Code.GK126).toList()) {
            assertThat(d.message()).contains("http://", "https://", "mailto:", "相对地址")
                    .doesNotContainPattern("[\\u0000-\\u001f\\u007f]");
        }
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
            assertThat(actual).as(head).extracting(Diagnostic::code).contains(Code.GK127);
            Diagnostic d = actual.stream().filter(x -> x.code() == Code.GK127).findFirst().orElseThrow();
            assertThat(d.position().file()).isEqualTo(AT);
            assertThat(d.position().hasLine()).as(head).isTrue();
        }
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
