package dev.plotpress.app;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;

import java.util.List;
import java.util.Map;

import static dev.plotpress.model.ChartKind.BOX;
import static dev.plotpress.model.ChartKind.HEATMAP;
import static dev.plotpress.model.ChartKind.HISTOGRAM;
import static dev.plotpress.model.ChartKind.SCATTER_MATRIX;

/**
 * A kind picked in the sheet: the chart keeps its data, columns, title, size and colours, and lets go of the options
 * the new kind does not draw (the rows the sheet no longer shows, by their {@code @DrawnBy}), which the renderer would
 * refuse; then of what only made sense beside them.
 */
final class KindChange {
    private KindChange() {
    }

    static ChartSpec to(ChartSpec s, ChartKind kind, Table table) {
        ChartSpec.Builder b = s.toBuilder().kind(kind);
        boolean grid = kind == HEATMAP || kind == SCATTER_MATRIX;
        // first what the spec's own checks tie to an option about to go (a hue order without a hue, ...)
        if (!DrawnKinds.of("hue").contains(kind)) {
            b.hue(null).hueOrder(null);
        }
        if (!DrawnKinds.of("y2").contains(kind)) {
            b.y2(List.of()).y2Label(null);
        }
        if (grid) {
            // the grids pick their own columns and label every row and column themselves
            b.x(null).facet(null).xLabel(null).yLabel(null).y(List.of()).seriesStyles(Map.of()).axes(AxisOptions.DEFAULT);
        }
        if (kind == BOX && s.x() != null && table.columnNames().contains(s.x()) && !(table.column(s.x()) instanceof TextColumn)) {
            b.x(null); // boxes per category (seaborn's x=category); over dates or numbers a box per column
        }
        if (kind == HISTOGRAM && s.x() != null && !s.y().isEmpty()) {
            b.x(null); // counts the y columns
        }
        if (kind == SCATTER_MATRIX && b.build().hue() == null) {
            b.palette(Palette.OKABE_ITO); // colours hue groups only
        }
        ChartSpec kept = b.build();
        return DrawnKinds.undrawnReset(kept, ChartSpec.builder(kind).build(), kind);
    }
}
