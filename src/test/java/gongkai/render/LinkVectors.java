package gongkai.render;

import gongkai.source.ContentText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one list of hostile and harmless link addresses in Markdown, used by the checker, renderer, PDF and browser
 * tests. Every hostile vector runs {@link #PAYLOAD} if a browser ever follows it; meant to grow into the whole XSS
 * corpus (issue 12). Each vector is its own Markdown paragraph (a reference link also carries its definition); its
 * visible text is unique, so a test can find it on the page.
 *
 * @param name     what the vector tries
 * @param markdown the Markdown, one or more lines
 * @param refused  whether the link must be refused (GK126, rendered as text); false for an address that looks
 *                 dangerous but that a browser reads as a harmless relative path
 * @param line     the line of the refused link within {@code markdown} (1 = its first line; the definition for a
 *                 reference link)
 * @param column   its column
 * @param text     the text the page must show for it
 */
public record LinkVectors(String name, String markdown, boolean refused, int line, int column, String text) {

    /** What a hostile vector would run: sets a flag the browser test reads. */
    public static final String PAYLOAD = "window.__xss=1";

    private static final String HEX_JAVASCRIPT = "javascript:".chars().mapToObj(c -> String.format("&#x%X;", c))
            .reduce("", String::concat);

    /** The vectors that must never become a link or run. */
    public static final List<LinkVectors> ATTACKS = List.of(
            at1("entity for one letter", "[链接01](jav&#x61;script:" + PAYLOAD + ")", "链接01"),
            at1("decimal entity for the first letter", "[链接02](&#106;avascript:" + PAYLOAD + ")", "链接02"),
            at1("entity for the colon", "[链接03](javascript&#58;" + PAYLOAD + ")", "链接03"),
            at1("backslash-escaped colon", "[链接04](javascript\\:" + PAYLOAD + ")", "链接04"),
            at1("scheme fully hex-encoded", "[链接05](" + HEX_JAVASCRIPT + PAYLOAD + ")", "链接05"),
            at1("tab inside the scheme (&Tab;)", "[链接06](java&Tab;script:" + PAYLOAD + ")", "链接06"),
            at1("tab inside the scheme (&#9;)", "[链接07](java&#9;script:" + PAYLOAD + ")", "链接07"),
            at1("named colon entity in angle brackets", "[链接08](<javascript&colon;" + PAYLOAD + ">)", "链接08"),
            at1("leading C0 control", "[链接09](<\u0001javascript:" + PAYLOAD + ">)", "链接09"),
            at1("leading C0 control as an entity", "[链接10](&#1;javascript:" + PAYLOAD + ")", "链接10"),
            at1("mixed case", "[链接11](JaVaScRiPt:" + PAYLOAD + ")", "链接11"),
            at1("newline inside the scheme (&NewLine;)", "[链接12](java&NewLine;script:" + PAYLOAD + ")", "链接12"),
            at1("leading newline (&NewLine;)", "[链接13](&NewLine;javascript:" + PAYLOAD + ")", "链接13"),
            at1("leading space as an entity", "[链接14](&#32;javascript:" + PAYLOAD + ")", "链接14"),
            at1("angle-bracket destination", "[链接15](<javascript:" + PAYLOAD + ">)", "链接15"),
            at1("autolink", "<javascript:" + PAYLOAD + ">", "javascript:" + PAYLOAD),
            at1("autolink in upper case", "<JAVASCRIPT:" + PAYLOAD + ">", "JAVASCRIPT:" + PAYLOAD),
            at1("vbscript", "[链接18](vbscript:msgbox)", "链接18"),
            at1("vbscript autolink", "<VBScript:msgbox>", "VBScript:msgbox"),
            at1("data: HTML", "[链接20](data:text/html;base64,PHNjcmlwdD5vcGVuZXIuX194c3M9MTwvc2NyaXB0Pg==)", "链接20"),
            at1("data: autolink", "<data:text/html,hello>", "data:text/html,hello"),
            at1("file:", "[链接22](file:///etc/passwd)", "链接22"),
            at1("percent-encoded letter in the scheme", "[链接23](%6Aavascript:" + PAYLOAD + ")", "链接23"),
            at1("full-width colon", "[链接24](javascript：" + PAYLOAD + ")", "链接24"),
            at1("protocol-relative", "[链接25](//evil.example/x)", "链接25"),
            at1("protocol-relative with backslashes", "[链接26](\\\\\\\\evil.example/x)", "链接26"),
            at1("with a title", "[链接27](javascript:" + PAYLOAD + " \"标题\")", "链接27"),
            new LinkVectors("inside a quote, a list and bold", "> - **[链接28](javascript:" + PAYLOAD + ")**", true, 1, 7, "链接28"),
            new LinkVectors("reference link", "[链接29][r29]\n\n[r29]: jav&#x61;script:" + PAYLOAD, true, 3, 1, "链接29"),
            new LinkVectors("shortcut reference link", "[r30]\n\n[r30]: <javascript:" + PAYLOAD + ">", true, 3, 1, "r30"),
            new LinkVectors("collapsed reference link with a title", "[链接31][]\n\n[链接31]: javascript&#58;" + PAYLOAD + " 'title'",
                    true, 3, 1, "链接31"),
            at1("unknown scheme", "[链接32](gongkai:x)", "链接32"),
            at1("leading space", "[链接33]( javascript:" + PAYLOAD + ")", "链接33"),
            new LinkVectors("in a heading", "## [链接34](javascript:" + PAYLOAD + ")", true, 1, 4, "链接34"),
            at1("trailing C0 control", "[链接35](<javascript:" + PAYLOAD + "\u0001>)", "链接35"),
            // Not refused: flexmark decodes &amp; once, and the browser must read the literal "&colon;" (a relative
            // path), not a second decoding into "javascript:".
            new LinkVectors("entity decoded twice", "[链接36](javascript&amp;colon;" + PAYLOAD + ")", false, 1, 1, "链接36"));

    /** Addresses that must stay links, without any diagnostic. */
    public static final List<LinkVectors> ALLOWED = List.of(
            ok("[网站](http://www.example.gov.cn/)"),
            ok("[网站](https://www.example.gov.cn/a?b=1&c=2#d)"),
            ok("<https://www.example.gov.cn/>"),
            ok("[邮件](mailto:xinxi@example.gov.cn)"),
            ok("[邮件](MAILTO:xinxi@example.gov.cn)"),
            ok("<mailto:xinxi@example.gov.cn>"),
            ok("<xinxi@example.gov.cn>"),
            ok("[本页](#overall)"),
            ok("[上级](../index.html)"),
            ok("[数据](data.html)"),
            ok("[表格](data/projects.csv)"),
            ok("[年度](/2022/index.html)"),
            ok("[查询](?q=1)"),
            ok("[参考][ok]\n\n[ok]: https://www.example.gov.cn/"));

    /**
     * Where the vector's Markdown holds a character content may not hold at all ({@link ContentText#forbidden}, such
     * as a raw C0 control), as {line, column}: {@code validate} refuses the file for it (GK104) before reading any
     * link, so such a vector tests the renderer's defence, not GK126. Empty when there is none.
     */
    public java.util.Optional<int[]> forbiddenCharacter() {
        int line = 1;
        int column = 1;
        for (int cp : markdown.codePoints().toArray()) {
            if (cp == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (ContentText.forbidden(cp)) {
                return java.util.Optional.of(new int[] {line, column});
            }
            column++;
        }
        return java.util.Optional.empty();
    }

    /**
     * Where the vector writes a forbidden character as a numeric reference ({@code &#11;}), as {line, column}:
     * {@code validate} reports that as GK104 besides the unsafe link. Empty when there is none.
     */
    public java.util.Optional<int[]> forbiddenReference() {
        Matcher m = Pattern.compile("&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));").matcher(markdown);
        while (m.find()) {
            int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
            if (cp != 0 && cp <= Character.MAX_CODE_POINT && ContentText.forbidden(cp)) {
                String before = markdown.substring(0, m.start());
                int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                String lineStart = before.substring(before.lastIndexOf('\n') + 1);
                return java.util.Optional.of(new int[] {line, lineStart.codePointCount(0, lineStart.length()) + 1});
            }
        }
        return java.util.Optional.empty();
    }

    /** {@link #ATTACKS}, for {@code @MethodSource}. */
    public static List<LinkVectors> attacks() {
        return ATTACKS;
    }

    private static LinkVectors at1(String name, String markdown, String text) {
        return new LinkVectors(name, markdown, true, 1, 1, text);
    }

    private static LinkVectors ok(String markdown) {
        return new LinkVectors(markdown, markdown, false, 0, 0, "");
    }

    /** A vector placed in a document: its 1-based first line there. */
    public record Placed(LinkVectors vector, int firstLine) {}

    /** The vectors as one Markdown text, one paragraph each, after a first line of prose. */
    public static String document(List<LinkVectors> vectors) {
        StringBuilder b = new StringBuilder("本单位的总体绩效目标如下。\n");
        for (LinkVectors v : vectors) {
            b.append('\n').append(v.markdown()).append('\n');
        }
        return b.toString();
    }

    /** Where each vector starts in {@link #document}. */
    public static List<Placed> placed(List<LinkVectors> vectors) {
        List<Placed> placed = new ArrayList<>();
        int line = 3;
        for (LinkVectors v : vectors) {
            placed.add(new Placed(v, line));
            line += (int) v.markdown().lines().count() + 1;
        }
        return placed;
    }

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    /**
     * Whether a browser reading {@code href} (an attribute value after HTML decoding) would leave the safe schemes:
     * an independent reading of the WHATWG URL parser for the tests, not the code under test.
     */
    public static boolean unsafeHref(String href) {
        String s = href.replaceAll("^[\\u0000-\\u0020]+|[\\u0000-\\u0020]+$", "").replaceAll("[\\t\\n\\r]", "");
        if (s.startsWith("//") || s.startsWith("\\\\") || s.startsWith("/\\") || s.startsWith("\\/")) {
            return true;
        }
        Matcher m = SCHEME.matcher(s);
        return m.find() && !List.of("http", "https", "mailto").contains(m.group(1).toLowerCase());
    }

    @Override
    public String toString() {
        return name;
    }
}
