package dev.plotpress.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Named columns of equal length: what every chart is drawn from. Immutable and safe to share between
 * threads and renders. {@code source} names where it came from, and {@code sourceLines} (optional) the
 * line of the source file each row starts on, for error messages.
 */
public final class Table {
    private final String source;
    private final List<Column> columns;
    private final int rowCount;
    private final int[] sourceLines;
    private final Map<String, Column> byName;
    private final List<String> keys;

    public Table(String source, List<? extends Column> columns) {
        this(source, columns, null);
    }

    public Table(String source, List<? extends Column> columns, int[] sourceLines) {
        this(source, columns, sourceLines, List.of());
    }

    private Table(String source, List<? extends Column> columns, int[] sourceLines, List<String> keys) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.rowCount = this.columns.isEmpty() ? 0 : this.columns.get(0).size();
        this.sourceLines = sourceLines == null ? null : sourceLines.clone();
        if (sourceLines != null && sourceLines.length != rowCount) {
            throw new IllegalArgumentException(sourceLines.length + " source lines for " + rowCount + " rows");
        }
        Map<String, Column> names = new HashMap<>();
        for (Column column : this.columns) {
            if (column.size() != rowCount) {
                throw new BadInputException(source + ": column '" + column.name() + "' has " + column.size()
                        + " rows but '" + this.columns.get(0).name() + "' has " + rowCount);
            }
            if (names.putIfAbsent(column.name(), column) != null) {
                throw new BadInputException(source + ": column name '" + column.name()
                        + "' appears twice; rename one so charts can tell them apart");
            }
        }
        this.byName = names;
        this.keys = keys.stream().filter(names::containsKey).toList();
    }

    /** Starts a table built column by column from arrays or collections; messages call it "table". */
    public static TableBuilder builder() {
        return builder("table");
    }

    /** Starts a table built column by column; {@code source} is how messages name it. */
    public static TableBuilder builder(String source) {
        return new TableBuilder(source);
    }

    /**
     * A table of Java records, one row each and one column per record component (numbers make numeric columns,
     * everything else text): {@code Table.of(List.of(new Sale("Jan", 12.5), new Sale("Feb", 14)))}.
     */
    public static Table of(List<? extends Record> records) {
        return RecordTable.of(records.isEmpty() ? "records" : records.get(0).getClass().getSimpleName() + " records", records);
    }

    /** A table of columns by name, in the map's order; each value is a {@code double[]}, {@code String[]} or a collection. */
    public static Table of(java.util.Map<String, ?> columns) {
        return TableBuilder.ofColumns("table", columns);
    }

    /** A table of rows given as maps from column name to value (as a JSON array of objects reads); absent keys are missing values. */
    public static Table ofRows(List<? extends java.util.Map<String, ?>> rows) {
        return RecordTable.ofRows("rows", rows);
    }

    public String source() {
        return source;
    }

    public int rowCount() {
        return rowCount;
    }

    /** The line of the source file where {@code row} (0-based) starts, when the table came from a file. */
    public OptionalInt sourceLine(int row) {
        return sourceLines == null ? OptionalInt.empty() : OptionalInt.of(sourceLines[row]);
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public List<NumericColumn> numericColumns() {
        return columns.stream().filter(NumericColumn.class::isInstance).map(NumericColumn.class::cast).toList();
    }

    public List<TemporalColumn> temporalColumns() {
        return columns.stream().filter(TemporalColumn.class::isInstance).map(TemporalColumn.class::cast).toList();
    }

    /** The same rows under another source name (e.g. after a transform). */
    public Table withSource(String newSource) {
        return new Table(newSource, columns, sourceLines, keys);
    }

    /**
     * The columns that name the rows rather than hold values, as pandas' index after {@code groupby} or
     * {@code pivot_table}: a pivot's or an aggregate's groupBy. Empty for a table as read. A heatmap labels its rows
     * by them and never draws them as values.
     */
    public List<String> keys() {
        return keys;
    }

    /** The same table with {@code names} (those it has) as its {@link #keys()}. */
    public Table keyedBy(List<String> names) {
        return new Table(source, columns, sourceLines, List.copyOf(names));
    }

    /** The rows {@code rows} in that order; source lines follow them. */
    public Table select(int[] rows) {
        int[] lines = null;
        if (sourceLines != null) {
            lines = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                lines[i] = sourceLines[rows[i]];
            }
        }
        return new Table(source, columns.stream().map(c -> c.select(rows)).toList(), lines, keys);
    }

    /** Categorical columns: text values, each a category. */
    public List<TextColumn> textColumns() {
        return columns.stream().filter(TextColumn.class::isInstance).map(TextColumn.class::cast).toList();
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** The column called {@code name}; the error lists the columns there are. */
    public Column column(String name) {
        Column column = byName.get(name);
        if (column == null) {
            throw new BadInputException(source + ": no column '" + name + "'; the columns are " + quoted(columnNames()));
        }
        return column;
    }

    /**
     * The numeric column called {@code name}; a text column is an error that names its first cell that is
     * not a number, by row (1-based, as a spreadsheet counts data rows) and source line.
     */
    public NumericColumn numeric(String name) {
        Column column = column(name);
        if (column instanceof NumericColumn numeric) {
            return numeric;
        }
        String numericNames = quoted(numericColumns().stream().map(Column::name).toList());
        if (column instanceof TemporalColumn) {
            throw new BadInputException(source + ": column '" + name + "' holds dates, but this chart needs numbers "
                    + "there; numeric columns are " + numericNames);
        }
        TextColumn text = (TextColumn) column;
        OptionalInt bad = text.firstNonNumber();
        if (bad.isEmpty()) {
            throw new BadInputException(source + ": column '" + name + "' holds text, but this chart needs numbers "
                    + "there; numeric columns are " + numericNames);
        }
        int row = bad.getAsInt();
        String line = sourceLine(row).isPresent() ? " (line " + sourceLine(row).getAsInt() + ")" : "";
        throw new BadInputException(source + ": column '" + name + "', row " + (row + 1) + line + ": '"
                + text.get(row) + "' is not a number; this chart needs numbers there, so fix the cell (leave it "
                + "empty or write NA if the value is missing) or chart another column; numeric columns: " + numericNames);
    }

    private static String quoted(List<String> names) {
        return names.isEmpty() ? "(none)" : names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "Table[" + source + ", " + rowCount + " rows, " + columnNames() + "]";
    }
}
