package gongkai.data;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a table as CSV (RFC 4180: comma, double quotes, CRLF) in UTF-8 with a byte order mark, so that Excel opens
 * the Chinese text correctly, using Jackson's CSV module.
 *
 * <p>Formula injection (OWASP “CSV Injection”): a spreadsheet runs a text cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula. Such a text cell is written with a leading apostrophe {@code '}, which
 * spreadsheets show as text and do not keep; a cell that is only a number or a percentage ({@code =100%},
 * {@code -5}) cannot run anything and is written unchanged, as are the number columns and the columns of a fixed set
 * of values (the comparator {@code =} alone is not a formula). A text cell that itself
 * starts with an apostrophe followed by one of those characters gets one more, so the rule can be undone exactly:
 * {@link #unneutralise}. The JSON files always hold the text exactly as published.
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final Pattern FORMULA_START = Pattern.compile("^'*[=+\\-@\\t\\r]");
    private static final Pattern HARMLESS = Pattern.compile("^[=+\\-]?[0-9]+(\\.[0-9]+)?%?$");

    private Csv() {}

    public static <R> byte[] write(Table<R> table, List<R> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        table.columns().forEach(c -> schema.addColumn(c.name()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             SequenceWriter rowsOut = MAPPER.writer(schema.build()).writeValues(out)) {
            for (R row : rows) {
                String[] cells = new String[table.columns().size()];
                for (int i = 0; i < cells.length; i++) {
                    Column<R> column = table.columns().get(i);
                    String cell = column.cell().apply(row);
                    cells[i] = cell != null && column.type().equals("string") && column.values().isEmpty() ? neutralise(cell) : cell;
                }
                rowsOut.write(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return bytes.toByteArray();
    }

    /** A text cell as written to the CSV: with a leading {@code '} where a spreadsheet would run it as a formula. */
    static String neutralise(String text) {
        return FORMULA_START.matcher(text).find() && !HARMLESS.matcher(text).matches() ? "'" + text : text;
    }

    /** The text published, from a text cell of the CSV: the inverse of {@link #neutralise}. */
    public static String unneutralise(String cell) {
        return cell.startsWith("'") && FORMULA_START.matcher(cell.substring(1)).find() ? cell.substring(1) : cell;
    }
}
