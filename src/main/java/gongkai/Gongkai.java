package gongkai;

import gongkai.build.BuildRecord;
import gongkai.build.Digest;
import gongkai.build.Generator;
import gongkai.build.Outputs;
import gongkai.build.Progress;
import gongkai.build.Session;
import gongkai.build.TemplateDigests;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
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
     * {@code record} is what the next build starts from; {@code made} what this one made again.
     */
    public record BuildResult(CheckResult check, boolean written, int pages, int pdfs, int files, long bytes, long millis,
                              Optional<String> historyUnavailable, List<String> notes, BuildRecord record, Made made) {}

    /**
     * What a build made again (the rest it took over from the previous site unchanged), each list sorted by path.
     *
     * @param changed whether the output folder was replaced; false when nothing was made or removed
     */
    public record Made(List<String> pages, List<String> pdfs, List<String> files, List<String> assets, List<String> removed,
                       int kept, boolean changed) {
        static final Made NOTHING = new Made(List.of(), List.of(), List.of(), List.of(), List.of(), 0, false);

        /** Every output made again or removed. */
        public List<String> all() {
            return java.util.stream.Stream.of(pages, pdfs, files, assets, removed).flatMap(List::stream).sorted().toList();
        }
    }

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
     * All phases, starting from the record of the previous build kept beside the output folder
     * ({@link BuildRecord#cacheFolder}), which this build replaces. Writes nothing unless the content has no error
     * (and, when strict, no warning); replaces {@code out} only when every output was made, and only when some
     * output changed.
     */
    public static BuildResult build(Options options) throws BuildException {
        return build(options, Progress.SILENT);
    }

    /** {@link #build(Options)}, saying how far it has come. */
    public static BuildResult build(Options options, Progress progress) throws BuildException {
        BuildResult result = build(options, BuildRecord.read(options.out()), new Session(), progress);
        if (result.made().changed()) {
            try {
                result.record().write(options.out());
            } catch (IOException e) {
                // The site is complete; without a record the next build is a full one.
                List<String> notes = new ArrayList<>(result.notes());
                notes.add("网站已生成，但没能保存供下次增量生成使用的记录（" + BuildRecord.cacheFolder(options.out()) + "）："
                        + SiteWriter.describe(e) + "。下次生成会重新生成全部文件。");
                return new BuildResult(result.check(), result.written(), result.pages(), result.pdfs(), result.files(), result.bytes(),
                        result.millis(), result.historyUnavailable(), notes, result.record(), result.made());
            }
        }
        return result;
    }

    /**
     * All phases, against the record of the previous build ({@link BuildRecord#NONE} for none): an output whose
     * inputs have the same digest as last time is taken over from the output folder as it is; everything else is
     * made. The one build of {@code build} (record on disk) and {@code serve} (record in memory, and the session
     * kept between rebuilds). Returns the new record; the caller keeps it.
     */
    public static BuildResult build(Options options, BuildRecord previous, Session session, Progress progress) throws BuildException {
        long start = System.nanoTime();
        if (!Files.isDirectory(options.content())) {
            throw new BuildException("找不到内容文件夹：" + options.content(), null);
        }
        progress.phase("检查内容", 0);
        CheckResult check = check(ContentFiles.of(options.content()), session.parsed());
        if (check.site().isEmpty() || (options.strict() && !check.diagnostics().sorted().isEmpty())) {
            progress.done();
            return new BuildResult(check, false, 0, 0, 0, 0, (System.nanoTime() - start) / 1_000_000, Optional.empty(), List.of(),
                    previous, Made.NOTHING);
        }
        Site site = check.site().get();
        History history = history(options);
        Markdown markdown = new Markdown();
        TemplateDigests templates;
        PageRenderer renderer;
        try {
            templates = TemplateDigests.read(options.templates());
            renderer = session.pages(options.templates(), templates);
        } catch (IOException e) {
            throw new BuildException("无法读取模板文件夹 " + options.templates() + "：" + e.getMessage(), e);
        }
        // Before the output folder is touched: a missing font stops the build here.
        PdfFonts fonts = options.pdf() ? fonts(site, options, session) : null;
        Path out = options.out();
        try (Outputs outputs = new Outputs(out, previous, () -> SiteWriter.open(out))) {
            try {
                Map<String, Long> sizes = new ConcurrentHashMap<>();
                List<String> pdfsMade = options.pdf() ? pdfs(site, markdown, renderer, templates, fonts, options, outputs, sizes, progress) : List.of();
                List<String> filesMade = new ArrayList<>();
                progress.phase("生成数据文件", 0);
                for (GeneratedFile file : dataFiles(site, history)) {
                    put(outputs, file.path(), file.content(), filesMade);
                    sizes.put(file.path(), (long) file.size());
                }
                ViewBuilder views = new ViewBuilder(site, markdown::toHtml,
                        path -> sizes.containsKey(path) ? OptionalLong.of(sizes.get(path)) : OptionalLong.empty(), history);
                PagesMade pages = pages(views, renderer, templates, outputs, progress);
                for (GeneratedFile file : Feeds.files(site.config(), pages.units(), pages.listed())) {
                    put(outputs, file.path(), file.content(), filesMade);
                }
                List<String> pagesMade = pages.made();
                List<String> assetsMade = assets(options.templates().resolve("static"), outputs);
                List<String> removed = outputs.removed();
                boolean changed = outputs.finish(() -> BuildRecord.forget(out));
                progress.done();
                Made made = new Made(pagesMade, pdfsMade, filesMade.stream().sorted().toList(), assetsMade, removed.stream().sorted().toList(),
                        outputs.keptCount(), changed);
                return new BuildResult(check, true, pages.listed().size(), (int) (options.pdf() ? pdfCount(outputs.record()) : 0), outputs.fileCount(),
                        outputs.byteCount(), (System.nanoTime() - start) / 1_000_000, history.unavailableReason(), outputs.notes(),
                        outputs.record(), made);
            } catch (PdfStage.PdfException e) {
                throw new BuildException(e.getMessage() + "原有网站保持不变。", null, outputs.notes());
            } catch (Markdown.RenderException e) {
                throw new BuildException("生成网页时出错：" + e.getMessage() + "。原有网站保持不变。", null, outputs.notes());
            } catch (IOException e) {
                throw new BuildException("写入网站文件夹 " + out + " 时出错：" + SiteWriter.describe(e) + "。原有网站保持不变。", e, outputs.notes());
            } finally {
                progress.done();
            }
        } catch (IOException e) {
            // Closing the writer failed: removing its unfinished folder, or releasing its lock.
            throw new BuildException("写入网站文件夹 " + out + " 时出错：" + SiteWriter.describe(e) + "。", e);
        }
    }

    private static long pdfCount(BuildRecord record) {
        return record.outputs().keySet().stream().filter(p -> p.endsWith(".pdf")).count();
    }

    /**
     * The PDFs: each made from its print view with its print template, the fonts and the document date; those
     * whose inputs did not change are taken over. Puts every PDF's size into {@code sizes} (the pages show it).
     */
    private static List<String> pdfs(Site site, Markdown markdown, PageRenderer renderer, TemplateDigests templates,
                                     PdfFonts fonts, Options options, Outputs outputs, Map<String, Long> sizes, Progress progress)
            throws IOException, PdfStage.PdfException {
        String common = Digest.start().add("pdf").add(Generator.identity()).add(fonts.identity())
                .add(options.documentDate().map(Instant::toString).orElse("")).hex();
        // The print views without the change history (the PDFs do not show it): a new commit makes no PDF again.
        List<Views.PdfDocument> docs = new ViewBuilder(site, markdown::toHtml, path -> OptionalLong.empty(),
                History.unavailable("PDF 不显示修改记录")).pdfDocuments();
        progress.phase("生成 PDF", docs.size());
        Map<String, String> digests = new HashMap<>();
        List<Views.PdfDocument> toMake = new ArrayList<>();
        for (Views.PdfDocument doc : docs) {
            String digest = Digest.start().add(common).add(templates.of(doc.template())).add(doc.toString()).hex();
            OptionalLong kept = outputs.keep(doc.path(), digest);
            if (kept.isPresent()) {
                sizes.put(doc.path(), kept.getAsLong());
                progress.advance(1);
            } else {
                digests.put(doc.path(), digest);
                toMake.add(doc);
            }
        }
        if (toMake.isEmpty()) {
            return List.of();
        }
        Map<String, Long> made = new PdfStage(renderer, new PdfRenderer(fonts, options.documentDate()))
                .run(toMake, outputs.writer(), () -> progress.advance(1));
        for (String path : made.keySet()) {
            outputs.recordWritten(path, digests.get(path));
        }
        sizes.putAll(made);
        return made.keySet().stream().sorted().toList();
    }

    /** What the page phase made: the pages made again, and for the feed and the sitemap the unit pages and every page. */
    private record PagesMade(List<String> made, List<Views.UnitPage> units, List<Feeds.Listed> listed) {}

    /**
     * Renders the pages whose view or template changed, in parallel, and takes over the rest. The views are made
     * group by group (a unit and its projects) and let go of once rendered; the site's own pages come last, since
     * the home page depends on every unit page.
     */
    private static PagesMade pages(ViewBuilder views, PageRenderer renderer, TemplateDigests templates, Outputs outputs,
                                   Progress progress) throws BuildException {
        progress.phase("生成网页", views.pageCount());
        String common = Digest.start().add("page").add(Generator.identity()).hex();
        Queue<String> made = new ConcurrentLinkedQueue<>();
        Queue<Views.UnitPage> units = new ConcurrentLinkedQueue<>();
        Queue<Feeds.Listed> listed = new ConcurrentLinkedQueue<>();
        Function<Views.Page, Optional<String>> make = page -> {
            listed.add(Feeds.Listed.of(page));
            if (page instanceof Views.UnitPage unit) {
                units.add(unit);
            }
            String digest = Digest.start().add(common).add(templates.of(page.template())).add(page.toString()).hex();
            try {
                if (outputs.keep(page.path(), digest).isPresent()) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                return Optional.of("写入页面 " + page.path() + " 时出错：" + SiteWriter.describe(e));
            } finally {
                progress.advance(1);
            }
            Optional<String> failure = renderAndWrite(renderer, outputs, page, digest);
            if (failure.isEmpty()) {
                made.add(page.path());
            }
            return failure;
        };
        // Every page is attempted before anything is reported, so no render is still writing when the
        // staging folder is removed after a failure.
        List<String> failures = new ArrayList<>(views.groups().parallelStream()
                .flatMap(group -> group.get().stream().map(make)).flatMap(Optional::stream).toList());
        List<Views.UnitPage> unitPages = units.stream().sorted(Comparator.comparing(Views.UnitPage::path)).toList();
        views.sitePages(ViewBuilder.feed(unitPages)).parallelStream().map(make).flatMap(Optional::stream).forEach(failures::add);
        if (!failures.isEmpty()) {
            Collections.sort(failures);
            throw new BuildException(failures.get(0) + (failures.size() > 1 ? "（另有 " + (failures.size() - 1) + " 个页面也出错）" : "")
                    + "。原有网站保持不变。", null, outputs.notes());
        }
        return new PagesMade(made.stream().sorted().toList(), unitPages,
                listed.stream().sorted(Comparator.comparing(Feeds.Listed::path)).toList());
    }

    /** Writes a file made by code (its digest is that of its bytes) unless the previous site has the same bytes. */
    private static void put(Outputs outputs, String path, byte[] content, List<String> made) throws IOException {
        String digest = Digest.start().add("file").add(content).hex();
        if (outputs.keep(path, digest).isEmpty()) {
            outputs.write(path, digest, content);
            made.add(path);
        }
    }

    /** The static files ({@code templates/static}, copied to {@code static/}); returns those written. */
    private static List<String> assets(Path folder, Outputs outputs) throws IOException {
        List<String> made = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return made;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                put(outputs, "static/" + folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f), made);
            }
        }
        return made;
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
     * The change history the pages show: the one given in the options, else read from the git repository that
     * contains the content folder (one walk over its commits; unavailable outside git and in a shallow clone).
     */
    public static History history(Options options) {
        return options.history().orElseGet(() -> GitHistory.read(options.content()));
    }

    private static PdfFonts fonts(Site site, Options options, Session session) throws BuildException {
        try {
            return session.fonts(site.config(), options.projectRoot());
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

    /** Renders and writes one page; returns what went wrong, if anything. */
    private static Optional<String> renderAndWrite(PageRenderer renderer, Outputs outputs, Views.Page page, String digest) {
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
            outputs.write(page.path(), digest, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("写入页面 " + page.path() + " 时出错：" + SiteWriter.describe(e));
        } catch (RuntimeException e) {
            return Optional.of("生成页面 " + page.path() + "（模板 " + page.template() + "）时出错：" + firstLines(e));
        }
    }
}
