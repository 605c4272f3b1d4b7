package gongkai.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics; never stops at the first. Safe to use from several threads. */
public final class Diagnostics {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(d -> d.code().name());

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        all.add(d);
    }

    public void report(Code code, Position at, String field, String message) {
        add(new Diagnostic(code, at, field, message));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics sorted by file, line, column and code. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().sorted(ORDER).toList();
    }
}
