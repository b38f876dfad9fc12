package dev.plotpress.internal.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report's scatter matrix, with seaborn pairplot's options: cell (i, j) plots column j on x against
 * column i on y, black dots of size 3 at half opacity unless the spec's style says otherwise, no ticks unless
 * asked. With {@code hue} the dots of each group take the palette's colours and the figure gets a legend;
 * {@code diagonal: histogram} puts a histogram of each column on the diagonal (one overlapping histogram per
 * group); {@code corner} leaves the cells above the diagonal out.
 */
final class ScatterMatrixChart {
    /** The report's {@code scatter(s=3, color='black', alpha=0.5)}. */
    private static final Style REPORT_DOTS = new Style("black", 0.5, 3.0, null);
    private static final float CELL_TICK_FONT = 6.5f;
    /** Opacity of overlapping histograms, as the histogram chart's. */
    private static final int OVERLAP_ALPHA = 128;
    /** The diagonal's bins unless told: matplotlib's hist default, which pandas' scatter_matrix (the report's chart) uses. */
    private static final int DIAGONAL_BINS = 10;

    private ScatterMatrixChart() {
    }

    /** The values of one group of rows (all rows without hue), and the colour its dots and bars take. */
    private record Group(String name, List<double[]> values, Color dots, Color bars) {
    }

    static GridFigure build(ChartSpec spec, Table table, String description, Warnings warnings) {
        ScatterMatrixOptions options = spec.scatterMatrix();
        List<NumericColumn> columns = SeriesColumns.named(options.columns(), table);
        Style style = spec.style().over(REPORT_DOTS);
        Shape dot = Theme.dot(style.markerSizeOr(3));
        List<Group> groups = groups(spec, table, columns, style, warnings);
        int n = columns.size();
        List<JFreeChart> cells = new ArrayList<>(n * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (options.corner() && j > i) {
                    cells.add(null);
                } else if (i == j && options.diagonal() == ScatterMatrixOptions.Diagonal.HISTOGRAM) {
                    cells.add(histogramCell(groups, i, spec.bins() != null ? spec.bins() : DIAGONAL_BINS, options.ticks()));
                } else {
                    cells.add(scatterCell(groups, j, i, dot, options.ticks()));
                }
            }
        }
        List<String> names = columns.stream().map(NumericColumn::name).toList();
        if (options.ticks()) { // cells write their own tick labels: their plots line up only with the same room for them
            AlignedAxes.align(cells, new Rectangle2D.Double(0, 0, spec.size().pointWidth() / n, spec.size().pointHeight() / n));
        }
        // with ticks, seaborn's pairplot: margins as tight as the names need; without, the report's GridSpec margins
        return new GridFigure(spec.size(), description, spec.title(), n, n, cells,
                options.labels() ? names : List.of(), options.labels() ? names : List.of(), legend(spec, groups),
                spec.hue(), warnings.messages(), GridFigure.GAP, options.ticks());
    }

    private static List<Group> groups(ChartSpec spec, Table table, List<NumericColumn> columns, Style style,
                                      Warnings warnings) {
        List<double[]> values = columns.stream()
                .map(c -> DrawnValues.on(c.toArray(), c.name(), false, "", warnings)).toList();
        if (spec.hue() == null) {
            Color paint = style.colorOr(Color.BLACK);
            return List.of(new Group("points", values, paint, paint));
        }
        HueGroups hue = HueGroups.of(table, spec.hue(), spec.hueOrder(), warnings);
        List<Color> colors = spec.theme().seriesColors(spec.palette(), hue.size());
        // with hue the palette colours the groups; the style still sets opacity and dot size
        Style alphaOnly = new Style(null, style.alpha(), null, null);
        List<Group> groups = new ArrayList<>(hue.size());
        for (int g = 0; g < hue.size(); g++) {
            int group = g;
            Color color = colors.get(g);
            Color bars = new Color(color.getRed(), color.getGreen(), color.getBlue(), OVERLAP_ALPHA);
            groups.add(new Group(hue.names().get(g), values.stream().map(v -> hue.pick(v, group)).toList(),
                    alphaOnly.colorOr(color), bars));
        }
        return groups;
    }

    private static LegendItemCollection legend(ChartSpec spec, List<Group> groups) {
        if (spec.hue() == null || spec.legend() == ChartSpec.Legend.NONE) {
            return null;
        }
        LegendItemCollection items = new LegendItemCollection();
        for (Group group : groups) {
            Color opaque = new Color(group.dots().getRGB() | 0xFF000000, true);
            items.add(new LegendItem(group.name(), null, null, null, Theme.dot(Theme.MARKER_AREA), opaque));
        }
        return items;
    }

    private static JFreeChart scatterCell(List<Group> groups, int xColumn, int yColumn, Shape dot, boolean ticks) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setDrawOutlines(false);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesShape(false);
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            dataset.addSeries(group.name(),
                    LineScatterChart.finitePairs(group.values().get(xColumn), group.values().get(yColumn)));
            renderer.setSeriesPaint(g, group.dots());
            renderer.setSeriesShape(g, dot);
        }
        return cell(dataset, renderer, cellAxis(ticks), ticks);
    }

    /** Every group counted in the same bins over the whole column's range, so the bars line up. */
    private static JFreeChart histogramCell(List<Group> groups, int column, int bins, boolean ticks) {
        double[] all = groups.stream().flatMapToDouble(g -> Arrays.stream(g.values().get(column)))
                .filter(Double::isFinite).toArray();
        double[] range = HistogramChart.range(all); // one set of edges for every group, so the bars line up
        double min = range[0];
        double max = range[1];
        HistogramDataset dataset = new HistogramDataset();
        dataset.setType(HistogramType.FREQUENCY);
        XYBarRenderer renderer = HistogramChart.barRenderer();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            dataset.addSeries(group.name(), Arrays.stream(group.values().get(column)).filter(Double::isFinite).toArray(),
                    bins, min, max);
            renderer.setSeriesPaint(g, group.bars());
        }
        NumberAxis counts = cellAxis(false); // counts do not share the row's scale: never ticked
        counts.setAutoRangeIncludesZero(true);
        counts.setLowerMargin(0);
        return cell(dataset, renderer, counts, ticks);
    }

    private static JFreeChart cell(XYDataset dataset, XYItemRenderer renderer, NumberAxis yAxis, boolean ticks) {
        XYPlot plot = new XYPlot(dataset, cellAxis(ticks), yAxis, renderer);
        Theme.plot(plot);
        plot.setBackgroundPaint(null); // the grid paints the white once, not 2 x N x N times
        JFreeChart chart = Theme.chart(null, plot, false);
        chart.setBackgroundPaint(null);
        // half the frame's width inside the cell, so no side of the frame is clipped away
        // with ticks, room for the end labels that stick out past the frame
        double inset = Theme.FRAME_WIDTH / 2.0;
        chart.setPadding(ticks ? new RectangleInsets(4, 6, inset, 8) : new RectangleInsets(inset, inset, inset, inset));
        return chart;
    }

    private static NumberAxis cellAxis(boolean ticks) {
        NumberAxis axis = Theme.numberAxis(null);
        axis.setVisible(ticks);
        axis.setTickLabelFont(Theme.TICK_FONT.deriveFont(CELL_TICK_FONT));
        axis.setTickMarkOutsideLength(2f);
        return axis;
    }
}
