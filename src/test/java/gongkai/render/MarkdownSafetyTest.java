package gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Markdown#toHtml} on hostile input, read back as a browser reads it (jsoup decodes the attributes): no
 * unsafe {@code href}, no image, the text still shown, and nesting past the limit refused instead of overflowing.
 */
class MarkdownSafetyTest {

    private final Markdown markdown = new Markdown();

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.render.LinkVectors#attacks")
    void noUnsafeLinkIsRendered(LinkVectors v) {
        Document html = Jsoup.parseBodyFragment(markdown.toHtml(v.markdown()));

        for (Element a : html.select("[href], [src]")) {
            assertThat(LinkVectors.unsafeHref(a.attr("href") + a.attr("src"))).as(a.outerHtml()).isFalse();
        }
        if (v.refused()) {
            assertThat(html.select("a")).as("a refused link is its text only").isEmpty();
        }
        assertThat(html.body().text()).contains(v.text());
    }

    @Test
    void anAddressIsWrittenSoThatTheBrowserDecodesItOnlyOnce() {
        Document html = Jsoup.parseBodyFragment(markdown.toHtml("[a](javascript&amp;colon;x) [b](https://example.gov.cn/?a=1&amp;b=2)"));

        assertThat(html.select("a").eachAttr("href")).containsExactly("javascript&colon;x", "https://example.gov.cn/?a=1&b=2");
    }

    @Test
    void safeLinksStayLinks() {
        for (LinkVectors v : LinkVectors.ALLOWED) {
            Document html = Jsoup.parseBodyFragment(markdown.toHtml(v.markdown()));
            assertThat(html.select("a[href]")).as(v.markdown()).hasSize(1);
        }
        assertThat(markdown.toHtml("[网站](https://www.example.gov.cn/ \"标题\")"))
                .isEqualTo("<p><a href=\"https://www.example.gov.cn/\" title=\"标题\">网站</a></p>\n");
    }

    @Test
    void noImageOfAnyKindIsRenderedOnlyItsDescription() {
        String html = markdown.toHtml("""
                ![内联图片](http://127.0.0.1:9/a.png) ![引用图片][p] ![简写]

                [p]: http://127.0.0.1:9/b.png
                [简写]: //127.0.0.1:9/c.png
                """);

        assertThat(html).doesNotContain("<img").doesNotContain("127.0.0.1")
                .contains("内联图片").contains("引用图片").contains("简写");
    }

    @Test
    void nestingPastTheLimitIsRefusedWithoutOverflowingTheStack() {
        List<String> deep = List.of(
                ">".repeat(1000) + " x",
                "- ".repeat(5000) + "x",
                "*".repeat(5000) + "x" + "*".repeat(5000),
                "**".repeat(5000) + "x" + "**".repeat(5000),
                "![".repeat(1000) + "x" + "](a)".repeat(1000),
                ">".repeat(MarkdownNesting.LIMIT + 1) + " x");
        for (String text : deep) {
            assertThatThrownBy(() -> markdown.toHtml(text)).as(text.substring(0, 10))
                    .isInstanceOf(Markdown.RenderException.class).hasMessageContaining("20 层");
        }
    }

    @Test
    void nestingAtTheLimitRendersOnASmallStack() throws Exception {
        int n = MarkdownNesting.LIMIT;
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < n; i++) {
            list.append("  ".repeat(i)).append("- ").append(i).append('\n');
        }
        List<String> atLimit = List.of(">".repeat(n) + " x", list.toString(), "> - ".repeat(n / 2) + "x",
                "*".repeat(2 * n) + "x" + "*".repeat(2 * n), "![".repeat(n) + "x" + "](a)".repeat(n),
                "> ".repeat(n - 4) + "- ***[x](https://example.gov.cn/)***");
        List<String> rendered = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // A quarter of the default thread stack: the limit leaves a wide margin.
        Thread small = new Thread(null, () -> {
            try {
                for (String text : atLimit) {
                    rendered.add(markdown.toHtml(text));
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();

        assertThat(failure.get()).isNull();
        assertThat(rendered).hasSize(atLimit.size());
        assertThat(rendered.get(0)).contains("<blockquote>");
    }
}
