package gongkai.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Coordinates the writers of one output folder, across processes through a lock file beside it
 * ({@code .site.lock}, kept) and within this JVM through one shared record per folder. Two byte ranges of the
 * lock file are used:
 * <ul>
 *   <li>{@code LIVE}: every process with a live writer holds it shared. Whoever gets it exclusively is the only
 *       writer anywhere, so any leftover folder beside the target belongs to a dead run and may be recovered or
 *       removed.</li>
 *   <li>{@code SWAP}: held exclusively while a writer replaces the target, so that swaps never interleave.</li>
 * </ul>
 * The operating system releases both when a process dies, even by {@code kill -9}. One channel per lock file per
 * JVM: with POSIX locks, closing any channel on a file would drop every lock this process holds on it, and two
 * locks of one JVM on the same range throw {@code OverlappingFileLockException}.
 */
final class TargetLock {

    /** Recovery and cleanup, run while no other writer of the target is live anywhere. */
    interface Alone {
        void run() throws IOException;
    }

    private static final long LIVE = 0;
    private static final long SWAP = 1;
    /** The open lock files of this JVM, by target; guarded by itself. */
    private static final Map<Path, TargetLock> OPEN = new HashMap<>();

    private final Path target;
    private final FileChannel channel;
    private final ReentrantLock swapInThisJvm = new ReentrantLock();
    private FileLock live;
    private int writers;

    private TargetLock(Path target, FileChannel channel) {
        this.target = target;
        this.channel = channel;
    }

    /** The lock file of {@code target}: {@code .site.lock} for {@code site}. */
    static Path file(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /**
     * Registers one more live writer of {@code target}. When it is the first of this JVM and no other process
     * has a live writer either, {@code alone} runs first.
     */
    static TargetLock acquire(Path target, Alone alone) throws IOException {
        synchronized (OPEN) {
            TargetLock lock = OPEN.get(target);
            if (lock == null) {
                FileChannel channel = FileChannel.open(file(target), StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                lock = new TargetLock(target, channel);
                try {
                    FileLock only = channel.tryLock(LIVE, 1, false);
                    if (only != null) {
                        try {
                            alone.run();
                        } finally {
                            only.release();
                        }
                    }
                    // Waits only while another process recovers or cleans up (a moment).
                    lock.live = channel.lock(LIVE, 1, true);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                OPEN.put(target, lock);
            }
            lock.writers++;
            return lock;
        }
    }

    /** Runs {@code swap} while no other writer, in any process, is replacing the target. */
    void swap(Alone swap) throws IOException {
        swapInThisJvm.lock();
        try (FileLock only = channel.lock(SWAP, 1, false)) {
            swap.run();
        } finally {
            swapInThisJvm.unlock();
        }
    }

    /** Unregisters a writer; the last one of this JVM releases the lock file. */
    void release() throws IOException {
        synchronized (OPEN) {
            if (--writers == 0) {
                OPEN.remove(target);
                channel.close(); // releases LIVE
            }
        }
    }
}
