package gongkai.build;

import gongkai.model.SiteConfig;
import gongkai.render.PageRenderer;
import gongkai.render.pdf.FontLocator;
import gongkai.render.pdf.PdfFonts;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The page and PDF renderers of a series of builds ({@code serve} keeps one between its rebuilds): the templates
 * are read again only when one of them changed, the fonts only when the site settings did. A single build makes a
 * new one. Not thread-safe; one build at a time.
 */
public final class Renderers {

    private PageRenderer pages;
    private String templatesRead;
    private PdfFonts fonts;
    private SiteConfig fontsFor;

    /** The page renderer for the templates whose digest is {@code templates}. */
    public PageRenderer pages(Path folder, TemplateDigests templates) throws IOException {
        if (pages == null || !templates.all().equals(templatesRead)) {
            pages = new PageRenderer(folder);
            templatesRead = templates.all();
        }
        return pages;
    }

    /** The PDF fonts the site settings name (or the default ones), located once per settings. */
    public PdfFonts fonts(SiteConfig config, Path projectRoot) throws PdfFonts.FontException {
        if (fonts == null || !config.equals(fontsFor)) {
            fonts = FontLocator.locate(config, projectRoot);
            fontsFor = config;
        }
        return fonts;
    }
}
