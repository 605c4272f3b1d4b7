package gongkai.serve;

import gongkai.Gongkai;
import gongkai.build.BuildRecord;
import gongkai.build.Progress;
import gongkai.build.Session;
import gongkai.diag.Diagnostic;
import gongkai.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;


/**
 * The build of the preview server, repeated after every change: {@link Gongkai#build(Gongkai.Options, BuildRecord,
 * Session, gongkai.build.Progress)}, the same build as {@code build}, with the record of the last successful build
 * kept in memory instead of on disk, and a {@link Session} kept between rebuilds (parsed files, renderers). Each rebuild checks the content and
 * makes again only the outputs whose inputs changed (a view, a template, a static file); the rest is taken over.
 *
 * <p>Nothing reaches the output folder unless the whole rebuild succeeded: the new tree is made beside it and
 * swapped in, so after a content error or a template error the folder still holds the last good site.
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
     * @param all        true when every page may look different (first build, a static file changed, every page made
     *                   again): every open page reloads
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

    private final Gongkai.Options options;
    private final Session session = new Session();
    /** The record of the last successful build; null before the first. */
    private BuildRecord last;
    private int generation;
    private final List<String> notes = new ArrayList<>();

    public IncrementalBuilder(Gongkai.Options options) {
        this.options = options;
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
        boolean first = last == null;
        Gongkai.BuildResult result;
        try {
            result = Gongkai.build(options, first ? BuildRecord.NONE : last, session, Progress.SILENT);
        } catch (Gongkai.BuildException e) {
            notes.addAll(e.notes());
            return new Failed(e.getMessage().endsWith("。") ? e.getMessage() : e.getMessage() + "。", millisSince(start));
        }
        notes.addAll(result.notes());
        if (!result.written()) {
            return new ContentErrors(result.check(), millisSince(start));
        }
        last = result.record();
        Gongkai.Made made = result.made();
        // Every open page reloads after the first build, when a static file (the style sheet, a script) changed,
        // and when every page was made again (a change to the layout all pages import).
        boolean all = first || !made.assets().isEmpty() || made.pages().size() == result.pages();
        if (made.changed()) {
            generation++;
        }
        return new Built(generation, made.pages(), made.pdfs(), made.assets(), made.files(), made.removed(), all,
                result.check().diagnostics().sorted(), millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
