package gongkai.browser;

import gongkai.Gongkai;
import gongkai.history.History;
import gongkai.model.Site;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generated content ({@code gongkai generate}) written to {@code <folder>/content} and built with the repository's
 * templates, without PDFs and without a change history, into {@code <folder>/site}; and the model it was built from.
 */
public record GeneratedSite(Path root, Site site) {

    public static GeneratedSite build(ContentGenerator.Spec spec, Path folder) {
        try {
            Path content = folder.resolve("content");
            ContentWriter.write(content, ContentGenerator.generate(spec).files(), false);
            Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.of(content, BundledSite.PROJECT.resolve("templates"),
                    folder.resolve("site")).pdf(false).withHistory(History.unavailable("测试")));
            if (!result.written()) {
                throw new IllegalStateException("The generated content did not build: " + result.check().diagnostics().sorted());
            }
            return new GeneratedSite(folder.resolve("site"), Gongkai.check(content).site().orElseThrow());
        } catch (Gongkai.BuildException | ContentWriter.WriteException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Built into a temporary folder that is removed when the JVM exits. */
    public static GeneratedSite temporary(ContentGenerator.Spec spec, String prefix) {
        try {
            Path temp = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> BundledSite.delete(temp)));
            return build(spec, temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file:// address of a page. */
    public String url(String page) {
        return root.resolve(page).toUri().toString();
    }
}
