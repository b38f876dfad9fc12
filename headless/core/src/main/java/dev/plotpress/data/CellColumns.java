package dev.plotpress.data;

import dev.plotpress.model.BadInputException;
import dev.plotpress.internal.model.Suggestion;
import dev.plotpress.model.Column;
import dev.plotpress.model.ColumnTypes;
import dev.plotpress.internal.model.Limit;
import dev.plotpress.internal.model.NumberText;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The columns of a file as it is read, row by row, each kept typed ({@link ColumnCells}); then the table. A
 * column's type is decided by all of its values: numeric when every cell is a number or missing
 * ({@link NumberText}), temporal when one date spelling reads every value ({@link DateSpellings}), otherwise
 * categorical; the spec's {@code types} override that. CSV and JSON files share this, so "3.5" means the same in
 * both. Columns are found by name through a hash map, so a record with many keys is not quadratic.
 */
final class CellColumns {
    /** The most rows a read keeps: one more is refused before anything grows for it (dataRows). */
    private static final int ROW_LIMIT = (int) Math.min(Integer.MAX_VALUE - 8, Limit.DATA_ROWS.value());
    /** Rows between two reports to {@link ReadProgress}: a power of two, so the test is a mask. */
    private static final int PROGRESS_ROWS = 1 << 14;
    private final String source;
    private final ColumnTypes types;
    private final Set<String> asText;
    private final List<ColumnCells> columns = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();
    private int[] lines = new int[16];
    private int rows;
    private ReadProgress progress = ReadProgress.NONE;
    private LongSupplier bytesRead = () -> 0;
    private long size;

    /** @param asText columns to keep as text from the first cell (they met text after numbers in an earlier read) */
    CellColumns(String source, ColumnTypes types, Set<String> asText) {
        this.source = source;
        this.types = types;
        this.asText = asText;
    }

    /** Tells {@code progress} every few thousand rows how far the read has got: {@code bytesRead} of {@code size}. */
    CellColumns reporting(ReadProgress progress, LongSupplier bytesRead, long size) {
        this.progress = progress;
        this.bytesRead = bytesRead;
        this.size = size;
        return this;
    }

    /**
     * The capacity an array of rows grows to so that it holds {@code needed}: half as much again, but never past
     * the row limit, so a file over the limit is refused before its arrays grow for rows that will not be kept.
     */
    static int grown(int length, int needed) {
        return Math.max(needed, Math.min(length + (length >> 1), ROW_LIMIT));
    }

    /** Adds a column (named in the header or first seen in a record); earlier rows are missing in it. */
    int addColumn(String name) {
        columns.add(new ColumnCells(name, types.of(name), asText.contains(name)));
        indexes.put(name, columns.size() - 1);
        return columns.size() - 1;
    }

    /** The column's index, or -1. */
    int indexOf(String name) {
        Integer index = indexes.get(name);
        return index == null ? -1 : index;
    }

    ColumnCells column(int index) {
        return columns.get(index);
    }

    /** Starts a row found at {@code line} of the file; its cells are missing until set. Returns its index. */
    int addRow(int line) {
        if (rows >= ROW_LIMIT) {
            throw tooManyRows(line);
        }
        if (rows == lines.length) {
            lines = Arrays.copyOf(lines, grown(rows, rows + 1));
        }
        lines[rows] = line;
        if ((rows & (PROGRESS_ROWS - 1)) == 0 && rows > 0) {
            progress.read(source, bytesRead.getAsLong(), size, rows);
        }
        return rows++;
    }

    /** Row {@code ROW_LIMIT + 1}, found at {@code line}: the read stops there, so how many more there are is unknown. */
    private BadInputException tooManyRows(int line) {
        return new BadInputException(String.format(Locale.ROOT, "%s:%d: more than %,d %s is over the limit of %,d (%s); use a "
                        + "sample of the rows, or raise the limit with %s=%s=N, N at least the number of rows", source, line,
                ROW_LIMIT, Limit.DATA_ROWS.what(), ROW_LIMIT, Limit.DATA_ROWS.key(), Limit.VARIABLE, Limit.DATA_ROWS.key()));
    }

    int rowCount() {
        return rows;
    }

    /** Columns that met text after numbers: read the file again with these as text. */
    Set<String> lostNumbers() {
        Set<String> lost = new LinkedHashSet<>();
        columns.stream().filter(ColumnCells::lostNumbers).forEach(c -> lost.add(c.name()));
        return lost;
    }

    Table toTable() {
        for (String name : types.declared().keySet()) {
            if (!indexes.containsKey(name)) {
                throw new BadInputException(source + ": types names column '" + name + "', which the file does not have"
                        + Suggestion.hint(name, indexes.keySet()) + "; the columns are " + names());
            }
        }
        if (columns.isEmpty() && rows > 0) { // e.g. [{}]: rows, but not one column to draw
            throw new BadInputException(source + ": its " + rows + (rows == 1 ? " record has" : " records have")
                    + " no keys, so there is no column to chart; give each record its values, e.g. {\"x\": 1, \"y\": 2}");
        }
        int[] rowLines = Arrays.copyOf(lines, rows);
        RowPlaces places = new RowPlaces(source, rowLines);
        List<Column> typed = new ArrayList<>();
        for (ColumnCells column : columns) {
            typed.add(column.finish(rows, types.dateFormat(), places));
        }
        if (types.dateFormat() != null && typed.stream().noneMatch(TemporalColumn.class::isInstance)) {
            throw new BadInputException(source + ": dateFormat " + types.dateFormat() + " reads no column of the file "
                    + "(columns: " + names() + "); leave dateFormat out, or declare the date column, e.g. "
                    + "types: {date: temporal}");
        }
        return new Table(source, typed, rowLines);
    }

    private String names() {
        return String.join(", ", columns.stream().map(ColumnCells::name).toList());
    }
}
