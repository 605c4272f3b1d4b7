package gongkai.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Phase 6, write: the only code that writes output folders (the site, and generated content). Files go into a
 * fresh staging folder beside the target;
 * {@link #commit()} swaps it in, so a failed build leaves the previous site untouched ({@link #commitChanges}
 * instead moves the files in one by one, for the preview server's partial rebuilds). Paths are checked to
 * stay inside the staging folder. Thread-safe for writes to different paths.
 */
public final class SiteWriter implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private boolean committed;

    private SiteWriter(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts writing a new version of {@code target}. */
    public static SiteWriter open(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".new-");
        // Temporary folders are private (0700); a published site must be readable by the web server's user.
        if (Files.getFileAttributeView(staging, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return new SiteWriter(abs, staging);
    }

    public void write(String relativePath, String text) throws IOException {
        write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relativePath, byte[] content) throws IOException {
        Path file = resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    public void write(GeneratedFile file) throws IOException {
        write(file.path(), file.content());
    }

    /** Copies every file under {@code from} to {@code under/} in the site. */
    public void copyTree(Path from, String under) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = from.relativize(f).toString().replace('\\', '/');
                write(under + "/" + rel, Files.readAllBytes(f));
            }
        }
    }

    private Path resolve(String relativePath) {
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\") || relativePath.contains("\0")) {
            throw new IllegalArgumentException("非法的输出路径：" + relativePath);
        }
        Path file = staging.resolve(relativePath).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("输出路径超出了网站文件夹：" + relativePath);
        }
        return file;
    }

    public int fileCount() {
        return files.get();
    }

    public long byteCount() {
        return bytes.get();
    }

    /** Replaces the target with what was written. The old site is removed only after the new one is in place. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * Updates the existing target in place instead of replacing it (for the preview server, which re-renders only
     * what changed): moves every file written into the target, one atomic rename per file, so that a reader sees
     * the old file or the new one and never half of one; then deletes the {@code removed} files and the folders
     * they leave empty. Files neither written nor removed stay as they are. Nothing reaches the target unless
     * this is called, so a failed update leaves the target untouched.
     */
    public void commitChanges(Collection<String> removed) throws IOException {
        // Every path is checked before anything is moved.
        List<Path> gone = removed.stream().map(path -> target.resolve(staging.relativize(resolve(path)))).toList();
        Files.createDirectories(target);
        List<Path> written;
        try (Stream<Path> walk = Files.walk(staging)) {
            written = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : written) {
            Path dest = target.resolve(staging.relativize(file));
            Files.createDirectories(dest.getParent());
            Files.move(file, dest, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path dest : gone) {
            Files.deleteIfExists(dest);
            for (Path dir = dest.getParent(); !dir.equals(target) && isEmptyDirectory(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
        committed = true;
        deleteTree(staging);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }

    /** Removes the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
