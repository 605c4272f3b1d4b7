package gongkai.feed;

import gongkai.model.SiteConfig;
import gongkai.output.GeneratedFile;
import gongkai.view.ViewBuilder;
import gongkai.view.Views;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The files that let people and search engines discover disclosures: {@code feed.atom}, an Atom feed (RFC 4287) with
 * one entry per unit and year, and {@code sitemap.xml} (sitemaps.org 0.9) listing every page. Made from the finished
 * page views, so they list exactly the pages that were written. Dates come from the content (公开日期) and from git
 * (the last change), never from the clock: two builds of the same content give the same bytes.
 */
public final class Feeds {

    public static final String FEED_PATH = "feed.atom";
    public static final String SITEMAP_PATH = "sitemap.xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** Dates are days in Beijing time; Atom wants a date-time. */
    private static final String DAY_START = "T00:00:00+08:00";

    private Feeds() {}

    /** A page as the sitemap lists it: its path, and for unit and project pages the date of their last change. */
    public record Listed(String path, Optional<String> lastmod) {
        public static Listed of(Views.Page page) {
            Views.LastChanged changed = page instanceof Views.UnitPage u ? u.lastChanged()
                    : page instanceof Views.ProjectPage p ? p.lastChanged() : null;
            return new Listed(page.path(), Optional.ofNullable(changed == null ? null : changed.committed()));
        }
    }

    /** The feed (when some disclosure has a date) and the sitemap (when the site's address is known). */
    public static List<GeneratedFile> files(SiteConfig config, List<Views.Page> pages) {
        return files(config, pages.stream().filter(Views.UnitPage.class::isInstance).map(Views.UnitPage.class::cast).toList(),
                pages.stream().map(Listed::of).toList());
    }

    /** {@link #files(SiteConfig, List)} from the unit pages and the list of every page, as a build collects them. */
    public static List<GeneratedFile> files(SiteConfig config, List<Views.UnitPage> units, List<Listed> pages) {
        List<GeneratedFile> files = new ArrayList<>();
        atom(config, units).ifPresent(files::add);
        config.url().ifPresent(url -> files.add(sitemap(url, pages)));
        return files;
    }

    /** The units' disclosures, newest change first; empty when none has a date. */
    static Optional<GeneratedFile> atom(SiteConfig config, List<Views.UnitPage> all) {
        List<Views.UnitPage> units = all.stream()
                .filter(u -> ViewBuilder.disclosureDate(u.lastChanged(), u.deadline()).isPresent())
                .sorted(Comparator.comparing((Views.UnitPage u) -> ViewBuilder.disclosureDate(u.lastChanged(), u.deadline()).get())
                        .reversed().thenComparing(Views.UnitPage::path))
                .toList();
        if (units.isEmpty()) {
            return Optional.empty();
        }
        String updated = ViewBuilder.disclosureDate(units.get(0).lastChanged(), units.get(0).deadline()).get();
        return Optional.of(xml(FEED_PATH, w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            w.writeAttribute("xml:lang", "zh-CN");
            element(w, "id", id(config, ""));
            element(w, "title", config.title());
            if (!config.description().isEmpty()) {
                element(w, "subtitle", config.description());
            }
            element(w, "updated", updated + DAY_START);
            link(w, "self", href(config, FEED_PATH), "application/atom+xml");
            link(w, "alternate", href(config, "index.html"), "text/html");
            w.writeStartElement("author");
            element(w, "name", config.publisher().isEmpty() ? config.title() : config.publisher());
            w.writeEndElement();
            element(w, "generator", "Gongkai");
            for (Views.UnitPage u : units) {
                w.writeStartElement("entry");
                element(w, "id", id(config, u.path()));
                element(w, "title", u.name() + " " + u.year() + "年预算绩效目标");
                link(w, "alternate", href(config, u.path()), "text/html");
                if (u.pdf() != null) {
                    link(w, "enclosure", href(config, ViewBuilder.unitPdfPath(u.year(), u.code())), "application/pdf");
                }
                element(w, "updated", ViewBuilder.disclosureDate(u.lastChanged(), u.deadline()).get() + DAY_START);
                if (u.deadline().publishedDate() != null) {
                    element(w, "published", u.deadline().publishedDate() + DAY_START);
                }
                element(w, "summary", summary(u));
                w.writeEndElement();
            }
            w.writeEndElement();
        }));
    }

    private static String summary(Views.UnitPage u) {
        StringBuilder s = new StringBuilder(u.name()).append(u.year()).append("年预算绩效目标：第二部分共 ")
                .append(u.projects().size()).append(" 个项目，预算数合计 ").append(u.total()).append(" 万元。");
        s.append("预算批复日期：").append(u.deadline().approvedText()).append("；公开日期：").append(u.deadline().publishedText())
                .append("；").append(u.deadline().verdict()).append("。");
        if (u.lastChanged().committed() != null) {
            s.append("最后修改：").append(u.lastChanged().committed()).append("。");
        }
        return s.toString();
    }

    /** Every page; unit and project pages with the date of their last change. */
    static GeneratedFile sitemap(String url, List<Listed> pages) {
        return xml(SITEMAP_PATH, w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP);
            for (Listed page : pages.stream().sorted(Comparator.comparing(Listed::path)).toList()) {
                w.writeStartElement("url");
                element(w, "loc", url + page.path());
                if (page.lastmod().isPresent()) {
                    element(w, "lastmod", page.lastmod().get());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** An entry's permanent id: its address when the site's address is known, else a name-based UUID. */
    private static String id(SiteConfig config, String path) {
        return config.url().map(u -> u + path).orElseGet(() ->
                "urn:uuid:" + UUID.nameUUIDFromBytes(("gongkai:" + config.title() + ":" + path).getBytes(StandardCharsets.UTF_8)));
    }

    /** Absolute when the site's address is known; else relative to the feed, which lies at the site root. */
    private static String href(SiteConfig config, String path) {
        return config.url().map(u -> u + path).orElse(path);
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static GeneratedFile xml(String path, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            out.write("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + path, e);
        }
        return GeneratedFile.text(path, out + "\n");
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        w.writeAttribute("type", type);
    }
}
