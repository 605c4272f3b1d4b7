package gongkai.check;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import gongkai.source.SourceFile;

/** Checks a Markdown part: raw HTML is not published (it is escaped), and images must be local. */
final class MarkdownChecker {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownChecker() {}

    static void check(SourceFile file, Diagnostics diagnostics) {
        Document doc = PARSER.parse(file.text());
        for (Node node : doc.getDescendants()) {
            if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                continue;
            }
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                diagnostics.report(Code.GK124, at(file, node), "",
                        "这里写了 HTML 代码，网站上会原样显示为文字而不会起作用。请改用 Markdown 写法（如空一行分段、**加粗**）。");
            } else if (node instanceof Image image) {
                diagnostics.report(Code.GK125, at(file, node), "",
                        "公开文件中不能插入图片“" + image.getUrl() + "”：网站不引用任何外部或本地图片。请删除这张图片，改用文字说明。");
            }
        }
    }

    private static Position at(SourceFile file, Node node) {
        String text = file.text();
        int offset = Math.min(node.getStartOffset(), text.length());
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        return new Position(file.path(), line, text.codePointCount(lineStart, offset) + 1);
    }
}
