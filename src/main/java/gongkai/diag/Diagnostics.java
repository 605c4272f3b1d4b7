package gongkai.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects diagnostics; never stops at the first. Safe to use from several threads.
 *
 * <p>At most {@value #PER_FILE_AND_CODE} problems of one code are kept for one file; the rest are counted and
 * reported as one more diagnostic at the end of that file's list. A clerk fixes the first few and runs the check
 * again; a hostile or broken file (a megabyte of unclosed brackets) cannot make tens of thousands of messages.
 */
public final class Diagnostics {

    /** How many diagnostics of one code are listed for one file. */
    public static final int PER_FILE_AND_CODE = 20;

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(d -> d.code().name());

    private record Key(String file, Code code) {}

    private final List<Diagnostic> all = new ArrayList<>();
    private final Map<Key, Integer> counts = new HashMap<>();

    public synchronized void add(Diagnostic d) {
        int count = counts.merge(new Key(d.position().file(), d.code()), 1, Integer::sum);
        if (count <= PER_FILE_AND_CODE) {
            all.add(d);
        }
    }

    public void report(Code code, Position at, String field, String message) {
        add(new Diagnostic(code, at, field, message));
    }

    /**
     * Adds everything {@code other} collected, as if each diagnostic had been reported here in the order it was
     * reported there, those beyond the limit included (they are counted). Lets work done on several threads, each
     * with its own {@code Diagnostics}, be merged in a fixed order.
     */
    public void addAll(Diagnostics other) {
        List<Diagnostic> kept;
        Map<Key, Integer> reported;
        synchronized (other) {
            kept = List.copyOf(other.all);
            reported = Map.copyOf(other.counts);
        }
        Map<Key, Integer> keptCounts = new HashMap<>();
        synchronized (this) {
            for (Diagnostic d : kept) {
                add(d);
                keptCounts.merge(new Key(d.position().file(), d.code()), 1, Integer::sum);
            }
            reported.forEach((key, count) -> {
                int beyond = count - keptCounts.getOrDefault(key, 0);
                if (beyond > 0) {
                    counts.merge(key, beyond, Integer::sum);
                }
            });
        }
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * All diagnostics sorted by file, line, column and code; for each file and code with more than
     * {@value #PER_FILE_AND_CODE}, one more that counts the rest, after that file's others.
     */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> sorted = new ArrayList<>(all.stream().sorted(ORDER).toList());
        Map<Key, Integer> over = new TreeMap<>(Comparator.comparing(Key::file).thenComparing(Key::code));
        counts.forEach((key, count) -> {
            if (count > PER_FILE_AND_CODE) {
                over.put(key, count - PER_FILE_AND_CODE);
            }
        });
        over.forEach((key, rest) -> {
            int after = 0;
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).position().file().equals(key.file())) {
                    after = i + 1;
                }
            }
            sorted.add(after, new Diagnostic(key.code(), Position.ofFile(key.file()), "",
                    "此文件中还有 " + rest + " 处同样的问题（" + key.code().name() + " " + key.code().title()
                            + "）没有逐一列出。请先改正上面列出的问题，再运行检查。"));
        });
        return List.copyOf(sorted);
    }
}
