package gongkai.diag;

import gongkai.source.ContentText;
import java.util.List;

/**
 * Diagnostics as GitHub Actions workflow commands, one line each, so that every problem is shown as an annotation
 * on its line in the pull request:
 * {@code ::error file=content/2022/…/X.yaml,line=31,col=5,title=GK113 未知字段::[indicators[0].levl1] 未知字段…}.
 * A problem with a whole file has no {@code line} and {@code col}.
 *
 * <p>Escaping follows GitHub's toolkit ({@code @actions/core}, {@code command.ts}): in the message {@code %}, CR
 * and LF; in a property also {@code :} and {@code ,}.
 */
public final class GithubPrinter {

    private GithubPrinter() {}

    /**
     * @param pathPrefix written before each diagnostic's file so that the path is relative to the repository root
     *                   (the folder the tool was run in)
     */
    public static String format(List<Diagnostic> diagnostics, String pathPrefix) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            Position p = d.position();
            out.append("::").append(d.isError() ? "error" : "warning");
            out.append(" file=").append(property(pathPrefix + p.file()));
            if (p.hasLine()) {
                out.append(",line=").append(p.line()).append(",col=").append(p.column());
            }
            out.append(",title=").append(property(d.code().name() + " " + d.code().title()));
            String message = d.field().isEmpty() ? d.message() : "[" + d.field() + "] " + d.message();
            out.append("::").append(data(message)).append('\n');
        }
        return out.toString();
    }

    /** Also shows control characters from content as their codes, so that content cannot send terminal escapes. */
    static String data(String s) {
        return ContentText.visible(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
