package gongkai.cli;

import gongkai.Gongkai;
import gongkai.diag.Diagnostic;
import gongkai.diag.TextPrinter;
import java.io.PrintWriter;
import java.util.List;

/** Prints the diagnostics of a check and chooses the exit code. */
final class Report {

    private Report() {}

    /** Prints every diagnostic to {@code err} and returns whether the content may be published. */
    static boolean print(Gongkai.CheckResult result, boolean strict, PrintWriter err) {
        List<Diagnostic> all = result.diagnostics().sorted();
        err.print(TextPrinter.format(all, result.files()));
        err.println(TextPrinter.summary(all));
        boolean failed = all.stream().anyMatch(d -> d.isError() || strict);
        if (failed && strict && all.stream().noneMatch(Diagnostic::isError)) {
            err.println("因为使用了 --strict，警告也视为错误。");
        }
        return !failed;
    }
}
