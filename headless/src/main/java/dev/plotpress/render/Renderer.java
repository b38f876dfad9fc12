package dev.plotpress.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Table;

import java.util.Objects;

/**
 * Turns a chart model into a {@link Figure}. Every call builds its charts and datasets afresh from the
 * immutable table and keeps nothing: the Figure it returns owns them, and nothing global refers to them.
 */
public final class Renderer {
    private Renderer() {
    }

    /**
     * @throws dev.plotpress.model.BadInputException when the table has nothing to plot, or the spec names a
     *                                               column the table lacks (the message names the table and column)
     */
    public static Figure render(ChartSpec spec, Table table) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(table, "table");
        String description = describe(spec, table);
        return switch (spec.kind()) {
            case LINE, SCATTER -> new ChartFigure(LineScatterChart.build(spec, table), spec.size(), description);
            case BAR -> new ChartFigure(BarChart.build(spec, table), spec.size(), description);
            case HISTOGRAM -> new ChartFigure(HistogramChart.build(spec, table), spec.size(), description);
            case HEATMAP -> new ChartFigure(HeatmapChart.build(spec, table), spec.size(), description);
            case SCATTER_MATRIX -> ScatterMatrixChart.build(spec, table, description);
        };
    }

    /** The title, or what the chart is of: "line chart of price, volume against day from prices.csv". */
    private static String describe(ChartSpec spec, Table table) {
        if (spec.title() != null && !spec.title().isBlank()) {
            return spec.title();
        }
        StringBuilder text = new StringBuilder(spec.kind().specName()).append(" chart");
        if (!spec.y().isEmpty()) {
            text.append(" of ").append(String.join(", ", spec.y()));
        }
        if (spec.x() != null) {
            text.append(" against ").append(spec.x());
        }
        return text.append(" from ").append(table.source()).toString();
    }
}
