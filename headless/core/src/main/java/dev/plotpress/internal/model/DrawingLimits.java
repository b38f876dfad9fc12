package dev.plotpress.internal.model;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;
import java.util.HashSet;
import java.util.Set;

/**
 * The work a chart asks of its table, bounded before drawing starts: categories on an axis, heatmap cells
 * (fewer when each carries its number as text) and scatter-matrix cells. Past these JFreeChart takes minutes
 * and gigabytes (a 2000x2000 annotated heatmap: 40 s, 1.6 GB) and the picture is unreadable anyway.
 */
public final class DrawingLimits {
    private DrawingLimits() {
    }

    public static void check(ChartSpec spec, Table table) {
        String source = table.source();
        switch (spec.kind()) {
            case BAR -> {
                if (spec.x() == null) {
                    Limit.CATEGORIES.check(table.rowCount(), source + ": bar chart without x (one bar per row)",
                            "give x: COLUMN to count or sum up the rows per category, or draw a histogram");
                } else {
                    checkCategories(table, spec.x(), "x", "group the rows with a top or bin transform, or draw a histogram");
                }
            }
            case BOX, LINE, SCATTER, AREA -> {
                if (spec.x() != null && table.has(spec.x()) && table.column(spec.x()) instanceof TextColumn) {
                    checkCategories(table, spec.x(), "x", "group the rows with a top transform, or choose another x");
                }
            }
            case HEATMAP -> {
                long cells = (long) table.rowCount() * table.numericColumns().size();
                Limit.HEATMAP_CELLS.check(cells, source + ": heatmap of " + table.rowCount() + " x "
                        + table.numericColumns().size(), "use fewer rows or columns");
                if (spec.heatmap().annotate()) {
                    Limit.ANNOTATED_CELLS.check(cells, source + ": heatmap.annotate on " + table.rowCount() + " x "
                            + table.numericColumns().size(), "set heatmap.annotate: false");
                }
            }
            case SCATTER_MATRIX -> {
                long columns = spec.scatterMatrix().columns().isEmpty() ? table.numericColumns().size()
                        : spec.scatterMatrix().columns().size();
                Limit.SCATTER_MATRIX_CELLS.check(columns * columns, source + ": scatter matrix of " + columns
                        + " columns", "pick fewer with scatterMatrix.columns");
            }
            default -> {
            }
        }
        if (spec.hue() != null) {
            checkCategories(table, spec.hue(), "hue", "choose a column with fewer values");
        }
    }

    /** The distinct values of column {@code name} (one category each on an axis or in a legend) against the limit. */
    private static void checkCategories(Table table, String name, String role, String instead) {
        if (!table.has(name)) {
            return; // the missing column is reported, with a did-you-mean, where it is looked up
        }
        long categories = distinct(table.column(name));
        if (!Limit.CATEGORIES.allows(categories)) {
            throw new BadInputException(table.source() + ": " + role + " column '" + name + "': "
                    + Limit.CATEGORIES.exceeded(categories, instead));
        }
    }

    /** How many different values the column holds, missing ones not counted. */
    static long distinct(Column column) {
        if (column instanceof TextColumn text) {
            java.util.BitSet used = new java.util.BitSet(text.categories().size());
            for (int row = 0; row < text.size(); row++) {
                if (text.code(row) >= 0) {
                    used.set(text.code(row));
                }
            }
            return used.cardinality();
        }
        Set<Double> values = new HashSet<>();
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                values.add(column instanceof TemporalColumn time ? time.get(row) : ((NumericColumn) column).get(row));
            }
        }
        return values.size();
    }
}
