package gongkai.serve;

import gongkai.Gongkai;
import gongkai.diag.Diagnostic;
import gongkai.model.Site;
import gongkai.model.SiteConfig;
import gongkai.output.GeneratedFile;
import gongkai.output.SiteWriter;
import gongkai.render.Markdown;
import gongkai.render.PageRenderer;
import gongkai.render.pdf.FontLocator;
import gongkai.render.pdf.PdfFonts;
import gongkai.render.pdf.PdfRenderer;
import gongkai.render.pdf.PdfStage;
import gongkai.view.ViewBuilder;
import gongkai.view.Views;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The build of the preview server, repeated after every change. Each rebuild runs the whole front of the
 * pipeline (load, check, model, view: a fraction of a second), then renders only the outputs whose view record
 * differs from the one rendered last time (view records are values, so {@code equals} says whether the output
 * would come out the same), everything after a template change, and removes the outputs that no longer exist.
 *
 * <p>Nothing reaches the output folder unless the whole rebuild succeeded: files are rendered into a staging
 * folder by {@link SiteWriter} and moved in file by file at the end, so after a content error or a template
 * error the folder still holds the last good site. The first build replaces the folder whole.
 *
 * <p>Not thread-safe: one worker thread calls {@link #rebuild}.
 */
public final class IncrementalBuilder {

    /** What a rebuild did. */
    public sealed interface Outcome permits Built, ContentErrors, Failed {
        long millis();
    }

    /**
     * The output folder was updated.
     *
     * @param generation counts the builds that changed something; pages carry it to notice a missed reload
     * @param pages      the HTML pages rendered, by path in the site
     * @param pdfs       the PDFs rendered
     * @param assets     the static files copied from {@code templates/static}
     * @param files      the generated files written (open data, search index, sitemap, feed) because they changed
     * @param removed    the files removed because their page or document no longer exists
     * @param all        true when every page may look different (first build, a template or a static file changed):
     *                   every open page reloads
     * @param warnings   the warnings of the check (they do not stop the build)
     */
    public record Built(int generation, List<String> pages, List<String> pdfs, List<String> assets, List<String> files,
                        List<String> removed, boolean all, List<Diagnostic> warnings, long millis) implements Outcome {
        /** Every file written or removed. */
        public List<String> changed() {
            return Stream.of(pages, pdfs, assets, files, removed).flatMap(List::stream).sorted().toList();
        }
    }

    /** The content has errors; nothing was written. */
    public record ContentErrors(Gongkai.CheckResult check, long millis) implements Outcome {
        public List<Diagnostic> errors() {
            return check.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        }
    }

    /** Rendering failed after the check passed (a template error, a missing font, a full disk); nothing was written. */
    public record Failed(String message, long millis) implements Outcome {}

    /** What the output folder holds after the last successful build. */
    private record Rendered(Map<String, Views.PdfDocument> pdfs, Map<String, Long> pdfSizes, Map<String, Views.Page> pages,
                            Set<String> assets, Map<String, GeneratedFile> generated) {
        Set<String> files() {
            Set<String> all = new TreeSet<>(pages.keySet());
            all.addAll(pdfs.keySet());
            all.addAll(generated.keySet());
            all.addAll(assets);
            return all;
        }
    }

    private final Gongkai.Options options;
    private final Markdown markdown = new Markdown();
    private PageRenderer renderer;
    private PdfRenderer pdf;
    private SiteConfig pdfConfig;
    private Rendered last;
    /** A template changed since the last successful build: render everything at the next one. */
    private boolean templatesChanged;
    /** A static file ({@code templates/static}) changed since the last successful build: copy them again. */
    private boolean assetsChanged;
    private int generation;
    private final List<String> notes = new ArrayList<>();

    public IncrementalBuilder(Gongkai.Options options) {
        this.options = options;
    }

    /** Notes that a template changed; the next rebuild renders everything. */
    public void templatesChanged() {
        templatesChanged = true;
    }

    /** Notes that a static file changed; the next rebuild copies the static files again (and renders nothing more). */
    public void assetsChanged() {
        assetsChanged = true;
    }

    public int generation() {
        return generation;
    }

    /**
     * What the output folder's writer did about earlier runs that were killed (see {@link SiteWriter#notes()})
     * since the last call; each note is returned once.
     */
    public List<String> takeNotes() {
        List<String> taken = List.copyOf(notes);
        notes.clear();
        return taken;
    }

    /** Whether a build has succeeded, so that the output folder holds a site. */
    public boolean hasBuilt() {
        return last != null;
    }

    /**
     * Checks the content and brings the output folder up to date. Until a build has succeeded, a failed one
     * empties the output folder, so that no preview left from an earlier session (another branch, perhaps) is
     * taken for the current content.
     */
    public Outcome rebuild() {
        Outcome outcome = build();
        if (last == null && !(outcome instanceof Built)) {
            try (SiteWriter empty = SiteWriter.open(options.out())) {
                notes.addAll(empty.notes());
                empty.commit();
            } catch (IOException e) {
                return new Failed("无法清空预览文件夹 " + options.out() + "：" + e.getMessage() + "。", outcome.millis());
            }
        }
        return outcome;
    }

    private Outcome build() {
        long start = System.nanoTime();
        if (!Files.isDirectory(options.content())) {
            return new Failed("找不到内容文件夹：" + options.content() + "。", millisSince(start));
        }
        Gongkai.CheckResult check = Gongkai.check(options.content());
        if (check.site().isEmpty()) {
            return new ContentErrors(check, millisSince(start));
        }
        Site site = check.site().get();
        // The same git history as `build` (about 40 ms at 2,000 projects), so the preview matches the published site.
        var history = Gongkai.history(options);
        // The preview folder may have been removed meanwhile (mvn clean): then it is built whole again.
        boolean full = last == null || !Files.isDirectory(options.out());
        boolean all = full || templatesChanged;
        try {
            if (renderer == null || templatesChanged) {
                renderer = new PageRenderer(options.templates());
            }
        } catch (IOException e) {
            return new Failed("无法读取模板文件夹 " + options.templates() + "：" + e.getMessage() + "。", millisSince(start));
        }
        try (SiteWriter writer = SiteWriter.open(options.out())) {
            notes.addAll(writer.notes());
            // PDFs first: the pages show each PDF's size.
            Map<String, Views.PdfDocument> pdfs = new LinkedHashMap<>();
            Map<String, Long> pdfSizes = new HashMap<>();
            List<String> pdfsRendered = List.of();
            if (options.pdf()) {
                for (Views.PdfDocument doc : new ViewBuilder(site, markdown::toHtml, path -> OptionalLong.empty(), history).pdfDocuments()) {
                    pdfs.put(doc.path(), doc);
                }
                List<Views.PdfDocument> changed = changed(pdfs, all ? null : last.pdfs());
                if (!changed.isEmpty()) {
                    pdfSizes.putAll(new PdfStage(renderer, pdfRenderer(site)).run(changed, writer));
                }
                for (String path : pdfs.keySet()) {
                    pdfSizes.computeIfAbsent(path, p -> last.pdfSizes().get(p));
                }
                pdfsRendered = changed.stream().map(Views.Output::path).sorted().toList();
            }
            // Then the data files (their sizes show on the pages too), written when their bytes changed.
            Map<String, GeneratedFile> generated = new LinkedHashMap<>();
            List<String> filesWritten = new ArrayList<>();
            Map<String, Long> sizes = new HashMap<>(pdfSizes);
            for (GeneratedFile file : Gongkai.dataFiles(site, history)) {
                generated.put(file.path(), file);
                sizes.put(file.path(), (long) file.size());
            }
            Map<String, Views.Page> pages = new LinkedHashMap<>();
            for (Views.Page page : new ViewBuilder(site, markdown::toHtml, sizes(sizes), history).pages()) {
                pages.put(page.path(), page);
            }
            List<Views.Page> changedPages = changed(pages, all ? null : last.pages());
            List<String> failures = Gongkai.renderPages(renderer, writer, changedPages);
            if (!failures.isEmpty()) {
                return new Failed(failures.get(0) + (failures.size() > 1 ? "（另有 " + (failures.size() - 1) + " 个页面也出错）" : "") + "。",
                        millisSince(start));
            }
            for (GeneratedFile file : Gongkai.indexFiles(site, List.copyOf(pages.values()), history)) {
                generated.put(file.path(), file);
            }
            for (GeneratedFile file : generated.values()) {
                if (all || !file.equals(last.generated().get(file.path()))) {
                    writer.write(file);
                    filesWritten.add(file.path());
                }
            }
            Set<String> assets = all || assetsChanged ? copyAssets(writer) : last.assets();
            Rendered now = new Rendered(pdfs, pdfSizes, pages, assets, generated);
            List<String> removed = new ArrayList<>(full ? Set.of() : last.files());
            removed.removeAll(now.files());
            if (full) {
                writer.commit();
            } else {
                writer.commitChanges(removed);
            }
            last = now;
            boolean everyPage = all || assetsChanged;
            templatesChanged = false;
            assetsChanged = false;
            List<String> pagesRendered = changedPages.stream().map(Views.Output::path).sorted().toList();
            if (everyPage || !pagesRendered.isEmpty() || !pdfsRendered.isEmpty() || !filesWritten.isEmpty() || !removed.isEmpty()) {
                generation++;
            }
            return new Built(generation, pagesRendered, pdfsRendered, everyPage ? List.copyOf(assets) : List.of(),
                    filesWritten.stream().sorted().toList(), removed.stream().sorted().toList(), everyPage, check.diagnostics().sorted(), millisSince(start));
        } catch (PdfStage.PdfException | PdfFonts.FontException e) {
            return new Failed(e.getMessage(), millisSince(start));
        } catch (Markdown.RenderException e) {
            return new Failed("生成网页时出错：" + e.getMessage() + "。", millisSince(start));
        } catch (IOException e) {
            return new Failed("写入预览文件夹 " + options.out() + " 时出错：" + SiteWriter.describe(e) + "。", millisSince(start));
        }
    }

    /** The outputs whose view differs from the one rendered last time (all of them when there is no last time). */
    private static <T extends Views.Output> List<T> changed(Map<String, T> now, Map<String, T> before) {
        return now.values().stream().filter(v -> before == null || !Objects.equals(before.get(v.path()), v)).toList();
    }

    private static Function<String, OptionalLong> sizes(Map<String, Long> sizes) {
        return path -> sizes.containsKey(path) ? OptionalLong.of(sizes.get(path)) : OptionalLong.empty();
    }

    /** The PDF renderer, kept between rebuilds (its fonts are read once) unless the site settings changed. */
    private PdfRenderer pdfRenderer(Site site) throws PdfFonts.FontException {
        if (pdf == null || !site.config().equals(pdfConfig)) {
            pdf = new PdfRenderer(FontLocator.locate(site.config(), options.projectRoot()), options.documentDate());
            pdfConfig = site.config();
        }
        return pdf;
    }

    private Set<String> copyAssets(SiteWriter writer) throws IOException {
        Path assets = options.templates().resolve("static");
        if (!Files.isDirectory(assets)) {
            return Set.of();
        }
        writer.copyTree(assets, "static");
        try (Stream<Path> walk = Files.walk(assets)) {
            return walk.filter(Files::isRegularFile)
                    .map(f -> "static/" + assets.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
