package dev.plotpress.internal.render;

import dev.plotpress.render.Figure;
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
        NamedColumns.requireAll(spec, table);
        KindOptions.requireFit(spec, table);
        LineScatterChart.requireRowsToSumUp(spec, table);
        LineScatterChart.requireRowOrderToMatter(spec, table);
        KindOptions.requireOrderFits(spec, table);
        dev.plotpress.internal.model.DrawingLimits.check(spec, table);
        dev.plotpress.internal.model.FiniteCells.require(table);
        String description = describe(spec, table);
        if (spec.facet() != null) {
            return Facets.build(spec, table, description);
        }
        Warnings warnings = new Warnings(table.source(), table.rowCount());
        JFreeChart chart = kind(spec, table, null, warnings);
        return chart == null ? ScatterMatrixChart.build(spec, table, description, warnings)
                : new ChartFigure(chart, spec.size(), description, warnings.messages(),
                LeftOutNames.of(chart.getPlot(), table.source()));
    }

    /**
     * A facet panel: its spec was checked against the whole table (so not again here), its rows are some of them, what it leaves out is
     * counted in the figure's {@code warnings}, and its histogram counts in the bins every panel shares
     * ({@code binSpan}: their edges, or its own when null). Its names are laid out when the grid draws it, so it says nothing
     * about them here.
     */
    static ChartFigure panel(ChartSpec spec, Table table, Warnings warnings, double[] binSpan) {
        return new ChartFigure(kind(spec, table, binSpan, warnings), spec.size(), describe(spec, table), warnings.messages());
    }

    /** The chart of one kind, or null for the scatter matrix (a grid, not one chart). */
    private static JFreeChart kind(ChartSpec spec, Table table, double[] binSpan, Warnings warnings) {
        return switch (spec.kind()) {
            case LINE, SCATTER -> finished(LineScatterChart.build(spec, table, warnings), spec);
            case BAR -> finished(BarChart.build(spec, table, warnings), spec);
            case HISTOGRAM -> finished(HistogramChart.build(spec, table, warnings, binSpan), spec);
            case BOX -> finished(BoxChart.build(spec, table, warnings), spec);
            case AREA -> finished(AreaChart.build(spec, table, warnings), spec);
            case HEATMAP -> themed(HeatmapChart.build(spec, table), spec);
            case SCATTER_MATRIX -> null;
        };
    }

    /** The spec's axes options and theme over a built chart. */
    private static JFreeChart finished(JFreeChart chart, ChartSpec spec) {
        AxisSetup.apply(chart.getPlot(), spec.axes(), spec.theme());
        if (spec.hue() != null && chart.getLegend() != null && chart.getLegend().getWrapper() == null) {
            Theme.headed(chart.getLegend(), spec.hue()); // seaborn heads every hue legend with the column's name
        }
        placeLegend(chart, spec.legend());
        return themed(chart, spec);
    }

    private static void placeLegend(JFreeChart chart, ChartSpec.Legend legend) {
        if (legend == ChartSpec.Legend.RIGHT) {
            return;
        }
        if (chart.getLegend() == null) {
            throw new InvalidSpecException("legend", "places the legend, and this chart has none (one series); "
                    + "add hue: COLUMN or more y columns, or remove legend");
        }
        switch (legend) {
            case NONE -> chart.removeLegend();
            case TOP -> chart.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
            case BOTTOM -> chart.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
            default -> throw new IllegalStateException(legend.toString());
        }
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
