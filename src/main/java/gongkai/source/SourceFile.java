package gongkai.source;

import java.util.List;

/**
 * The text of one content file as read from disk.
 *
 * @param path the path relative to the content root, with forward slashes
 */
public record SourceFile(String path, String text) {

    /** The given 1-based line without its line break, or an empty string past the end. */
    public String line(int number) {
        List<String> lines = text.lines().toList();
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }
}
