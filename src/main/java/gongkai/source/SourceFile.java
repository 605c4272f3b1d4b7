package gongkai.source;

import gongkai.diag.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The text of one content file as read from disk, with an index of where its lines start (made on first use), so
 * that turning an offset into a line and column, or quoting a line, does not scan the whole file each time: a file
 * of 1 MB with tens of thousands of problems is reported in linear time.
 */
public final class SourceFile {

    private final String path;
    private final String text;
    private volatile int[] lineStarts;

    /** @param path the path relative to the content root, with forward slashes */
    public SourceFile(String path, String text) {
        this.path = Objects.requireNonNull(path);
        this.text = Objects.requireNonNull(text);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** The given 1-based line without its line break, or an empty string past the end. */
    public String line(int number) {
        int[] starts = lineStarts();
        if (number < 1 || number > lineCount(starts)) {
            return "";
        }
        int start = starts[number - 1];
        int end = number < starts.length ? starts[number] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    /** The line and column (in code points, 1-based) of a character offset into the text. */
    public Position position(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int[] starts = lineStarts();
        int index = Arrays.binarySearch(starts, at);
        int line = index >= 0 ? index : -index - 2;
        return new Position(path, line + 1, text.codePointCount(starts[line], at) + 1);
    }

    /** Lines as {@link String#lines()} counts them: a final line break does not start another line. */
    private int lineCount(int[] starts) {
        return starts.length > 1 && starts[starts.length - 1] == text.length() ? starts.length - 1
                : text.isEmpty() ? 0 : starts.length;
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
            lineStarts = starts;
        }
        return starts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile f && f.path.equals(path) && f.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, text);
    }

    @Override
    public String toString() {
        return "SourceFile[path=" + path + ", " + text.length() + " characters]";
    }
}
