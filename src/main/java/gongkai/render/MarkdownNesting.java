package gongkai.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The limit on how deeply Markdown may nest, and where a text first goes past it. flexmark renders (and for some
 * shapes parses) by recursion, so a text nested a thousand times deep overflows the stack; the checker refuses it
 * (GK127) and {@link Markdown} never renders it.
 *
 * <p>A level is a block quote, a list item, an emphasis (斜体 or 加粗), a link or an image. {@value #LIMIT} levels
 * keep the syntax tree under about 50 nodes deep, far below what flexmark renders on the smallest thread stack the
 * build uses (it renders 200 levels on a 1 MB stack), while real content rarely goes past five.
 * Everything here is iterative. Pure and thread-safe.
 */
public final class MarkdownNesting {

    /** The most levels Markdown may nest. */
    public static final int LIMIT = 20;

    /** Where the limit is passed: the offset in the text, and the level reached there. */
    record Excess(int offset, int level) {}

    private MarkdownNesting() {}

    /** Whether a node opens a level. */
    static boolean opensLevel(Node node) {
        return node instanceof BlockQuote || node instanceof ListItem || node instanceof DelimitedNode
                || node instanceof LinkNodeBase || node instanceof RefNode;
    }

    /** The first node (in document order) at level {@value #LIMIT} + 1, if any. */
    public static Optional<Node> tooDeep(Node root) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        nodes.push(root);
        levels.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int level = levels.pop() + (opensLevel(node) ? 1 : 0);
            if (level > LIMIT) {
                return Optional.of(node);
            }
            // Pushed last child first, so that children are visited in document order.
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                levels.push(level);
            }
        }
        return Optional.empty();
    }

    /**
     * A look at the text before parsing, for the shapes flexmark's parser itself handles by recursion: more than
     * {@value #LIMIT} block quote and list markers at the start of one line ({@code > > - 1. …}). Only a line far
     * past the limit is reported, so the approximate reading of Markdown here does no harm to real content.
     */
    static Optional<Excess> lineMarkers(String text) {
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            Optional<Excess> excess = markers(text, lineStart, lineEnd);
            if (excess.isPresent()) {
                return excess;
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    private static Optional<Excess> markers(String text, int from, int to) {
        if (thematicBreak(text, from, to)) {
            return Optional.empty();
        }
        int i = from;
        int count = 0;
        while (true) {
            int spaces = 0;
            while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                spaces += text.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            if (spaces > 4 || i >= to) {
                return Optional.empty();
            }
            int start = i;
            char c = text.charAt(i);
            if (c == '>') {
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && i + 1 < to && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int digits = i;
                while (i < to && i - digits < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                if (i + 1 < to && (text.charAt(i) == '.' || text.charAt(i) == ')') && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                    i++;
                } else {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
            count++;
            if (count > LIMIT) {
                return Optional.of(new Excess(start, count));
            }
        }
    }

    /** {@code ***}, {@code - - -}, {@code ___}: a line of one of these characters (at least three) and spaces. */
    private static boolean thematicBreak(String text, int from, int to) {
        char mark = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                continue;
            }
            if ((c == '*' || c == '-' || c == '_') && (mark == 0 || c == mark)) {
                mark = c;
                count++;
            } else {
                return false;
            }
        }
        return count >= 3;
    }

    /**
     * Where a text that overflowed the parser is most likely nested: the start of its longest run of emphasis
     * characters ({@code *} or {@code _}) or image openers ({@code ![}). Used only to position the report after the
     * parser failed.
     */
    static int likelyPlace(String text) {
        int best = 0;
        int bestLength = 0;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '[' || c == '!') {
                while (i < text.length() && (text.charAt(i) == '*' || text.charAt(i) == '_' || text.charAt(i) == '['
                        || text.charAt(i) == '!' || text.charAt(i) == ' ')) {
                    i++;
                }
                if (i - start > bestLength) {
                    best = start;
                    bestLength = i - start;
                }
            } else {
                i++;
            }
        }
        return best;
    }
}
