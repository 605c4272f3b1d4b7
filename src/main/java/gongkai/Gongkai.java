package gongkai;

import gongkai.check.ContentChecker;
import gongkai.data.OpenData;
import gongkai.diag.Diagnostics;
import gongkai.feed.Feeds;
import gongkai.history.GitHistory;
import gongkai.history.History;
import gongkai.model.Site;
import gongkai.output.GeneratedFile;
import gongkai.output.SiteWriter;
import gongkai.render.Markdown;
import gongkai.render.PageRenderer;
import gongkai.render.pdf.FontLocator;
import gongkai.render.pdf.PdfFonts;
import gongkai.render.pdf.PdfRenderer;
import gongkai.render.pdf.PdfStage;
import gongkai.search.SearchIndex;
import gongkai.source.ContentFiles;
import gongkai.source.ContentLoader;
import gongkai.source.ParseCache;
import gongkai.source.SourceFile;
import gongkai.source.SourceTree;
import gongkai.view.ViewBuilder;
import gongkai.view.Views;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.time.Instant;

/**
 * The whole pipeline, top to bottom: load → check → model → view → render → write.
 * Nothing here prints or exits; the command line reports what these methods return.
 */
public final class Gongkai {

    /**
     * Where to read content and templates and where to write the site.
     *
     * @param strict       when true, warnings stop the build like errors do
     * @param pdf          whether to build the PDF documents (and link them from the pages)
     * @param documentDate the date written into PDFs (from {@code SOURCE_DATE_EPOCH}); none when empty, never the clock
     * @param history      the change history the pages show; when empty (the default) it is read from the git
     *                     repository that contains the content folder, and is unavailable when there is none
     */
    public record Options(Path content, Path templates, Path out, boolean strict, boolean pdf, Optional<Instant> documentDate,
                          Optional<History> history) {
        /** Content, templates and site of a project folder; PDFs on, not strict, no document date, history from git. */
        public static Options inProject(Path root) {
            return of(root.resolve("content"), root.resolve("templates"), root.resolve("site"));
        }

        public static Options of(Path content, Path templates, Path out) {
            return new Options(content, templates, out, false, true, Optional.empty());
        }

        /** History read from the git repository that contains the content folder. */
        public Options(Path content, Path templates, Path out, boolean strict, boolean pdf, Optional<Instant> documentDate) {
            this(content, templates, out, strict, pdf, documentDate, Optional.empty());
        }

        public Options strict(boolean on) {
            return new Options(content, templates, out, on, pdf, documentDate, history);
        }

        public Options pdf(boolean on) {
            return new Options(content, templates, out, strict, on, documentDate, history);
        }

        public Options withOut(Path folder) {
            return new Options(content, templates, folder, strict, pdf, documentDate, history);
        }

        public Options withDocumentDate(Optional<Instant> date) {
            return new Options(content, templates, out, strict, pdf, date, history);
        }

        /** Shows this history instead of reading it from git (tests; {@link History#unavailable} for none). */
        public Options withHistory(History given) {
            return new Options(content, templates, out, strict, pdf, documentDate, Optional.of(given));
        }

        /** The folder holding the content folder: relative font paths and {@code fonts/} are found there. */
        public Path projectRoot() {
            Path parent = content.toAbsolutePath().normalize().getParent();
            return parent == null ? content.toAbsolutePath() : parent;
        }
    }

    /** The outcome of load and check. {@code site} is present only when there is no error. */
    public record CheckResult(Diagnostics diagnostics, Map<String, SourceFile> files, Optional<Site> site) {}

    /**
     * The outcome of a build; {@code written} is false when checking failed and nothing was written.
     * {@code historyUnavailable} says why the pages show no history (not a git repository, a shallow clone …).
     * {@code notes} says what was done about earlier builds that were killed (see {@link SiteWriter#notes()}).
     */
    public record BuildResult(CheckResult check, boolean written, int pages, int pdfs, int files, long bytes, long millis,
                              Optional<String> historyUnavailable, List<String> notes) {}

    /**
     * A failure after checking succeeded (a template error, a full disk), with the phase and the page or file;
     * {@code notes} as in {@link BuildResult}, since the output folder may have been repaired before the failure.
     */
    public static final class BuildException extends Exception {
        private final List<String> notes;

        public BuildException(String message, Throwable cause) {
            this(message, cause, List.of());
        }

        public BuildException(String message, Throwable cause, List<String> notes) {
            super(message, cause);
            this.notes = List.copyOf(notes);
        }

        public List<String> notes() {
            return notes;
        }
    }

    private Gongkai() {}

    /** Phases load and check, on a content folder. */
    public static CheckResult check(Path content) {
        return check(ContentFiles.of(content));
    }

    /** Phases load and check, on content from anywhere (a folder, a git revision). */
    public static CheckResult check(ContentFiles content) {
        Diagnostics diagnostics = new Diagnostics();
        SourceTree tree = ContentLoader.load(content, diagnostics);
        Optional<Site> site = ContentChecker.check(tree, content.rootName(), diagnostics);
        return new CheckResult(diagnostics, tree.files(), site);
    }

    /**
     * Phases load and check, checking and parsing again only the files whose text is not in {@code cache} (which is
     * then updated). The result is the same as {@link #check(ContentFiles)}'s; the preview server keeps one cache from
     * one rebuild to the next, so a save re-parses only the files it changed.
     */
    public static CheckResult check(ContentFiles content, ParseCache cache) {
        Diagnostics diagnostics = new Diagnostics();
        SourceTree tree = ContentLoader.load(content, diagnostics, cache);
        Optional<Site> site = ContentChecker.check(tree, content.rootName(), diagnostics);
        return new CheckResult(diagnostics, tree.files(), site);
    }

    /**
     * All phases. Writes nothing unless the content has no error (and, when strict, no warning); replaces
     * {@code out} only when every page rendered.
     */
    public static BuildResult build(Options options) throws BuildException {
        long start = System.nanoTime();
        if (!Files.isDirectory(options.content())) {
            throw new BuildException("找不到内容文件夹：" + options.content(), null);
        }
        CheckResult check = check(options.content());
        if (check.site().isEmpty() || (options.strict() && !check.diagnostics().sorted().isEmpty())) {
            return new BuildResult(check, false, 0, 0, 0, 0, (System.nanoTime() - start) / 1_000_000, Optional.empty(), List.of());
        }
        Site site = check.site().get();
        History history = history(options);
        Markdown markdown = new Markdown();
        PageRenderer renderer;
        try {
            renderer = new PageRenderer(options.templates());
        } catch (IOException e) {
            throw new BuildException("无法读取模板文件夹 " + options.templates() + "：" + e.getMessage(), e);
        }
        // Before the output folder is touched: a missing font stops the build here.
        PdfFonts fonts = options.pdf() ? fonts(site, options) : null;
        SiteWriter writer;
        try {
            writer = SiteWriter.open(options.out());
        } catch (IOException e) {
            throw new BuildException("写入网站文件夹 " + options.out() + " 时出错：" + SiteWriter.describe(e) + "。原有网站保持不变。", e);
        }
        try (writer) {
            Map<String, Long> pdfSizes = Map.of();
            if (options.pdf()) {
                List<Views.PdfDocument> docs = new ViewBuilder(site, markdown::toHtml, path -> OptionalLong.empty(), history).pdfDocuments();
                pdfSizes = new PdfStage(renderer, new PdfRenderer(fonts, options.documentDate())).run(docs, writer);
            }
            Map<String, Long> sizes = new HashMap<>(pdfSizes);
            for (GeneratedFile file : dataFiles(site, history)) {
                writer.write(file);
                sizes.put(file.path(), (long) file.size());
            }
            List<Views.Page> pages = new ViewBuilder(site, markdown::toHtml,
                    path -> sizes.containsKey(path) ? OptionalLong.of(sizes.get(path)) : OptionalLong.empty(), history).pages();
            // Every page is attempted before anything is reported, so no render is still writing when the
            // staging folder is removed after a failure.
            List<String> failures = pages.parallelStream()
                    .map(page -> renderAndWrite(renderer, writer, page))
                    .flatMap(Optional::stream)
                    .sorted()
                    .toList();
            if (!failures.isEmpty()) {
                throw new BuildException(failures.get(0) + (failures.size() > 1 ? "（另有 " + (failures.size() - 1) + " 个页面也出错）" : "")
                        + "。原有网站保持不变。", null, writer.notes());
            }
            for (GeneratedFile file : indexFiles(site, pages, history)) {
                writer.write(file);
            }
            Path assets = options.templates().resolve("static");
            if (Files.isDirectory(assets)) {
                writer.copyTree(assets, "static");
            }
            writer.commit();
            return new BuildResult(check, true, pages.size(), pdfSizes.size(), writer.fileCount(), writer.byteCount(),
                    (System.nanoTime() - start) / 1_000_000, history.unavailableReason(), writer.notes());
        } catch (PdfStage.PdfException e) {
            throw new BuildException(e.getMessage() + "原有网站保持不变。", null, writer.notes());
        } catch (Markdown.RenderException e) {
            throw new BuildException("生成网页时出错：" + e.getMessage() + "。原有网站保持不变。", null, writer.notes());
        } catch (IOException e) {
            throw new BuildException("写入网站文件夹 " + options.out() + " 时出错：" + SiteWriter.describe(e) + "。原有网站保持不变。", e, writer.notes());
        }
    }

    /**
     * The files made from the model by code before the pages are rendered (open data, the search index): pages
     * link to them and show their sizes. Pure; the one list of such files for {@code build} and {@code serve}.
     */
    public static List<GeneratedFile> dataFiles(Site site, History history) {
        List<GeneratedFile> files = new ArrayList<>();
        files.addAll(SearchIndex.files(site));
        files.addAll(OpenData.files(site));
        return files;
    }

    /**
     * The files made from the finished list of pages (sitemap, feed). Pure; the one list of such files for
     * {@code build} and {@code serve}.
     */
    public static List<GeneratedFile> indexFiles(Site site, List<Views.Page> pages, History history) {
        List<GeneratedFile> files = new ArrayList<>();
        files.addAll(Feeds.files(site.config(), pages));
        return files;
    }

    /**
     * The change history the pages show: the one given in the options, else read from the git repository that
     * contains the content folder (one walk over its commits; unavailable outside git and in a shallow clone).
     */
    public static History history(Options options) {
        return options.history().orElseGet(() -> GitHistory.read(options.content()));
    }

    private static PdfFonts fonts(Site site, Options options) throws BuildException {
        try {
            return FontLocator.locate(site.config(), options.projectRoot());
        } catch (PdfFonts.FontException e) {
            throw new BuildException(e.getMessage() + "没有生成网站，原有网站保持不变。", null);
        }
    }

    /** The head of a (FreeMarker) error message, without its template stack trace. */
    private static String firstLines(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.lines().takeWhile(l -> !l.startsWith("----") && !l.startsWith("FTL stack trace"))
                .map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElse(e.getClass().getSimpleName());
    }

    /**
     * Phases render and write for the given pages only (the preview server re-renders the pages whose view
     * changed). Every page is attempted; returns what went wrong, one message per failed page, sorted.
     */
    public static List<String> renderPages(PageRenderer renderer, SiteWriter writer, List<Views.Page> pages) {
        return pages.parallelStream().map(page -> renderAndWrite(renderer, writer, page)).flatMap(Optional::stream).sorted().toList();
    }

    /** Renders and writes one page; returns what went wrong, if anything. */
    private static Optional<String> renderAndWrite(PageRenderer renderer, SiteWriter writer, Views.Page page) {
        String html;
        try {
            html = renderer.render(page);
        } catch (Exception e) {
            return Optional.of("生成页面 " + page.path() + "（模板 " + page.template() + "）时出错：" + firstLines(e));
        } catch (StackOverflowError e) {
            // A template that calls itself without end: this page fails, the build reports it like any other.
            return Optional.of("生成页面 " + page.path() + "（模板 " + page.template() + "）时出错：模板的调用层数过多（可能是宏或 include 调用了自身）");
        }
        try {
            writer.write(page.path(), html);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("写入页面 " + page.path() + " 时出错：" + SiteWriter.describe(e));
        } catch (RuntimeException e) {
            return Optional.of("生成页面 " + page.path() + "（模板 " + page.template() + "）时出错：" + firstLines(e));
        }
    }
}
