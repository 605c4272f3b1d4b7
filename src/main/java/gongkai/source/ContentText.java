package gongkai.source;

import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import java.util.Locale;
import java.util.Optional;

/**
 * What a content file's text may hold, checked before it is parsed: its size, the length of a line, and the
 * characters it may contain. Also makes such characters visible where content is echoed to a terminal.
 */
public final class ContentText {

    /** The largest content file, in bytes. The whole bundled disclosure is 14 KB; its largest file is under 4 KB. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    /** The longest line, in characters. The longest paragraph of the bundled disclosure is about 1,100 characters. */
    public static final int MAX_LINE_CHARS = 20_000;

    private ContentText() {}

    /**
     * Whether {@code cp} may not appear in content: control characters other than tab and line breaks (they are
     * invisible, and break PDFs and terminals), characters that reverse or isolate the direction of text (they
     * make a page show something other than what the file says), unpaired surrogates and noncharacters.
     */
    public static boolean forbidden(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
                || (cp >= 0x7F && cp <= 0x9F)
                || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || (cp >= 0xD800 && cp <= 0xDFFF)
                || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** {@code U+202E（文字方向控制字符）}: the character's code and what kind of character it is. */
    public static String describe(int cp) {
        String kind;
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            kind = cp == 0 ? "空字符" : "控制字符";
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            kind = "不成对的代理项，不是有效的字符";
        } else if (cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE) {
            kind = "非字符，不能用于文字";
        } else {
            kind = "文字方向控制字符";
        }
        return String.format(Locale.ROOT, "U+%04X（%s）", cp, kind);
    }

    /** What the character would do on the site, for the message. */
    private static String harm(int cp) {
        boolean direction = cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
        return direction ? "它在网页上看不见，却会让后面的文字按与文件中不同的顺序显示，使读者看到的与审核时看到的不一样。"
                : "它在网页上看不见，会使 PDF 无法生成。";
    }

    /** {@code text} with every forbidden character replaced by its code in brackets, e.g. {@code ⟨U+001B⟩}. */
    public static String visible(String text) {
        if (firstForbidden(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (forbidden(cp)) {
                out.append(String.format(Locale.ROOT, "⟨U+%04X⟩", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * Checks the decoded text of a file before it is parsed: every line no longer than {@link #MAX_LINE_CHARS},
     * no forbidden character. Reports each problem with its line and column; returns whether the text is fit to parse.
     */
    static boolean check(String path, String text, Diagnostics diagnostics) {
        if (plain(text)) {
            return true;
        }
        int line = 1;
        int lineStart = 0;
        int column = 1;
        boolean fit = true;
        boolean longLineReported = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
                column = 1;
                lineStart = i + 1;
                longLineReported = false;
                i++;
                continue;
            }
            if (column == MAX_LINE_CHARS + 1 && !longLineReported) {
                longLineReported = true;
                int end = text.indexOf('\n', i);
                int length = text.codePointCount(lineStart, end < 0 ? text.length() : end);
                diagnostics.report(Code.GK106, new Position(path, line, column), "",
                        "第 " + line + " 行有 " + String.format(Locale.ROOT, "%,d", length) + " 个字符，超过了每行 "
                                + String.format(Locale.ROOT, "%,d", MAX_LINE_CHARS) + " 个字符的上限。"
                                + "公开文件中的一段文字不会这样长，可能是粘贴时混入了其他内容；请删除多余的部分，或把长段落分成几段。");
                fit = false;
            }
            if (forbidden(cp)) {
                fit = false;
                diagnostics.report(Code.GK104, new Position(path, line, column), "",
                        "这里有一个不允许的字符 " + describe(cp) + "。" + harm(cp)
                                + "通常是从其他软件复制文字时带进来的。请在编辑器中删除它"
                                + (cp == 0 || (cp & 0xFFFE) == 0xFFFE ? "；如果整个文件都是这样的字符，它可能不是文本文件" : "") + "。");
            }
            column++;
            i += Character.charCount(cp);
        }
        return fit;
    }

    /**
     * Whether the text certainly passes {@link #check}: no line longer than {@link #MAX_LINE_CHARS} characters, no
     * forbidden character and no surrogate (for which {@link #check} counts code points). A quick scan of the
     * characters; {@link #check} looks closer when it is false.
     */
    private static boolean plain(String text) {
        int length = text.length();
        char[] chars = CHARS.of(text);
        int lineLength = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == '\n') {
                lineLength = 0;
            } else if (++lineLength > MAX_LINE_CHARS || Character.isSurrogate(c) || forbidden(c)) {
                return false;
            }
        }
        return true;
    }

    private static final ThreadChars CHARS = new ThreadChars();

    /**
     * A value read from YAML that holds a forbidden character (escapes such as {@code "\0"} or {@code "\u202E"} can
     * make any character): the diagnostic for the first one, or empty.
     */
    static Optional<Diagnostic> valueProblem(String value, Position at, String field) {
        int bad = firstForbidden(value);
        if (bad < 0) {
            return Optional.empty();
        }
        return Optional.of(new Diagnostic(Code.GK104, at, field,
                "这个值中有一个不允许的字符 " + describe(bad) + "，可能是用“\\”转义写成的。" + harm(bad) + "请删除它。"));
    }

    /** The first forbidden code point of {@code text}, or -1 when there is none. */
    static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (forbidden(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
