package gongkai.build;

import gongkai.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The outputs of one build, against the record of the previous one. For every output the build first asks
 * {@link #keep}: when the previous build made the same path from inputs with the same digest, and the file is still
 * in the output folder with its recorded size, the file is taken over as it is (hard-linked into the new tree, so
 * nothing is copied or rewritten). Otherwise the build makes the output and {@link #write}s it.
 *
 * <p>The new tree is opened only when the first output has to be written: a build in which nothing changed opens
 * nothing, and {@link #finish} leaves the output folder untouched. Thread-safe; outputs are made in parallel.
 */
public final class Outputs implements AutoCloseable {

    /** Opens the writer of the new tree; called at most once. */
    public interface Opener {
        SiteWriter open() throws IOException;

        /** A step that may fail with an I/O error. */
        interface Step {
            void run() throws IOException;
        }
    }

    private final Path target;
    private final BuildRecord previous;
    private final Opener opener;
    private final Map<String, BuildRecord.Entry> made = new ConcurrentHashMap<>();
    /** Outputs kept before the writer was opened: linked when it is. */
    private final ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private volatile SiteWriter writer;
    private boolean committed;

    public Outputs(Path target, BuildRecord previous, Opener opener) {
        this.target = target.toAbsolutePath().normalize();
        // A record without the site it describes is no use (the folder was deleted, or never made).
        this.previous = Files.isDirectory(this.target, LinkOption.NOFOLLOW_LINKS) ? previous : BuildRecord.NONE;
        this.opener = opener;
    }

    /**
     * Takes over the output {@code path} from the previous site when it was made from inputs with digest
     * {@code inputs}; returns its size then, or empty when the output must be made and written.
     */
    public OptionalLong keep(String path, String inputs) throws IOException {
        var before = previous.get(path);
        if (before.isEmpty() || !before.get().inputs().equals(inputs)) {
            return OptionalLong.empty();
        }
        Path old = target.resolve(path);
        long size = before.get().size();
        if (!old.normalize().startsWith(target) || !Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) || Files.size(old) != size
                || modified(old) != before.get().modified()) {
            return OptionalLong.empty();
        }
        made.put(path, before.get());
        kept.incrementAndGet();
        bytes.addAndGet(size);
        SiteWriter w = writer;
        if (w == null) {
            synchronized (this) {
                if (writer == null) {
                    pending.add(path);
                    return OptionalLong.of(size);
                }
                w = writer;
            }
        }
        w.link(path, old);
        return OptionalLong.of(size);
    }

    /** Writes the output {@code path} made from inputs with digest {@code inputs}. */
    public void write(String path, String inputs, byte[] content) throws IOException {
        writer().write(path, content);
        recordWritten(path, inputs);
    }

    /** Records an output written by other code through {@link #writer()} (the PDF stage). */
    public void recordWritten(String path, String inputs) throws IOException {
        Path file = writer().staged(path);
        long size = Files.size(file);
        made.put(path, new BuildRecord.Entry(inputs, size, modified(file)));
        written.add(path);
        bytes.addAndGet(size);
    }

    /** A file's modification time in microseconds. */
    private static long modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.MICROSECONDS);
    }

    /** The writer of the new tree, opened (and the outputs kept so far linked into it) on first use. */
    public SiteWriter writer() throws IOException {
        SiteWriter w = writer;
        if (w != null) {
            return w;
        }
        synchronized (this) {
            if (writer == null) {
                SiteWriter opened = opener.open();
                try {
                    for (String path = pending.poll(); path != null; path = pending.poll()) {
                        opened.link(path, target.resolve(path));
                    }
                } catch (IOException | RuntimeException e) {
                    opened.close();
                    throw e;
                }
                writer = opened;
            }
            return writer;
        }
    }

    /** The previous outputs this build did not make: they disappear with the old tree. */
    public List<String> removed() {
        List<String> gone = new ArrayList<>();
        for (String path : previous.outputs().keySet()) {
            if (!made.containsKey(path)) {
                gone.add(path);
            }
        }
        return gone;
    }

    /**
     * Puts the new tree in place when anything was written or removed (or there was no previous site); returns
     * whether the output folder changed. {@code beforeSwap} runs just before the swap (the record of the old site
     * is forgotten there).
     */
    public boolean finish(Opener.Step beforeSwap) throws IOException {
        boolean unchanged = written.isEmpty() && removed().isEmpty() && !previous.isEmpty() && writer == null && holdsOnlyOutputs();
        if (unchanged) {
            return false;
        }
        SiteWriter w = writer();
        beforeSwap.run();
        w.commit();
        committed = true;
        return true;
    }

    /**
     * Whether the output folder holds the outputs and nothing else: a file put there by hand (or left by another
     * tool) is not in a clean build, so the folder is then replaced even when no output changed.
     */
    private boolean holdsOnlyOutputs() throws IOException {
        try (Stream<Path> walk = Files.walk(target)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .allMatch(p -> made.containsKey(target.relativize(p).toString().replace('\\', '/')));
        }
    }

    public BuildRecord record() {
        return new BuildRecord(made);
    }

    /** The paths written (made again) by this build, sorted. */
    public List<String> written() {
        return List.copyOf(new TreeSet<>(written));
    }

    public int keptCount() {
        return kept.get();
    }

    public int fileCount() {
        return made.size();
    }

    public long byteCount() {
        return bytes.get();
    }

    public List<String> notes() {
        return writer == null ? List.of() : writer.notes();
    }

    public boolean committed() {
        return committed;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
