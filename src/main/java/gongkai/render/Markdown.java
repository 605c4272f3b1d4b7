package gongkai.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Optional;

/**
 * Markdown parts of the content to safe HTML with flexmark-java. Content is untrusted: raw HTML is escaped
 * (shown as text), HTML comments are dropped, a link is rendered only when {@link LinkPolicy} allows its address
 * (otherwise as its text), an image is never rendered (its description is shown instead), Markdown nested past
 * {@link MarkdownNesting#LIMIT} levels is refused, and headings are moved down two levels so that they sit under
 * the page's own h1 and h2. Thread-safe.
 */
public final class Markdown {

    /** Markdown that cannot be rendered safely; the message is for the user, in Chinese, without a full stop. */
    public static final class RenderException extends RuntimeException {
        private final int offset;

        public RenderException(String message) {
            this(message, -1);
        }

        /** @param offset where in the Markdown text the problem is, or -1 when that is not known */
        public RenderException(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }

        /** Where in the Markdown text the problem is, or -1 when that is not known. */
        public int offset() {
            return offset;
        }
    }

    private static final Parser PARSER = Parser.builder(options()).build();

    private final HtmlRenderer renderer;

    public Markdown() {
        this.renderer = HtmlRenderer.builder(options()).nodeRendererFactory(options -> new SafeLinks()).build();
    }

    private static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
        options.set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true);
        options.set(HtmlRenderer.SOFT_BREAK, "");
        return options;
    }

    /**
     * Parses as the renderer does (the checker reads the same tree). Lines past the nesting limit are refused
     * before parsing, and a parser that runs out of stack on some other shape is reported, never thrown on.
     *
     * @throws RenderException when the text is nested too deeply to parse
     */
    public static Document parse(String markdown) {
        Optional<MarkdownNesting.Excess> lines = MarkdownNesting.lineMarkers(markdown);
        if (lines.isPresent()) {
            throw tooDeep(lines.get().offset());
        }
        try {
            return PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            throw tooDeep(MarkdownNesting.likelyPlace(markdown));
        }
    }

    /** @throws RenderException when the text nests more than {@link MarkdownNesting#LIMIT} levels */
    public String toHtml(String markdown) {
        Document doc = parse(markdown);
        Optional<Node> deep = MarkdownNesting.tooDeep(doc);
        if (deep.isPresent()) {
            throw tooDeep(deep.get().getStartOffset());
        }
        for (Node node : doc.getDescendants()) {
            if (node instanceof Heading h) {
                h.setLevel(Math.min(6, h.getLevel() + 2));
            }
        }
        try {
            return renderer.render(doc);
        } catch (StackOverflowError e) {
            throw tooDeep(-1);
        }
    }

    private static RenderException tooDeep(int offset) {
        return new RenderException("Markdown 嵌套超过 " + MarkdownNesting.LIMIT + " 层，无法生成（检查时的问题代码 GK127）", offset);
    }
}
