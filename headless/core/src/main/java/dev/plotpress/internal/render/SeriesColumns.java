package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;

import java.util.List;

/** The columns a chart plots, each checked to hold something to draw; errors name the table and column. */
final class SeriesColumns {
    private SeriesColumns() {
    }

    /** The spec's y columns, or every numeric column but x and the y2 columns when it names none. */
    static List<NumericColumn> y(ChartSpec spec, Table table) {
        requireRows(table);
        List<NumericColumn> columns = spec.y().isEmpty()
                ? table.numericColumns().stream().filter(c -> !c.name().equals(spec.x()) && !spec.y2().contains(c.name())).toList()
                : spec.y().stream().map(name -> NamedColumns.numeric(table, name, "y")).toList();
        if (columns.isEmpty()) {
            throw new BadInputException(table.source() + ": no numeric column to plot"
                    + (spec.x() != null ? " besides x '" + spec.x() + "'" : "") + "; the columns are "
                    + table.columnNames() + ", so name the y columns in the spec or add numbers to the data");
        }
        columns.forEach(column -> requireNumbers(table, column));
        return columns;
    }

    /** The spec's y2 columns (the right-hand axis), each checked to hold numbers; empty when it names none. */
    static List<NumericColumn> y2(ChartSpec spec, Table table) {
        List<NumericColumn> columns = spec.y2().stream().map(name -> NamedColumns.numeric(table, name, "y2")).toList();
        columns.forEach(column -> requireNumbers(table, column));
        return columns;
    }

    /** The numeric columns called {@code names}, or all of them when {@code names} is empty. */
    static List<NumericColumn> named(List<String> names, Table table) {
        requireRows(table);
        List<NumericColumn> columns = names.isEmpty() ? table.numericColumns()
                : names.stream().map(name -> NamedColumns.numeric(table, name, "scatterMatrix.columns")).toList();
        if (columns.isEmpty()) {
            throw new BadInputException(table.source() + ": has no numbers to plot: no column holds numbers (the columns are "
                    + table.columnNames() + ")");
        }
        columns.forEach(column -> requireNumbers(table, column));
        return columns;
    }

    static NumericColumn requireNumbers(Table table, NumericColumn column) {
        if (column.finiteCount() == 0) {
            throw new BadInputException(table.source() + ": column '" + column.name()
                    + "' has no numbers to plot (every value is missing); fill it in or leave it out of the chart");
        }
        return column;
    }

    static void requireRows(Table table) {
        if (table.rowCount() == 0) {
            throw new BadInputException(table.source() + ": has no numbers to plot: the table has no rows"
                    + (table.columns().isEmpty() ? "" : " (columns " + table.columnNames() + ")"));
        }
    }
}
