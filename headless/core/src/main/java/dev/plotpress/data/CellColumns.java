package dev.plotpress.data;

import dev.plotpress.model.Column;
import dev.plotpress.model.NumberText;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a file, collected row by row under their column names, then typed: a column is numeric when
 * every cell is a number or missing ({@link NumberText}), otherwise text (missing cells become null).
 * CSV and JSON files share this, so "3.5" means the same in both.
 */
final class CellColumns {
    private final String source;
    private final List<String> names = new ArrayList<>();
    private final List<List<String>> cells = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    CellColumns(String source) {
        this.source = source;
    }

    /** Adds a column (named in the header or first seen in a record), filling earlier rows as missing. */
    int addColumn(String name) {
        names.add(name);
        List<String> column = new ArrayList<>();
        for (int row = 0; row < lines.size(); row++) {
            column.add(null);
        }
        cells.add(column);
        return names.size() - 1;
    }

    int indexOf(String name) {
        return names.indexOf(name);
    }

    /** Starts a row found at {@code line} of the file; every column gets a missing cell until {@link #set}. */
    void addRow(int line) {
        lines.add(line);
        for (List<String> column : cells) {
            column.add(null);
        }
    }

    void set(int column, String value) {
        List<String> values = cells.get(column);
        values.set(values.size() - 1, value);
    }

    int rowCount() {
        return lines.size();
    }

    Table toTable() {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(typed(names.get(i), cells.get(i)));
        }
        return new Table(source, columns, lines.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Column typed(String name, List<String> values) {
        double[] numbers = new double[values.size()];
        try {
            for (int row = 0; row < numbers.length; row++) {
                numbers[row] = NumberText.parse(values.get(row));
            }
            return new NumericColumn(name, numbers);
        } catch (NumberFormatException textFound) {
            return new TextColumn(name, values.stream().map(v -> NumberText.isMissing(v) ? null : v).toArray(String[]::new));
        }
    }
}
