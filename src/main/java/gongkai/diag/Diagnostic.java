package gongkai.diag;

/**
 * One problem found in the content.
 *
 * @param field   the path of the field inside the file, such as {@code indicators[2].value}; empty for the whole file
 * @param message what is wrong and what to do, in plain Chinese
 */
public record Diagnostic(Code code, Position position, String field, String message) {

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }
}
