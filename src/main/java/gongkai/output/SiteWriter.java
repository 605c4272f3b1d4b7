package gongkai.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Phase 6, write: the only code that writes output folders (the site, and generated content). Files go into a
 * fresh staging folder beside the target (files that did not change are hard-linked from the current site,
 * {@link #link}); {@link #commit()} swaps it in, so a failed build leaves the previous site untouched. Paths are
 * checked to stay inside the staging folder. Thread-safe for writes to different paths.
 *
 * <p>The swap is safe at every instant against a process being killed: on Linux the staging folder and the
 * target are exchanged in one atomic step ({@link AtomicExchange}); elsewhere the staging folder is first renamed
 * to {@code .site.ready-*} (complete), then {@code site} to {@code .site.old-*}, then the ready folder to
 * {@code site}, and a run killed in between is recovered by the next {@link #open}. {@code open} also removes the
 * folders left by killed runs, and says what it did in {@link #notes()}. A lock file beside the target
 * ({@link TargetLock}) keeps a run from touching another live run's folders.
 */
public final class SiteWriter implements AutoCloseable {

    /** The steps of a commit, after each of which a test may stop the process (see {@link #open(Path, boolean, Consumer)}). */
    enum Step {
        /** No target yet: the staging folder was renamed to it. */
        RENAMED,
        /** The staging folder and the target were exchanged; the old site is now in the staging folder. */
        EXCHANGED,
        /** Fallback: the staging folder is complete and was renamed to {@code .site.ready-*}. */
        READY,
        /** Fallback: the target was renamed to {@code .site.old-*}. */
        MOVED_ASIDE,
        /** Fallback: the ready folder was renamed to the target. */
        IN_PLACE,
        /** The first file of the old site was deleted. */
        DELETING_OLD,
        /** The old site is gone. */
        OLD_DELETED
    }

    private final Path target;
    private final Path staging;
    private final String suffix;
    private final TargetLock lock;
    private final boolean exchange;
    private final Consumer<Step> afterStep;
    private final List<String> notes;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    /** Where the written tree is now: the staging folder, or the ready folder during a fallback commit. */
    private Path uncommitted;
    private boolean committed;
    private boolean closed;

    private SiteWriter(Path target, Path staging, TargetLock lock, boolean exchange, Consumer<Step> afterStep, List<String> notes) {
        this.target = target;
        this.staging = staging;
        this.suffix = staging.getFileName().toString().substring(prefix(target, NEW).length());
        this.lock = lock;
        this.exchange = exchange;
        this.afterStep = afterStep;
        this.notes = new ArrayList<>(notes);
        this.uncommitted = staging;
    }

    private static final String NEW = "new-";
    private static final String READY = "ready-";
    private static final String OLD = "old-";

    /** {@code .site.new-} for the target {@code site}. */
    private static String prefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind;
    }

    /**
     * Starts writing a new version of {@code target}. First, when no other run is writing it, puts back a site
     * that a killed run left missing and removes the folders killed runs left beside it (see {@link #notes()}).
     * Refuses a target that exists but is not a folder (a file, a symbolic link).
     */
    public static SiteWriter open(Path target) throws IOException {
        return open(target, true, step -> {});
    }

    /**
     * {@link #open(Path)} for tests: {@code exchange} false forces the fallback protocol, and {@code afterStep}
     * runs after each step of a commit (a test stops the process there).
     */
    static SiteWriter open(Path target, boolean exchange, Consumer<Step> afterStep) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) {
            throw new IOException("不能把根目录 " + abs + " 用作输出文件夹");
        }
        Files.createDirectories(parent);
        refuseNonFolder(abs);
        List<String> notes = new ArrayList<>();
        TargetLock lock = TargetLock.acquire(abs, () -> notes.addAll(recover(abs)));
        try {
            refuseNonFolder(abs);
            Path staging = Files.createTempDirectory(parent, prefix(abs, NEW));
            // Temporary folders are private (0700); a published site must be readable by the web server's user.
            if (Files.getFileAttributeView(staging, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return new SiteWriter(abs, staging, lock, exchange, afterStep, notes);
        } catch (IOException | RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static void refuseNonFolder(Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new IOException(target + " 是一个符号链接，不是文件夹。为了不替换链接本身，没有写入；请用 --out 指定链接指向的文件夹");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " 是一个文件，不是文件夹。为了不覆盖它，没有写入；请删除它或换一个输出文件夹");
        }
    }

    /**
     * Runs while no other writer of {@code target} is live: the folders beside it were left by killed runs. A
     * missing target becomes the newest complete new site (a fallback commit killed between its renames), else the
     * old one; the rest is deleted. Returns what it did, for the user.
     */
    private static List<String> recover(Path target) throws IOException {
        List<Path> leftovers = new ArrayList<>();
        try (Stream<Path> list = Files.list(target.getParent())) {
            list.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix(target, NEW)) || name.startsWith(prefix(target, READY)) || name.startsWith(prefix(target, OLD));
            }).sorted().forEach(leftovers::add);
        }
        List<String> notes = new ArrayList<>();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Path> ready = newest(leftovers, prefix(target, READY));
            Optional<Path> old = newest(leftovers, prefix(target, OLD));
            Optional<Path> back = ready.isPresent() ? ready : old;
            if (back.isPresent()) {
                Files.move(back.get(), target, StandardCopyOption.ATOMIC_MOVE);
                leftovers.remove(back.get());
                notes.add("上次生成在替换 " + target.getFileName() + " 时被中断，" + target.getFileName() + " 不见了："
                        + (ready.isPresent() ? "已把那次已经生成完的网站放回原处。" : "已恢复原有的网站。"));
            }
        }
        int removed = 0;
        for (Path p : leftovers) {
            try {
                deleteTree(p, () -> {});
                removed++;
            } catch (IOException e) {
                // Not in the way of this build (its own folder has another name); said, and tried again next time.
                notes.add("无法删除以前被中断的生成留下的临时文件夹 " + p + "：" + describe(e) + "。可以手动删除它。");
            }
        }
        if (removed > 0) {
            notes.add("上次生成被中断，已删除它在 " + target.getParent() + " 中留下的 " + removed + " 个临时文件夹（"
                    + prefix(target, "") + "*）。");
        }
        return notes;
    }

    private static Optional<Path> newest(List<Path> paths, String prefix) throws IOException {
        Path newest = null;
        FileTime time = null;
        for (Path p : paths) {
            if (p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                if (newest == null || t.compareTo(time) > 0) {
                    newest = p;
                    time = t;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * What {@code open} found and did about earlier runs that were killed (a site put back, leftover folders
     * removed), and anything a commit could not tidy up; in Chinese, one sentence each, for the user.
     */
    public List<String> notes() {
        return List.copyOf(notes);
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

    /**
     * Puts the existing file {@code existing} (a file of the site being replaced) into the new tree at
     * {@code relativePath} without copying it: a hard link, or a copy where the file system has none.
     */
    public void link(String relativePath, Path existing) throws IOException {
        Path file = resolve(relativePath);
        Files.createDirectories(file.getParent());
        try {
            Files.createLink(file, existing);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                throw (java.nio.file.NoSuchFileException) e;
            }
            Files.copy(existing, file, StandardCopyOption.REPLACE_EXISTING);
        }
        files.incrementAndGet();
        bytes.addAndGet(Files.size(file));
    }

    /** Where the file {@code relativePath} written into the new tree is now (before the commit). */
    public Path staged(String relativePath) {
        return resolve(relativePath);
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

    /**
     * Replaces the target with what was written. At every instant the target is the complete old site or the
     * complete new one (with the fallback protocol: or missing, which the next {@link #open} repairs). The old site
     * is deleted afterwards.
     */
    public void commit() throws IOException {
        List<Path> old = new ArrayList<>(1);
        lock.swap(() -> {
            Path moved = swapIn();
            committed = true;
            if (moved != null) {
                old.add(moved);
            }
        });
        // Outside the swap lock: other writers may swap meanwhile, and no one removes a live writer's folder.
        for (Path tree : old) {
            try {
                deleteTree(tree, () -> afterStep.accept(Step.DELETING_OLD));
                afterStep.accept(Step.OLD_DELETED);
            } catch (IOException e) {
                // The new site is in place; the next run removes what is left.
                notes.add("新网站已生成，但没能删除旧网站所在的临时文件夹 " + tree + "：" + describe(e) + "。下次生成时会再删除。");
            }
        }
    }

    /** Puts the written tree in place of the target; returns where the old site now is (null when there was none). */
    private Path swapIn() throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                afterStep.accept(Step.RENAMED);
                return null;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // Someone else created the target meanwhile: replace it like any other.
            }
        }
        refuseNonFolder(target);
        if (exchange && AtomicExchange.exchange(staging, target)) {
            afterStep.accept(Step.EXCHANGED);
            return staging;
        }
        Path ready = target.resolveSibling(prefix(target, READY) + suffix);
        Files.move(staging, ready, StandardCopyOption.ATOMIC_MOVE);
        uncommitted = ready;
        afterStep.accept(Step.READY);
        Path old = target.resolveSibling(prefix(target, OLD) + suffix);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        afterStep.accept(Step.MOVED_ASIDE);
        try {
            Files.move(ready, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        afterStep.accept(Step.IN_PLACE);
        return old;
    }

    /**
     * What went wrong while writing, for the user: a full disk or a quota and a refused permission in Chinese,
     * anything else as the system reported it.
     */
    public static String describe(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left on device")) {
            return "磁盘空间不足（No space left on device）";
        }
        if (message.contains("Disk quota exceeded")) {
            return "超出了磁盘配额（Disk quota exceeded）";
        }
        if (e instanceof AccessDeniedException denied) {
            return "没有权限（" + denied.getFile() + "）";
        }
        return message;
    }

    /** Removes the staging folder unless it was committed, and lets other runs clean up again. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!committed) {
                deleteTree(uncommitted, () -> {});
            }
        } finally {
            lock.release();
        }
    }

    /** Deletes {@code dir} and everything in it (a symbolic link is deleted, not followed); {@code afterFirst} runs after the first deletion. */
    private static void deleteTree(Path dir, Runnable afterFirst) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        boolean first = true;
        for (Path p : all) {
            Files.deleteIfExists(p);
            if (first) {
                afterFirst.run();
                first = false;
            }
        }
    }
}
