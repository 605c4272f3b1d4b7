package gongkai.check;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import gongkai.render.LinkPolicy;
import gongkai.render.Markdown;
import gongkai.render.MarkdownNesting;
import gongkai.source.ContentText;
import gongkai.source.SourceFile;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a Markdown part on the tree the renderer reads ({@link Markdown#parse}): raw HTML is not published (it is
 * escaped), no image of any kind, every link address allowed by {@link LinkPolicy}, and no nesting past
 * {@link MarkdownNesting#LIMIT} levels. Walks the tree without recursion.
 */
final class MarkdownChecker {

    private MarkdownChecker() {}

    static void check(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        forbiddenReferences(file, diagnostics);
        if (crowded(file, diagnostics)) {
            return;
        }
        Document doc;
        try {
            doc = Markdown.parse(text);
        } catch (Markdown.RenderException e) {
            // Too deep for the parser: refused before parsing, or it ran out of stack (the offset says where).
            tooDeep(file, Math.max(0, e.offset()), diagnostics);
            return;
        }
        MarkdownNesting.tooDeep(doc).ifPresent(node -> tooDeep(file, node.getStartOffset(), diagnostics));
        for (Node node : doc.getDescendants()) {
            if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                continue;
            }
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                diagnostics.report(Code.GK124, at(file, node.getStartOffset()), "",
                        "这里写了 HTML 代码，网站上会原样显示为文字而不会起作用。请改用 Markdown 写法（如空一行分段、**加粗**）。");
            } else if (node instanceof Image || node instanceof ImageRef) {
                if (node instanceof ImageRef ref && ref.getReferenceNode(doc) == null) {
                    continue; // no definition: flexmark shows it as text
                }
                String url = LinkPolicy.target(node).orElse("");
                diagnostics.report(Code.GK125, at(file, node.getStartOffset()), "",
                        "公开文件中不能插入图片“" + LinkPolicy.show(url) + "”：网站不引用任何外部或本地图片。请删除这张图片，改用文字说明。");
            } else if (!(node instanceof LinkRef)) {
                // A reference link is checked at its definition, where its address is written (and fixed).
                Optional<String> url = LinkPolicy.target(node);
                if (url.isPresent() && !LinkPolicy.allows(url.get())) {
                    diagnostics.report(Code.GK126, at(file, node.getStartOffset()), "",
                            "链接地址“" + LinkPolicy.show(url.get()) + "”不安全，不会发布为链接（只显示文字）。"
                                    + "链接只能以 http://、https:// 或 mailto: 开头，或者是本网站内的相对地址（如 ../index.html、#overall）；"
                                    + "请改正地址或删除这个链接。");
                }
            }
        }
    }

    /**
     * The most {@code [} and the most backticks in one paragraph. flexmark's inline parser takes time that grows with
     * the square of these within a paragraph (6,000 unclosed {@code ![} in one paragraph take seconds; fifty such
     * paragraphs, under 1 MB, took almost four minutes), so they are counted before parsing. A paragraph of real
     * content holds a few links and code spans, far below these limits.
     */
    static final int MAX_BRACKETS = 200;
    static final int MAX_BACKTICKS = 500;

    /**
     * Whether a paragraph (lines between blank lines) holds more {@code [} or backticks than the limits; reports the
     * first character past a limit (GK130) and then stops, since the file will not be parsed.
     */
    private static boolean crowded(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        int brackets = 0;
        int backticks = 0;
        int lineStart = 0;
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (blank) {
                    brackets = 0;
                    backticks = 0;
                }
                lineStart = i + 1;
                blank = true;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                blank = false;
            }
            if (c == '[' && ++brackets > MAX_BRACKETS || c == '`' && ++backticks > MAX_BACKTICKS) {
                String what = c == '[' ? "方括号“[”（链接和图片的标记）超过了 " + MAX_BRACKETS : "反引号“`”（代码的标记）超过了 " + MAX_BACKTICKS;
                diagnostics.report(Code.GK130, at(file, i), "", "这一段中的" + what + " 个的上限。这么多标记会使检查和生成"
                        + "非常缓慢，正常的文字不会用到这么多。请检查是否粘贴了其他内容，或用空行把长段落分成几段。");
                return true;
            }
        }
        return false;
    }

    /** A numeric character reference, which Markdown decodes into the character it names. */
    private static final Pattern REFERENCE = Pattern.compile("&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));");

    /**
     * The file's raw text holds no forbidden character (the loader checked it), but Markdown decodes
     * {@code &#1;} or {@code &#x202E;} into one: refused here like the character itself (GK104).
     */
    private static void forbiddenReferences(SourceFile file, Diagnostics diagnostics) {
        Matcher m = REFERENCE.matcher(file.text());
        while (m.find()) {
            int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
            if (cp <= Character.MAX_CODE_POINT && cp != 0 && ContentText.forbidden(cp)) {
                diagnostics.report(Code.GK104, at(file, m.start()), "", "这里的“" + m.group() + "”会被读成一个不允许的字符 "
                        + ContentText.describe(cp) + "。这样的字符在网页上看不见，会使 PDF 无法生成或让文字显示的顺序与文件中不同。请删除它。");
            }
        }
    }

    private static void tooDeep(SourceFile file, int offset, Diagnostics diagnostics) {
        diagnostics.report(Code.GK127, at(file, offset), "",
                "这里的 Markdown 嵌套超过了 " + MarkdownNesting.LIMIT + " 层（引用“>”、列表、加粗、斜体、链接一层套一层），无法生成网页。"
                        + "请减少嵌套，例如把多层引用或列表改成普通段落。");
    }

    private static Position at(SourceFile file, int start) {
        return file.position(start);
    }
}
