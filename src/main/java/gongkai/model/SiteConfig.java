package gongkai.model;

import java.util.Optional;

/** Portal-wide settings from {@code content/site.yaml}. */
public record SiteConfig(String title, String description, String publisher, Optional<PdfFontFiles> pdfFonts) {

    /**
     * Font files for PDFs named in {@code site.yaml}, relative to the folder holding the content folder; the name
     * picks a font inside a collection ({@code .ttc}).
     */
    public record PdfFontFiles(String regular, Optional<String> regularName, Optional<String> bold, Optional<String> boldName) {}
}
