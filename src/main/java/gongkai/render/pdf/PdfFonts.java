package gongkai.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The regular and bold fonts for PDFs: found once, read into memory once, checked once (TrueType outlines,
 * glyphs for every character a document needs), and parsed once per rendering thread, because a parsed
 * {@link TrueTypeFont} is not thread-safe while re-parsing a 10 MB font for every PDF would cost more than the
 * rest of the render.
 */
public final class PdfFonts {

    /** The CSS font family the print templates use. */
    public static final String FAMILY = "Gongkai Sans";

    /** Thrown when no usable font is found or a font cannot embed; the message is for the user, in Chinese. */
    public static final class FontException extends Exception {
        public FontException(String message) {
            super(message);
        }
    }

    /** One parsed regular and bold font, owned by one thread. */
    public record Parsed(TrueTypeFont regular, TrueTypeFont bold) {}

    /** PDFBox logs notes such as "Format 14 cmap table is not supported" in English; users never need them. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache");

    static {
        PDFBOX_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private final FontFile regularFile;
    private final FontFile boldFile;
    private final byte[] regularBytes;
    private final byte[] boldBytes;
    private final TrueTypeFont checkFont;
    private final ThreadLocal<Parsed> perThread;

    private PdfFonts(FontFile regularFile, FontFile boldFile) throws FontException {
        this.regularFile = regularFile;
        this.boldFile = boldFile;
        this.regularBytes = read(regularFile);
        this.boldBytes = boldFile.equals(regularFile) ? regularBytes : read(boldFile);
        this.checkFont = parse(regularFile, regularBytes);
        requireTrueTypeOutlines(regularFile, checkFont);
        requireTrueTypeOutlines(boldFile, boldFile.equals(regularFile) ? checkFont : parse(boldFile, boldBytes));
        this.perThread = ThreadLocal.withInitial(() -> {
            try {
                return new Parsed(parse(regularFile, regularBytes),
                        boldFile.equals(regularFile) ? parse(regularFile, regularBytes) : parse(boldFile, boldBytes));
            } catch (FontException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    /** Loads and checks the two fonts. */
    public static PdfFonts load(FontFile regular, FontFile bold) throws FontException {
        return new PdfFonts(regular, bold);
    }

    public FontFile regularFile() {
        return regularFile;
    }

    public FontFile boldFile() {
        return boldFile;
    }

    /** This thread's parsed fonts. */
    public Parsed forThisThread() {
        return perThread.get();
    }

    /** The code points of {@code text} the regular font has no glyph for (whitespace and controls are ignored). */
    public synchronized List<Integer> missing(String text) throws IOException {
        List<Integer> missing = new ArrayList<>();
        var cmap = checkFont.getUnicodeCmapLookup();
        for (int cp : text.codePoints().distinct().sorted().toArray()) {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == 0xA0 || cp == 0xAD) {
                continue;
            }
            if (cmap == null || cmap.getGlyphId(cp) == 0) {
                missing.add(cp);
            }
        }
        return missing;
    }

    private static byte[] read(FontFile f) throws FontException {
        try {
            return Files.readAllBytes(f.path());
        } catch (IOException e) {
            throw new FontException("无法读取 PDF 字体文件 " + f.path() + "（" + e.getClass().getSimpleName() + "）。");
        }
    }

    private static TrueTypeFont parse(FontFile f, byte[] bytes) throws FontException {
        try {
            if (f.isCollection()) {
                TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
                if (f.nameInCollection().isPresent()) {
                    TrueTypeFont font = collection.getFontByName(f.nameInCollection().get());
                    if (font == null) {
                        throw new FontException("字体集 " + f.path() + " 中没有名为“" + f.nameInCollection().get() + "”的字体。");
                    }
                    return font;
                }
                AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                collection.processAllFonts(font -> {
                    if (first.get() == null) {
                        first.set(font);
                    }
                });
                if (first.get() == null) {
                    throw new FontException("字体集 " + f.path() + " 中没有字体。");
                }
                return first.get();
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException | RuntimeException e) {
            throw new FontException("PDF 字体文件 " + f.path() + " 无法解析（" + e.getClass().getSimpleName() + "）："
                    + "它可能不是 TrueType 字体或已损坏。请换用 TrueType 格式（.ttf 或 .ttc）的中文字体。");
        }
    }

    /** PDFBox can embed only TrueType (glyf) outlines; a CFF-based OpenType font fails when the PDF is saved. */
    private static void requireTrueTypeOutlines(FontFile f, TrueTypeFont font) throws FontException {
        boolean postScript = font instanceof OpenTypeFont otf && otf.isPostScript();
        boolean glyf;
        try {
            glyf = !postScript && font.getTableMap().containsKey("glyf") && font.getGlyph() != null;
        } catch (IOException e) {
            glyf = false;
        }
        if (!glyf) {
            throw new FontException("PDF 字体 " + f + " 是 OpenType/CFF 字体，没有 TrueType（glyf）轮廓，无法嵌入 PDF。"
                    + "请换用 TrueType 格式的中文字体，例如运行 scripts/setup-fonts.sh 获取的 Noto Sans SC，"
                    + "或文泉驿微米黑（fonts-wqy-microhei）、微软雅黑（msyh.ttc）。");
        }
    }

    /** Where the fonts were found, for messages. */
    public String describe() {
        return regularFile.equals(boldFile) ? regularFile.toString() : regularFile + "、" + boldFile;
    }

    /**
     * What identifies these fonts for a PDF's digest (see {@code gongkai.build.BuildRecord}): the files, with their
     * sizes and modification times, so that another font or a changed font file makes the PDFs again.
     */
    public String identity() {
        StringBuilder id = new StringBuilder();
        for (FontFile f : List.of(regularFile, boldFile)) {
            id.append(f).append(':');
            try {
                id.append(Files.size(f.path())).append(':').append(Files.getLastModifiedTime(f.path()).toMillis());
            } catch (IOException e) {
                id.append("unreadable");
            }
            id.append(';');
        }
        return id.toString();
    }

    static Optional<Path> existing(Path p) {
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
