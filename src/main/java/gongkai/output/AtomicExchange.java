package gongkai.output;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Exchanges two paths in one atomic step with Linux's {@code renameat2(…, RENAME_EXCHANGE)} (kernel 3.15+, glibc
 * 2.28+), called through JNA: at every instant each name refers to one complete tree. The only native call of
 * Gongkai, kept here.
 */
final class AtomicExchange {

    /** The part of libc used here. */
    private interface LibC extends Library {
        int renameat2(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags);

        String strerror(int errnum);
    }

    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;
    private static final int EINVAL = 22;
    private static final int ENOSYS = 38;

    /** libc, or null where it cannot be used (not Linux, JNA's native part cannot be loaded). */
    private static final LibC LIBC = load();

    private AtomicExchange() {}

    private static LibC load() {
        try {
            return Platform.isLinux() ? Native.load("c", LibC.class) : null;
        } catch (LinkageError | RuntimeException e) {
            // No usable JNA here (a noexec temporary folder, an unsupported architecture): the caller falls back.
            return null;
        }
    }

    /**
     * Exchanges {@code a} and {@code b}, which must both exist. Returns false, having changed nothing, where the
     * exchange is not available (not Linux, an old kernel or C library, a file system without it such as some
     * network file systems); throws when it is available but failed.
     */
    static boolean exchange(Path a, Path b) throws IOException {
        if (LIBC == null) {
            return false;
        }
        int result;
        try {
            result = LIBC.renameat2(AT_FDCWD, bytes(a), AT_FDCWD, bytes(b), RENAME_EXCHANGE);
        } catch (UnsatisfiedLinkError e) {
            return false; // a C library without renameat2
        }
        if (result == 0) {
            return true;
        }
        int errno = Native.getLastError();
        if (errno == EINVAL || errno == ENOSYS) {
            return false;
        }
        throw new IOException(a + " ⇄ " + b + ": " + LIBC.strerror(errno));
    }

    /** The path as the kernel sees it: NUL-terminated, in the encoding Java uses for file names. */
    private static byte[] bytes(Path p) {
        String encoding = System.getProperty("sun.jnu.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
        byte[] name = p.toAbsolutePath().toString().getBytes(charset);
        return Arrays.copyOf(name, name.length + 1);
    }
}
