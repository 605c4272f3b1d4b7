package gongkai.model;

import java.util.Optional;

/**
 * Portal-wide settings from {@code content/site.yaml}.
 *
 * @param url where the site is published, ending in {@code /} ({@code https://czj.example.gov.cn/jxmb/}); the
 *            sitemap needs absolute addresses and is written only when it is known
 */
public record SiteConfig(String title, String description, String publisher, Optional<PdfFontFiles> pdfFonts,
                         Optional<String> url) {

    public SiteConfig(String title, String description, String publisher, Optional<PdfFontFiles> pdfFonts) {
        this(title, description, publisher, pdfFonts, Optional.empty());
    }

    /**
     * Font files for PDFs named in {@code site.yaml}, relative to the folder holding the content folder; the name
     * picks a font inside a collection ({@code .ttc}).
     */
    public record PdfFontFiles(String regular, Optional<String> regularName, Optional<String> bold, Optional<String> boldName) {}
}
