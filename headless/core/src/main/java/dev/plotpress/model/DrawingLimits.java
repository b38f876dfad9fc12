package dev.plotpress.model;

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
            case BAR -> Limit.CATEGORIES.check(table.rowCount(), source + ": bar chart",
                    "aggregate the rows first or draw a histogram");
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
        if (spec.hue() != null && table.has(spec.hue())) {
            Column hue = table.column(spec.hue());
            Set<String> groups = new HashSet<>();
            for (int row = 0; row < table.rowCount() && groups.size() <= Limit.CATEGORIES.value(); row++) {
                groups.add(hue instanceof TextColumn text ? text.get(row)
                        : Double.toString(((NumericColumn) hue).get(row)));
            }
            if (!Limit.CATEGORIES.allows(groups.size())) {
                throw new BadInputException(source + ": hue column '" + spec.hue() + "': "
                        + Limit.CATEGORIES.exceeded(groups.size(), "choose a column with fewer values"));
            }
        }
    }
}
