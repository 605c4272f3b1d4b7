package gongkai.render.pdf;

import gongkai.output.SiteWriter;
import gongkai.render.PageRenderer;
import gongkai.view.Views;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PDF part of a build: print XHTML for every document from its template, a check that the font has a glyph
 * for every character of every document, then the PDFs, rendered in parallel and written through the writer.
 */
public final class PdfStage {

    /** A failure of the PDF stage; the message is for the user, in Chinese, and ends with a full stop. */
    public static final class PdfException extends Exception {
        PdfException(String message) {
            super(message);
        }
    }

    private final PageRenderer templates;
    private final PdfRenderer pdf;

    public PdfStage(PageRenderer templates, PdfRenderer pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** Renders and writes every document; returns the size in bytes of each PDF by its path. */
    public Map<String, Long> run(List<Views.PdfDocument> docs, SiteWriter writer) throws PdfException {
        return run(docs, writer, () -> {});
    }

    /** {@link #run(List, SiteWriter)}, calling {@code written} after each PDF is written (from several threads). */
    public Map<String, Long> run(List<Views.PdfDocument> docs, SiteWriter writer, Runnable written) throws PdfException {
        Map<Views.PdfDocument, String> xhtml = new ConcurrentHashMap<>();
        List<String> failures = docs.parallelStream().map(doc -> {
            try {
                xhtml.put(doc, templates.render(doc));
                return Optional.<String>empty();
            } catch (Exception e) {
                return Optional.of("生成 " + doc.path() + " 的排版文件（模板 " + doc.template() + "）时出错：" + head(e));
            }
        }).flatMap(Optional::stream).sorted().toList();
        if (!failures.isEmpty()) {
            throw new PdfException(failures.get(0) + "。");
        }
        checkGlyphs(docs, xhtml);

        Map<String, Long> sizes = new ConcurrentHashMap<>();
        failures = docs.parallelStream().map(doc -> {
            try {
                byte[] bytes = pdf.render(xhtml.get(doc));
                writer.write(doc.path(), bytes);
                sizes.put(doc.path(), (long) bytes.length);
                written.run();
                return Optional.<String>empty();
            } catch (Exception e) {
                return Optional.of("生成 PDF " + doc.path() + "（" + doc.describe() + "）时出错：" + head(e));
            }
        }).flatMap(Optional::stream).sorted().toList();
        if (!failures.isEmpty()) {
            throw new PdfException(failures.get(0) + (failures.size() > 1 ? "（另有 " + (failures.size() - 1) + " 个 PDF 也出错）" : "") + "。");
        }
        return new HashMap<>(sizes);
    }

    /** Fails with every character the font lacks, each with a document and the text it occurs in. */
    private void checkGlyphs(List<Views.PdfDocument> docs, Map<Views.PdfDocument, String> xhtml) throws PdfException {
        Map<Integer, String> firstPlace = new TreeMap<>();
        Map<Integer, Integer> docCount = new TreeMap<>();
        for (Views.PdfDocument doc : docs) {
            String text = textOf(xhtml.get(doc));
            List<Integer> missing;
            try {
                missing = pdf.fonts().missing(text);
            } catch (IOException e) {
                throw new PdfException("读取 PDF 字体 " + pdf.fonts().describe() + " 时出错（" + e.getClass().getSimpleName() + "）。");
            }
            for (int cp : missing) {
                firstPlace.putIfAbsent(cp, doc.describe() + "：“" + around(text, cp) + "”");
                docCount.merge(cp, 1, Integer::sum);
            }
        }
        if (firstPlace.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("PDF 字体 " + pdf.fonts().describe() + " 缺少 " + firstPlace.size()
                + " 个字符的字形，PDF 中这些字会显示为空白：\n");
        firstPlace.forEach((cp, place) -> message.append("  “").appendCodePoint(cp).append("”（U+")
                .append(String.format("%04X", cp)).append("）出现在 ").append(place)
                .append(docCount.get(cp) > 1 ? "，共 " + docCount.get(cp) + " 个 PDF" : "").append('\n'));
        message.append("请换用包含这些字符的中文 TrueType 字体（见 README 的“PDF 字体”一节），或核对内容中是否误用了生僻字符。");
        throw new PdfException(message.toString());
    }

    private static final Pattern BODY = Pattern.compile("(?s)<body[^>]*>(.*)</body>");
    private static final Pattern GENERATED = Pattern.compile("content:\\s*([^;}]*)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    /**
     * The text a print document shows: its body without tags (entities decoded), the strings the stylesheet
     * generates in the page margins ({@code content: "第 " counter(page) …}) and the digits of page numbers.
     */
    static String textOf(String xhtml) {
        Matcher body = BODY.matcher(xhtml);
        StringBuilder text = new StringBuilder(body.find() ? body.group(1) : xhtml);
        Matcher generated = GENERATED.matcher(xhtml);
        while (generated.find()) {
            Matcher quoted = QUOTED.matcher(generated.group(1));
            while (quoted.find()) {
                text.append(' ').append(quoted.group(1));
            }
        }
        text.append(" 0123456789");
        return text.toString().replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String around(String text, int cp) {
        int at = text.indexOf(new String(Character.toChars(cp)));
        int from = Math.max(0, at - 8);
        int to = Math.min(text.length(), at + 9);
        return text.substring(from, to).replaceAll("\\s+", " ").strip();
    }

    private static String head(Exception e) {
        String m = String.valueOf(e.getMessage());
        return m.lines().findFirst().orElse(e.getClass().getSimpleName());
    }
}
