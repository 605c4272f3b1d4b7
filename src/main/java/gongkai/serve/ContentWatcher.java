package gongkai.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them (folders created later are registered as they appear) and hands
 * out changes in batches: an editor saving a file produces several events within milliseconds (write to a
 * temporary file, rename, change attributes), and they become one rebuild.
 */
final class ContentWatcher implements AutoCloseable {

    /** A batch is complete when no event arrived for this long. */
    static final long QUIET_MILLIS = 30;
    /** ... or when it has been collecting this long, so that a steady stream of writes still shows progress. */
    static final long MAX_BATCH_MILLIS = 1000;

    /**
     * The files that changed (or were created or deleted).
     *
     * @param overflow events were lost: anything may have changed
     */
    record Batch(Set<Path> files, boolean overflow) {}

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** The files created in the batch being collected. */
    private final Set<Path> created = new HashSet<>();

    ContentWatcher(List<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        try {
            for (Path root : roots) {
                registerTree(root.toAbsolutePath().normalize());
            }
        } catch (IOException | UncheckedIOException e) {
            service.close();
            throw e;
        }
    }

    /**
     * Waits for the next change and returns it once things are quiet; empty when the watcher was closed.
     * Changes that concern only editor droppings (swap and backup files) are skipped.
     */
    Optional<Batch> next() throws InterruptedException {
        try {
            while (true) {
                Set<Path> files = new TreeSet<>();
                boolean[] overflow = {false};
                collect(service.take(), files, overflow);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_BATCH_MILLIS);
                WatchKey key;
                while (System.nanoTime() < deadline && (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(key, files, overflow);
                }
                // A file created and gone again within the batch is an editor's temporary file (sed -i, or a
                // save by writing a new file and renaming it over the old one): not a change of its own.
                files.removeIf(f -> created.contains(f) && !Files.exists(f));
                created.clear();
                if (overflow[0] || !files.isEmpty()) {
                    return Optional.of(new Batch(files, overflow[0]));
                }
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    private void collect(WatchKey key, Set<Path> files, boolean[] overflow) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                overflow[0] = true;
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE) {
                created.add(file);
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                // Files may have been written into the new folder before it was registered: the rebuild reads
                // everything anyway, so registering it now is enough.
                try {
                    registerTree(file);
                } catch (IOException | UncheckedIOException e) {
                    overflow[0] = true;
                }
            }
            if (!ignorable(file.getFileName().toString())) {
                files.add(file);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Editor and OS droppings: hidden files (Vim's {@code .x.yaml.swp}), backups ({@code x~}), Vim's probe {@code 4913}. */
    static boolean ignorable(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.equals("4913") || name.startsWith("#") || name.equalsIgnoreCase("Thumbs.db");
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
