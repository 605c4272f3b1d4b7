package gongkai.build;

import gongkai.model.SiteConfig;
import gongkai.render.PageRenderer;
import gongkai.render.pdf.FontLocator;
import gongkai.render.pdf.PdfFonts;
import gongkai.source.ParseCache;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What a series of builds keeps from one to the next ({@code serve} keeps one between its rebuilds; a single build
 * makes a new one): the parsed content files (only files whose text changed are parsed again), the page renderer
 * (the templates are read again only when one of them changed) and the PDF fonts (located again only when the site
 * settings changed). Not thread-safe; one build at a time.
 */
public final class Session {

    private final ParseCache parsed = new ParseCache();

    private PageRenderer pages;
    private String templatesRead;
    private PdfFonts fonts;
    private SiteConfig fontsFor;

    /** The content files parsed by the last build, by path and text. */
    public ParseCache parsed() {
        return parsed;
    }

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
