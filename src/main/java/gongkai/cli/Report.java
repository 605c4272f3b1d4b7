package gongkai.cli;

import gongkai.Gongkai;
import gongkai.diag.Diagnostic;
import gongkai.diag.GithubPrinter;
import gongkai.diag.JsonPrinter;
import gongkai.diag.TextPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints the diagnostics of a check in the chosen format and chooses the exit code. */
final class Report {

    private Report() {}

    /**
     * Prints every diagnostic and returns whether the content may be published. The text format goes to
     * {@code err}; the json and github formats go to {@code out}, with the one-line summary on {@code err}, so
     * that {@code out} holds nothing but the JSON document or the workflow commands.
     */
    static boolean print(Gongkai.CheckResult result, ContentOptions options, PrintWriter out, PrintWriter err) {
        List<Diagnostic> all = result.diagnostics().sorted();
        switch (options.format) {
            case text -> err.print(TextPrinter.format(all, result.files()));
            case json -> out.print(JsonPrinter.format(all, result.files(), pathPrefix(options.content)));
            case github -> out.print(GithubPrinter.format(all, pathPrefix(options.content)));
        }
        out.flush();
        err.println(TextPrinter.summary(all));
        boolean failed = all.stream().anyMatch(d -> d.isError() || options.strict);
        if (failed && options.strict && all.stream().noneMatch(Diagnostic::isError)) {
            err.println("因为使用了 --strict，警告也视为错误。");
        }
        return !failed;
    }

    /**
     * Diagnostics name files from the content folder's own name ({@code content/2022/…}). This is what comes before
     * that name, so that paths are relative to the current folder (the repository root in a pipeline): {@code ""}
     * for {@code --content content}, {@code "sub/"} for {@code --content sub/content}, and the absolute folder when
     * the content lies outside the current folder.
     */
    static String pathPrefix(Path content) {
        Path parent = content.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return "/";
        }
        Path here = Path.of("").toAbsolutePath().normalize();
        Path prefix = parent.startsWith(here) ? here.relativize(parent) : parent;
        String text = prefix.toString().replace('\\', '/');
        return text.isEmpty() || text.endsWith("/") ? text : text + "/";
    }
}
