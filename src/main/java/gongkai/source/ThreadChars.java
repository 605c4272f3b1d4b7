package gongkai.source;

/**
 * A buffer of each thread that holds the characters of one text at a time, for the loops that scan every character of
 * a file: indexing an array costs less than {@code String.charAt} in the C1 code the launcher runs. Each user keeps
 * its own instance, so that one cannot overwrite the characters another is reading.
 */
final class ThreadChars {

    private final ThreadLocal<char[]> buffers = ThreadLocal.withInitial(() -> new char[16 * 1024]);

    /** The characters of {@code text}, at the start of this thread's buffer (which may be longer), until the next call. */
    char[] of(String text) {
        int length = text.length();
        char[] buffer = buffers.get();
        if (buffer.length < length) {
            buffer = new char[Math.max(length, 2 * buffer.length)];
            buffers.set(buffer);
        }
        text.getChars(0, length, buffer, 0);
        return buffer;
    }
}
