package gongkai.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file of the site made from the model by code rather than from a template: open data (CSV, JSON), the search
 * index, the sitemap, the feed. A value: two files are equal when path and bytes are, so the preview server can
 * tell whether one must be written again.
 *
 * @param path    relative to the site root, with forward slashes
 * @param content the bytes to write
 */
public record GeneratedFile(String path, byte[] content) {

    public GeneratedFile {
        Objects.requireNonNull(path);
        content = content.clone();
    }

    /** A text file, encoded as UTF-8 (no byte order mark). */
    public static GeneratedFile text(String path, String text) {
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedFile f && f.path.equals(path) && Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "GeneratedFile[" + path + ", " + content.length + " bytes]";
    }
}
