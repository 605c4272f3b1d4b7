package gongkai.diag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.source.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics as one JSON document for other tools (a GitLab or Gitee pipeline). The structure is versioned and
 * documented in the README; a change that could break a reader must raise {@link #VERSION}:
 *
 * <pre>{"format": "gongkai-diagnostics", "version": 1, "summary": {"errors": n, "warnings": n},
 *  "diagnostics": [{"code", "severity", "title", "file", "line", "column", "field", "message", "source_line"}]}</pre>
 *
 * Absent values are {@code null}: {@code line}, {@code column} and {@code source_line} for a problem with a whole
 * file, {@code field} when no single field is concerned. Every key is always present.
 */
public final class JsonPrinter {

    public static final String FORMAT = "gongkai-diagnostics";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonPrinter() {}

    /**
     * The document, ending with a line break.
     *
     * @param pathPrefix written before each diagnostic's file (such as {@code ""} or {@code "sub/"}) so that the
     *                   path is relative to the folder the tool was run in
     */
    public static String format(List<Diagnostic> diagnostics, Map<String, SourceFile> files, String pathPrefix) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", errors);
        summary.put("warnings", diagnostics.size() - errors);
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            Position p = d.position();
            ObjectNode n = list.addObject();
            n.put("code", d.code().name());
            n.put("severity", d.isError() ? "error" : "warning");
            n.put("title", d.code().title());
            n.put("file", pathPrefix + p.file());
            SourceFile file = files.get(p.file());
            if (p.hasLine()) {
                n.put("line", p.line());
                n.put("column", p.column());
            } else {
                n.putNull("line");
                n.putNull("column");
            }
            if (d.field().isEmpty()) {
                n.putNull("field");
            } else {
                n.put("field", d.field());
            }
            n.put("message", d.message());
            if (p.hasLine() && file != null) {
                n.put("source_line", file.line(p.line()));
            } else {
                n.putNull("source_line");
            }
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; this is a bug, not a content problem.
            throw new IllegalStateException(e);
        }
    }
}
