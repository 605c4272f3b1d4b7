package gongkai.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;
import java.util.Set;

/**
 * Renders every node flexmark turns into a link or an image, in place of flexmark's own renderer: a link whose
 * address {@link LinkPolicy} allows becomes {@code <a href>}, any other link is rendered as its text, and an image
 * is never rendered as {@code <img>} but as its description (its alt text). The address is written fully escaped
 * ({@code &} as {@code &amp;}), so that the browser reads from the attribute exactly the address the policy
 * allowed: flexmark's own writer keeps character references it finds in an address, which a browser would then
 * decode a second time ({@code javascript&amp;colon;} would reach it as {@code javascript:}).
 */
final class SafeLinks implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Link.class, (node, context, html) -> link(node, node.getTitle(), context, html)),
                new NodeRenderingHandler<>(LinkRef.class, SafeLinks::linkRef),
                new NodeRenderingHandler<>(AutoLink.class, (node, context, html) -> textLink(node, node.getText().toString(), html)),
                new NodeRenderingHandler<>(MailLink.class, (node, context, html) -> textLink(node, node.getText().unescape(), html)),
                new NodeRenderingHandler<>(Image.class, (node, context, html) -> html.text(altText(node))),
                new NodeRenderingHandler<>(ImageRef.class, SafeLinks::imageRef));
    }

    private static void link(Node node, BasedSequence title, NodeRendererContext context, HtmlWriter html) {
        Optional<String> url = LinkPolicy.target(node).filter(LinkPolicy::allows);
        if (url.isEmpty()) {
            context.renderChildren(node);
            return;
        }
        html.attr("href", attribute(url.get()));
        if (title.isNotNull()) {
            html.attr("title", attribute(title.unescape()));
        }
        html.withAttr(AttributablePart.LINK).tag("a");
        context.renderChildren(node);
        html.tag("/a");
    }

    private static void linkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
        var reference = node.getReferenceNode(node.getDocument());
        if (reference != null) {
            link(node, reference.getTitle(), context, html);
            return;
        }
        // An undefined reference: its brackets as text, as flexmark renders it.
        if (!node.hasChildren()) {
            html.text(node.getChars().unescape());
        } else {
            html.text(node.getChars().prefixOf(node.getChildChars()).unescape());
            context.renderChildren(node);
            html.text(node.getChars().suffixOf(node.getChildChars()).unescape());
        }
    }

    /** An autolink or an e-mail address: its text, linked when the address is allowed. */
    private static void textLink(Node node, String text, HtmlWriter html) {
        Optional<String> url = LinkPolicy.target(node).filter(LinkPolicy::allows);
        if (url.isEmpty()) {
            html.text(text);
            return;
        }
        html.attr("href", attribute(url.get())).withAttr(AttributablePart.LINK).tag("a").text(text).tag("/a");
    }

    private static void imageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
        if (node.getReferenceNode(node.getDocument()) == null) {
            html.text(node.getChars().unescape());
        } else {
            html.text(altText(node));
        }
    }

    private static String altText(Node image) {
        return new TextCollectingVisitor().collectAndGetText(image);
    }

    /** The value for flexmark's writer, which escapes {@code <>"} and keeps character references. */
    private static String attribute(String value) {
        return value.replace("&", "&amp;");
    }
}
