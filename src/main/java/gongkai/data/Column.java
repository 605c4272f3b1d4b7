package gongkai.data;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One column of an open data table: its Table Schema field (name, type, constraints, description) and how a row's
 * cell is read from the model. The CSV header, the {@code datapackage.json} field and the 数据下载 page's column list
 * all come from here.
 *
 * @param name        the CSV header and Table Schema field name
 * @param type        the Table Schema type: {@code string}, {@code integer}, {@code number} or {@code date}
 *                    (ISO 8601 {@code YYYY-MM-DD}, the default format)
 * @param description what the column holds, in Chinese
 * @param required    whether every row has a value (a blank cell is the empty string)
 * @param pattern     a regular expression every non-blank value matches (Table Schema {@code pattern})
 * @param values      the only values allowed (Table Schema {@code enum}); empty for any
 * @param cell        the cell of a row; null where the disclosure leaves it blank (never 0)
 */
public record Column<R>(String name, String type, String description, boolean required, Optional<String> pattern,
                        List<String> values, Function<R, String> cell) {

    public Column {
        values = List.copyOf(values);
    }

    public static <R> Column<R> text(String name, boolean required, String description, Function<R, String> cell) {
        return new Column<>(name, "string", description, required, Optional.empty(), List.of(), cell);
    }

    public static <R> Column<R> integer(String name, String description, Function<R, String> cell) {
        return new Column<>(name, "integer", description, true, Optional.empty(), List.of(), cell);
    }

    /** An integer column that may be blank. */
    public static <R> Column<R> optionalInteger(String name, String description, Function<R, String> cell) {
        return new Column<>(name, "integer", description, false, Optional.empty(), List.of(), cell);
    }

    /** A date column ({@code 2022-01-20}) that may be blank. */
    public static <R> Column<R> date(String name, String description, Function<R, String> cell) {
        return new Column<>(name, "date", description, false, Optional.empty(), List.of(), cell);
    }

    public static <R> Column<R> number(String name, boolean required, String description, Function<R, String> cell) {
        return new Column<>(name, "number", description, required, Optional.empty(), List.of(), cell);
    }

    public Column<R> withPattern(String regex) {
        return new Column<>(name, type, description, required, Optional.of(regex), values, cell);
    }

    public Column<R> withValues(List<String> allowed) {
        return new Column<>(name, type, description, required, pattern, allowed, cell);
    }

    /** The type as the 数据下载 page names it. */
    public String typeLabel() {
        return switch (type) {
            case "integer" -> "整数";
            case "number" -> "数值";
            case "date" -> "日期";
            default -> "文字";
        };
    }
}
