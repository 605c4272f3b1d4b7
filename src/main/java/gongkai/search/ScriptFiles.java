package gongkai.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Data that pages load as scripts ({@code <script src>}, never fetch, which does not work from {@code file://}):
 * a call of a page function with JSON written by Jackson, and the cutting of long lists into files by a stable key,
 * so that an edit of one project changes few files and the same content always gives the same files. Pure.
 */
public final class ScriptFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptFiles() {}

    /** {@code <function>(<json>);} with the JSON safe inside a script element and a JavaScript string. */
    public static String script(String function, Object value) {
        try {
            return function + "(" + safeForScript(JSON.writeValueAsString(value)) + ");\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON made safe to embed in a script: {@code <} (so no {@code </script>} or {@code <!--} can appear), U+2028
     * and U+2029 are written as escapes. They can only occur inside JSON strings, where the escapes mean the same.
     */
    public static String safeForScript(String json) {
        return json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** A 64-bit FNV-1a hash of the text's UTF-8 bytes: the same on every machine and in every run. */
    public static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Sixteen hex digits of {@link #hash}: a file name that depends on the key alone. */
    public static String name(String key) {
        return String.format("%016x", hash(key));
    }

    /**
     * Ordered items cut into consecutive groups at content-defined places: an item starts a group when its key's hash
     * modulo {@code averageSize} is less than its size (measured with {@code size}), so groups are about
     * {@code averageSize} large, an item as large alone, and an added, removed or changed item moves no boundary but
     * its own; a group also ends before it would grow beyond {@code maxSize}.
     */
    public static <T> List<List<T>> groups(List<T> items, Function<T, String> key, ToIntFunction<T> size, long averageSize, long maxSize) {
        List<List<T>> groups = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long bytes = 0;
        for (T item : items) {
            int s = size.applyAsInt(item);
            if (!current.isEmpty() && (Long.remainderUnsigned(hash(key.apply(item)), averageSize) < s || bytes + s > maxSize)) {
                groups.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(item);
            bytes += s;
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
