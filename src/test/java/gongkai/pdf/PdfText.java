package gongkai.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads back what a PDF says: its text, document information, language, bookmarks and pages (PDFBox 3). */
public final class PdfText {

    /** First code point of the CJK Radicals Supplement; with the Kangxi radicals, up to {@link #RADICALS_LAST}. */
    public static final int RADICALS_FIRST = 0x2E80;
    /** Last code point of the Kangxi Radicals block. */
    public static final int RADICALS_LAST = 0x2FDF;

    private PdfText() {}

    /** The document information dictionary's title, subject and author ({@code null} where absent). */
    public record Info(String title, String subject, String author) {}

    /** One bookmark (outline item): its title and its children, in document order. */
    public record Bookmark(String title, List<Bookmark> children) {
        public Bookmark {
            children = List.copyOf(children);
        }

        /** A bookmark without children. */
        public static Bookmark leaf(String title) {
            return new Bookmark(title, List.of());
        }
    }

    /**
     * Everything read from one PDF in a single load.
     *
     * @param text the text of all pages, as {@link PDFTextStripper} extracts it
     * @param info the document information dictionary
     * @param language the catalog's {@code /Lang} ({@code null} where absent)
     * @param xmp the catalog's XMP metadata packet as a string ({@code null} where absent)
     * @param outline the top-level bookmarks (empty without an outline)
     * @param pages the page count
     */
    public record Contents(String text, Info info, String language, String xmp, List<Bookmark> outline, int pages) {
        public Contents {
            outline = List.copyOf(outline);
        }

        /** The bookmark titles depth first, each indented by two spaces per level below the top. */
        public List<String> outlineLines() {
            return PdfText.outlineLines(outline);
        }

        /** See {@link PdfText#radicals(String)}. */
        public List<String> radicals() {
            return PdfText.radicals(text);
        }
    }

    /** Loads {@code pdf} once and reads everything {@link Contents} holds. */
    public static Contents read(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDDocumentInformation di = doc.getDocumentInformation();
            return new Contents(
                    extract(doc),
                    new Info(di.getTitle(), di.getSubject(), di.getAuthor()),
                    catalog.getLanguage(),
                    xmp(catalog),
                    bookmarks(catalog.getDocumentOutline()),
                    doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PDF " + pdf, e);
        }
    }

    /** The text of all pages of {@code pdf}. */
    public static String text(Path pdf) {
        return read(pdf).text();
    }

    /** The document information of {@code pdf}. */
    public static Info info(Path pdf) {
        return read(pdf).info();
    }

    /** The catalog's {@code /Lang} of {@code pdf}, e.g. {@code zh-CN}; {@code null} where absent. */
    public static String language(Path pdf) {
        return read(pdf).language();
    }

    /** The XMP metadata packet of {@code pdf}; {@code null} where absent. */
    public static String xmp(Path pdf) {
        return read(pdf).xmp();
    }

    /** The top-level bookmarks of {@code pdf}, with their children. */
    public static List<Bookmark> outline(Path pdf) {
        return read(pdf).outline();
    }

    /** The number of pages of {@code pdf}. */
    public static int pageCount(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PDF " + pdf, e);
        }
    }

    /**
     * Every code point of {@code text} in U+2E80–U+2FDF (CJK radicals, which extracted text must never contain:
     * they mean a font mapped an ideograph's glyph to its radical look-alike), one entry each, as
     * {@code "U+2F00 ⼀ at 12"} (index in chars); empty when there is none.
     */
    public static List<String> radicals(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= RADICALS_FIRST && cp <= RADICALS_LAST) {
                found.add(String.format("U+%04X %s at %d", cp, Character.toString(cp), i));
            }
            i += Character.charCount(cp);
        }
        return found;
    }

    /** {@link #radicals(String)} of the text of {@code pdf}. */
    public static List<String> radicals(Path pdf) {
        return radicals(text(pdf));
    }

    /** The bookmark titles depth first, each indented by two spaces per level below the top. */
    public static List<String> outlineLines(List<Bookmark> outline) {
        List<String> lines = new ArrayList<>();
        addLines(outline, "", lines);
        return lines;
    }

    private static void addLines(List<Bookmark> bookmarks, String indent, List<String> lines) {
        for (Bookmark b : bookmarks) {
            lines.add(indent + b.title());
            addLines(b.children(), indent + "  ", lines);
        }
    }

    private static String extract(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        return stripper.getText(doc);
    }

    private static String xmp(PDDocumentCatalog catalog) throws IOException {
        PDMetadata metadata = catalog.getMetadata();
        if (metadata == null) {
            return null;
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Bookmark> bookmarks(PDDocumentOutline outline) {
        return outline == null ? List.of() : children(outline, 0);
    }

    private static List<Bookmark> children(PDOutlineNode node, int depth) {
        if (depth > 64) {
            throw new IllegalStateException("outline nested deeper than 64 levels (a cycle?)");
        }
        List<Bookmark> result = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            result.add(new Bookmark(item.getTitle(), children(item, depth + 1)));
        }
        return result;
    }
}
