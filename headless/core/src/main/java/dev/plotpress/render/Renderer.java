package dev.plotpress.render;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;

import java.util.Objects;

/**
 * Turns a chart model into a {@link Figure}. Every call builds its charts and datasets afresh from the
 * immutable table and keeps nothing: the Figure it returns owns them, and nothing global refers to them.
 *
 * <p>Internal: public in an exported package, outside the semantic-versioning promise (README "Embedding");
 * draw through Chart.figure.
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
        KindOptions.requireOrderFits(spec, table);
        dev.plotpress.model.DrawingLimits.check(spec, table);
        dev.plotpress.model.FiniteCells.require(table);
        String description = describe(spec, table);
        if (spec.facet() != null) {
            return Facets.build(spec, table, description);
        }
        Warnings warnings = new Warnings(table.source(), table.rowCount());
        ChartFigure figure = kind(spec, table, description, null, warnings);
        return figure == null ? ScatterMatrixChart.build(spec, table, description, warnings)
                : figure.withWarnings(LeftOutNames.of(figure, table.source()));
    }

    /**
     * A facet panel: its spec was checked against the whole table, its rows are some of them, what it leaves out is
     * counted in the figure's {@code warnings}, and its histogram counts in the bins every panel shares
     * ({@code binSpan}: their edges, or its own when null). Its names are laid out when the grid draws it, so it says nothing
     * about them here.
     */
    static ChartFigure panel(ChartSpec spec, Table table, Warnings warnings, double[] binSpan) {
        NamedColumns.requireAll(spec, table);
        KindOptions.requireFit(spec, table);
        dev.plotpress.model.DrawingLimits.check(spec, table);
        dev.plotpress.model.FiniteCells.require(table);
        return kind(spec, table, describe(spec, table), binSpan, warnings);
    }

    /** The chart of one kind, or null for the scatter matrix (a grid, not one chart). */
    private static ChartFigure kind(ChartSpec spec, Table table, String description, double[] binSpan, Warnings warnings) {
        return switch (spec.kind()) {
            case LINE, SCATTER -> chart(finished(LineScatterChart.build(spec, table, warnings), spec), spec, description, warnings);
            case BAR -> chart(finished(BarChart.build(spec, table, warnings), spec), spec, description, warnings);
            case HISTOGRAM -> chart(finished(HistogramChart.build(spec, table, warnings, binSpan), spec), spec, description, warnings);
            case BOX -> chart(finished(BoxChart.build(spec, table, warnings), spec), spec, description, warnings);
            case AREA -> chart(finished(AreaChart.build(spec, table, warnings), spec), spec, description, warnings);
            case HEATMAP -> chart(themed(HeatmapChart.build(spec, table), spec), spec, description, warnings);
            case SCATTER_MATRIX -> null;
        };
    }

    private static ChartFigure chart(JFreeChart chart, ChartSpec spec, String description, Warnings warnings) {
        return new ChartFigure(chart, spec.size(), description, warnings.messages());
    }

    /** The spec's axes options and theme over a built chart. */
    private static JFreeChart finished(JFreeChart chart, ChartSpec spec) {
        AxisSetup.apply(chart.getPlot(), spec.axes(), spec.theme());
        if (spec.hue() != null && chart.getLegend() != null && chart.getLegend().getWrapper() == null) {
            Theme.headed(chart.getLegend(), spec.hue()); // seaborn heads every hue legend with the column's name
        }
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
