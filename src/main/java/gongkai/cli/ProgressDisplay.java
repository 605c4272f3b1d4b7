package gongkai.cli;

import gongkai.build.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a long build has come, on standard error: on a terminal one line rewritten in place (phase, count, rate,
 * time left); elsewhere (a pipe, a log, CI) a plain line every ten seconds. A build that ends within a second (on a
 * terminal) or five (elsewhere) says nothing, so short builds and their logs stay as they were.
 */
final class ProgressDisplay implements Progress {

    private static final long TERMINAL_EVERY = 200;
    private static final long PLAIN_EVERY = 10_000;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile String phase = "";
    private volatile int total;
    private volatile long phaseStart = System.nanoTime();
    private long shownAt;
    private boolean lineOpen;

    ProgressDisplay(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** The display for this process: a terminal when both standard input and output are one and TERM is not dumb. */
    static ProgressDisplay forProcess(PrintWriter err) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM")) && System.getenv("CI") == null;
        return new ProgressDisplay(err, terminal);
    }

    @Override
    public synchronized void phase(String name, int total) {
        show(true);
        this.phase = name;
        this.total = total;
        this.done.set(0);
        this.phaseStart = System.nanoTime();
        show(true);
    }

    @Override
    public void advance(int n) {
        done.addAndGet(n);
        long now = millis(start);
        if (now - shownAt >= (terminal ? TERMINAL_EVERY : PLAIN_EVERY)) {
            synchronized (this) {
                show(false);
            }
        }
    }

    @Override
    public synchronized void done() {
        if (lineOpen) {
            err.print("\r\033[K");
            err.flush();
            lineOpen = false;
        }
    }

    /** Shows the state when the build is long enough to be worth it and the last line is old enough (or {@code now}). */
    private void show(boolean now) {
        long elapsed = millis(start);
        if (elapsed < (terminal ? 1_000 : 5_000) || phase.isEmpty()) {
            return;
        }
        if (!now && elapsed - shownAt < (terminal ? TERMINAL_EVERY : PLAIN_EVERY)) {
            return;
        }
        shownAt = elapsed;
        String line = line();
        if (terminal) {
            err.print("\r\033[K" + line);
            lineOpen = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** 生成网页：12,345/61,631（2,345 个/秒，还需约 20 秒） */
    String line() {
        int count = done.get();
        double seconds = Math.max(millis(phaseStart), 1) / 1000.0;
        double rate = count / seconds;
        StringBuilder s = new StringBuilder(phase);
        if (total > 0) {
            s.append(String.format(Locale.ROOT, "：%,d/%,d", count, total));
            if (count > 0) {
                s.append(String.format(Locale.ROOT, "（%,.0f 个/秒，还需约 %s）", rate, duration((total - count) / rate)));
            }
        } else {
            s.append("……");
        }
        s.append(String.format(Locale.ROOT, "［已用 %s］", duration(millis(start) / 1000.0)));
        return s.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " 秒" : (s / 60) + " 分 " + (s % 60) + " 秒";
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
