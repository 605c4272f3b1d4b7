package gongkai.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown parts of the content to safe HTML with flexmark-java. Content is untrusted: raw HTML is escaped
 * (shown as text), HTML comments are dropped, {@code javascript:} links are suppressed, and headings are moved
 * down two levels so that they sit under the page's own h1 and h2. Thread-safe.
 */
public final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
        options.set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*");
        options.set(HtmlRenderer.SOFT_BREAK, "");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public String toHtml(String markdown) {
        Document doc = parser.parse(markdown);
        for (Node node : doc.getDescendants()) {
            if (node instanceof Heading h) {
                h.setLevel(Math.min(6, h.getLevel() + 2));
            }
        }
        return renderer.render(doc);
    }
}
