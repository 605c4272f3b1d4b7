package gongkai.data;

import java.util.List;
import java.util.Optional;

/**
 * An open data table (one CSV file, one Data Package resource) and its Table Schema.
 *
 * @param name        the Data Package resource name and the file name without {@code .csv}
 * @param title       what the 数据下载 page calls it
 * @param description one row per what, in Chinese
 * @param primaryKey  the columns that identify a row
 * @param foreignKey  the columns that name a row of another table, if any
 */
public record Table<R>(String name, String title, String description, List<Column<R>> columns, List<String> primaryKey,
                       Optional<ForeignKey> foreignKey) {

    /** Columns {@code fields} of this table name a row of table {@code resource} by its columns of the same names. */
    public record ForeignKey(List<String> fields, String resource) {
        public ForeignKey {
            fields = List.copyOf(fields);
        }
    }

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    public String fileName() {
        return name + ".csv";
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The cells of one row, in column order; null for a blank cell. */
    public List<String> cells(R row) {
        return columns.stream().map(c -> c.cell().apply(row)).toList();
    }
}
