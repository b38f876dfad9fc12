package dev.plotpress.render;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;

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
        requireOptionsFitTheKind(spec);
        String description = describe(spec, table);
        return switch (spec.kind()) {
            case LINE, SCATTER -> new ChartFigure(finished(LineScatterChart.build(spec, table), spec), spec.size(), description);
            case BAR -> new ChartFigure(finished(BarChart.build(spec, table), spec), spec.size(), description);
            case HISTOGRAM -> new ChartFigure(finished(HistogramChart.build(spec, table), spec), spec.size(), description);
            case BOX -> new ChartFigure(finished(BoxChart.build(spec, table), spec), spec.size(), description);
            case AREA -> new ChartFigure(finished(AreaChart.build(spec, table), spec), spec.size(), description);
            case HEATMAP -> new ChartFigure(themed(HeatmapChart.build(spec, table), spec), spec.size(), description);
            case SCATTER_MATRIX -> ScatterMatrixChart.build(spec, table, description);
        };
    }

    /** Options a kind cannot draw are errors, not silently dropped. */
    private static void requireOptionsFitTheKind(ChartSpec spec) {
        ChartKind kind = spec.kind();
        if (spec.hue() != null && kind != ChartKind.LINE && kind != ChartKind.SCATTER && kind != ChartKind.BOX
                && kind != ChartKind.SCATTER_MATRIX) {
            throw new InvalidSpecException("hue", "works with line, scatter and box charts and scatter matrices, not " + kind
                    + "; for " + kind + " give one y column per series instead");
        }
        if (spec.hue() != null && spec.y().size() > 1) {
            throw new InvalidSpecException("hue", "splits one y column into series, but y names " + spec.y()
                    + "; keep one y column, or drop hue to draw each column as a series");
        }
        if (!spec.y2().isEmpty() && kind != ChartKind.LINE && kind != ChartKind.SCATTER) {
            throw new InvalidSpecException("y2", "a second y axis is for line and scatter charts, not " + kind
                    + "; remove y2");
        }
        if (spec.y2Label() != null && spec.y2().isEmpty()) {
            throw new InvalidSpecException("y2Label", "labels the second y axis, but there is no y2; add y2: [column] or remove y2Label");
        }
        if (!spec.y2().isEmpty() && spec.hue() != null) {
            throw new InvalidSpecException("y2", "cannot be combined with hue yet; remove y2 or hue");
        }
        if (spec.stacked() && kind != ChartKind.BAR && kind != ChartKind.AREA) {
            throw new InvalidSpecException("stacked", "works with bar and area charts, not " + kind);
        }
        if (!spec.axes().equals(AxisOptions.DEFAULT) && (kind == ChartKind.HEATMAP || kind == ChartKind.SCATTER_MATRIX)) {
            throw new InvalidSpecException("axes", "log scales, ranges, tick formats and grids are for line, scatter, "
                    + "area, bar, histogram and box charts, not " + kind + "; remove axes");
        }
        if (spec.theme() != ColorTheme.LIGHT && kind == ChartKind.SCATTER_MATRIX) {
            throw new InvalidSpecException("theme", "scatter-matrix is drawn in the light theme only so far; remove theme");
        }
        if (spec.binWidth() != null && kind != ChartKind.HISTOGRAM) {
            throw new InvalidSpecException("binWidth", "is for histograms, not " + kind + "; remove it");
        }
    }

    /** The spec's axes options and theme over a built chart. */
    private static JFreeChart finished(JFreeChart chart, ChartSpec spec) {
        AxisSetup.apply(chart.getPlot(), spec.axes(), spec.theme());
        return themed(chart, spec);
    }

    private static JFreeChart themed(JFreeChart chart, ChartSpec spec) {
        ThemeColors.apply(chart, spec.theme());
        return chart;
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
