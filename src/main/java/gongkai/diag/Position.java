package gongkai.diag;

/**
 * A place in a content file: the path relative to the content root (forward slashes),
 * and a 1-based line and column. Line 0 means "the whole file".
 */
public record Position(String file, int line, int column) {

    public static Position ofFile(String file) {
        return new Position(file, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    @Override
    public String toString() {
        return hasLine() ? file + ":" + line + ":" + column : file;
    }
}
