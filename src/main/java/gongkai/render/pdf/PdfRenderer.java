package gongkai.render.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders print XHTML to a PDF that is tagged PDF/UA-1 and conforms to PDF/A-2u, with openhtmltopdf.
 *
 * <p>PDF/A-2u rather than 2a: the structure and accessibility that 2a adds are required, and checked more strictly,
 * by PDF/UA-1, which every PDF also claims; 2u adds the guarantee that all text maps to Unicode, which is what makes
 * copying, searching and reading aloud work. PDF/A-2 (not 3) because the disclosure embeds no attachments.
 *
 * <p>Reproducible: the same XHTML gives the same bytes. openhtmltopdf stamps the current time; it is replaced by
 * the given date (or removed when there is none), and the document ID is derived from the content.
 * Thread-safe: each thread renders with its own parsed fonts; font metrics are shared.
 */
public final class PdfRenderer {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final Pattern XMP_BASIC = Pattern.compile("<rdf:Description[^>]*xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"[^>]*>");
    private static final Pattern XMP_DATE = Pattern.compile("\\s*<xmp:(CreateDate|ModifyDate)>[^<]*</xmp:\\1>");

    static {
        XRLog.setLoggingEnabled(false);
    }

    /** Refuses every external resource. */
    private static final BiPredicate<String, ExternalResourceType> NOTHING = (uri, type) -> false;

    /** A stream factory that opens nothing, in case a resource ever got past the access control. */
    private static final FSStreamFactory NO_STREAM = uri -> new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    };

    private final PdfFonts fonts;
    private final Optional<Instant> date;
    private final FSCacheEx<String, FSCacheValue> metrics = new SharedCache();

    /** @param date the document date written into the PDF, or empty for none */
    public PdfRenderer(PdfFonts fonts, Optional<Instant> date) {
        this.fonts = fonts;
        this.date = date;
    }

    public PdfFonts fonts() {
        return fonts;
    }

    /** Renders one document. {@code xhtml} must be well-formed XHTML with a title and {@code lang}. */
    public byte[] render(String xhtml) throws IOException {
        PdfFonts.Parsed parsed = fonts.forThisThread();
        PDDocument doc = new PDDocument();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(doc)
                .useFont(new PDFontSupplier(PDType0Font.load(doc, parsed.regular(), true)), PdfFonts.FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(new PDFontSupplier(PDType0Font.load(doc, parsed.bold(), true)), PdfFonts.FAMILY, 700, FontStyle.NORMAL, true)
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U)
                .useColorProfile(SRGB)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics)
                .withProducer("Gongkai")
                // Nothing outside the XHTML is ever loaded: not an image, a style sheet, a font or a DTD, from the
                // network, a file or the class path. The fonts and the colour profile are given above.
                .useExternalResourceAccessControl(NOTHING, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(NOTHING, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useUriResolver((base, uri) -> null)
                .useProtocolsStreamImplementation(NO_STREAM, "http", "https", "file", "jar", "ftp", "data", "classpath")
                .withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            stamp(doc, xhtml);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Replaces the render time with the document date (or none) and sets an ID derived from the content. */
    private void stamp(PDDocument doc, String xhtml) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        Optional<Calendar> when = date.map(d -> {
            GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.setTimeInMillis(d.toEpochMilli());
            return c;
        });
        info.setCreationDate(when.orElse(null));
        info.setModificationDate(when.orElse(null));
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            String stamped = XMP_DATE.matcher(xmp).replaceAll("");
            if (when.isPresent()) {
                String iso = date.get().toString();
                var basic = XMP_BASIC.matcher(stamped);
                if (!basic.find()) {
                    throw new IOException("XMP metadata without the xmp: schema");
                }
                stamped = stamped.substring(0, basic.end()) + "<xmp:CreateDate>" + iso + "</xmp:CreateDate><xmp:ModifyDate>"
                        + iso + "</xmp:ModifyDate>" + stamped.substring(basic.end());
            }
            metadata.importXMPMetadata(stamped.getBytes(StandardCharsets.UTF_8));
        }
        byte[] id = digest(xhtml + date.map(Instant::toString).orElse(""));
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String text) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Font metrics shared by all documents and threads. */
    private static final class SharedCache implements FSCacheEx<String, FSCacheValue> {
        private final ConcurrentHashMap<String, FSCacheValue> map = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return map.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    }
}
