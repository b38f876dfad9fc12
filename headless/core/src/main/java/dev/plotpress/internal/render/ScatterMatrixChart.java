package dev.plotpress.internal.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Size;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
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
 * column i on y, black dots of size 3 at half opacity unless the spec's style says otherwise. With ticks (the
 * default, as seaborn's), every column shares its x range and every row its y range, and only the outer cells write
 * tick values: the left column its y values, the bottom row its x values (a diagonal histogram's counts have no axis of
 * their own: its left label is its row's scale, as seaborn's diag_sharey). Without a size, each cell is 2.5 in
 * square (seaborn's pairplot height). With {@code hue} the dots of each group take the palette's colours and the figure gets a legend;
 * {@code diagonal: histogram} puts a histogram of each column on the diagonal (one overlapping histogram per
 * group); {@code corner} leaves the cells above the diagonal out.
 */
final class ScatterMatrixChart {
    /** The report's {@code scatter(s=3, color='black', alpha=0.5)}. */
    private static final Style REPORT_DOTS = new Style("black", 0.5, 3.0, null);
    private static final float CELL_TICK_FONT = 7.5f;
    /** seaborn's pairplot: height 2.5 in per cell; beside the cells, their names and tick values, and the legend. */
    private static final double CELL_INCHES = 2.5;
    private static final double NAMES_INCHES = 0.7;
    private static final double LEGEND_INCHES = 1.2;
    private static final double TITLE_INCHES = 0.3;
    /** The size without one given stops growing here: the cells shrink instead. */
    private static final double LARGEST_INCHES = 30;
    /** Opacity of overlapping histograms, as the histogram chart's. */
    private static final int OVERLAP_ALPHA = 128;
    /** The diagonal's bins unless told: matplotlib's hist default, which pandas' scatter_matrix (the report's chart) uses. */
    private static final int DIAGONAL_BINS = 10;

    /** seaborn's kdeplot(fill=True): the area under a curve at alpha 0.25. */
    private static final int DENSITY_FILL_ALPHA = 64;

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
                } else if (i == j && options.diagonal() == ScatterMatrixOptions.Diagonal.KDE) {
                    cells.add(densityCell(groups, i, columns.get(i).name(), options.ticks(), warnings));
                } else {
                    cells.add(scatterCell(groups, j, i, dot, options.ticks()));
                }
            }
        }
        List<String> names = columns.stream().map(NumericColumn::name).toList();
        Size size = size(spec, n);
        AlignedAxes.Room room = AlignedAxes.Room.none(n, n);
        if (options.ticks()) { // the outer cells write tick labels: the plots stay one size with room for them there
            shareAndLabelOuterCells(cells, n);
            room = AlignedAxes.align(cells, n, n, new Rectangle2D.Double(0, 0, size.pointWidth() / n, size.pointHeight() / n));
        }
        // with ticks, seaborn's pairplot: margins as tight as the names need; without, the report's GridSpec margins
        return new GridFigure(size, description, spec.title(), n, n, cells,
                options.labels() ? names : List.of(), options.labels() ? names : List.of(), legend(spec, groups),
                spec.hue(), warnings.messages(), GridFigure.GAP, options.ticks(), room);
    }

    /** The spec's size, or without one, cells of {@link #CELL_INCHES} with room for the names, legend and title. */
    private static Size size(ChartSpec spec, int n) {
        if (!spec.size().equals(Size.DEFAULT)) {
            return spec.size();
        }
        double width = n * CELL_INCHES + NAMES_INCHES + (spec.hue() != null ? LEGEND_INCHES : 0);
        double height = n * CELL_INCHES + NAMES_INCHES + (spec.title() != null && !spec.title().isBlank() ? TITLE_INCHES : 0);
        return Size.inches(Math.min(LARGEST_INCHES, width), Math.min(LARGEST_INCHES, height), Size.DEFAULT_DPI);
    }

    /**
     * Column j's cells plot variable j on x, row i's cells variable i on y: every cell of a column takes the union of the
     * column's x ranges, every cell of a row the union of the row's y ranges (of cells with data). Only the left column writes y
     * values and only the bottom row x values; the inner cells keep their tick marks.
     */
    private static void shareAndLabelOuterCells(List<JFreeChart> cells, int n) {
        for (int k = 0; k < n; k++) {
            // a variable's x range covers its column's data (a diagonal density's tails too); its y range only the
            // points of its row, as seaborn's pairplot: a diagonal's curve or bars sit on an axis of their own
            org.jfree.data.Range columnRange = null;
            org.jfree.data.Range rowRange = null;
            for (int other = 0; other < n; other++) {
                JFreeChart inColumn = cells.get(other * n + k);
                if (inColumn != null && inColumn.getXYPlot().getDataRange(inColumn.getXYPlot().getDomainAxis()) != null) {
                    columnRange = org.jfree.data.Range.combine(columnRange, inColumn.getXYPlot().getDomainAxis().getRange());
                }
                JFreeChart inRow = cells.get(k * n + other);
                if (inRow != null && inRow.getXYPlot().getDataRange(inRow.getXYPlot().getRangeAxis()) != null) {
                    rowRange = org.jfree.data.Range.combine(rowRange, inRow.getXYPlot().getRangeAxis().getRange());
                }
            }
            rowRange = rowRange != null ? rowRange : columnRange;
            for (int other = 0; other < n; other++) {
                JFreeChart inColumn = cells.get(other * n + k);
                if (inColumn != null && columnRange != null) {
                    inColumn.getXYPlot().getDomainAxis().setRange(columnRange, true, false);
                }
                JFreeChart inRow = cells.get(k * n + other);
                if (inRow != null && rowRange != null) {
                    inRow.getXYPlot().getRangeAxis().setRange(rowRange, true, false);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                JFreeChart cell = cells.get(i * n + j);
                if (cell != null) {
                    cell.getXYPlot().getDomainAxis().setTickLabelsVisible(i == n - 1);
                    cell.getXYPlot().getRangeAxis().setTickLabelsVisible(j == 0);
                }
            }
        }
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
        JFreeChart chart = cell(dataset, renderer, counts, ticks);
        if (ticks) { // the bars on a hidden counts axis; the axis drawn is the row's, its range set with the row's
            XYPlot plot = chart.getXYPlot();
            plot.setRangeAxis(0, cellAxis(true), false);
            plot.setRangeAxis(1, counts, false);
            plot.mapDatasetToRangeAxis(0, 1);
        }
        return chart;
    }

    /**
     * seaborn's pairplot diagonal with hue: each group's kernel density ({@link DensityCurve}) over its own values'
     * range widened by three bandwidths (kdeplot's {@code cut=3}), scaled by the group's share of the rows
     * ({@code common_norm}), filled at a quarter opacity under its line.
     */
    private static JFreeChart densityCell(List<Group> groups, int column, String name, boolean ticks, Warnings warnings) {
        DefaultXYDataset curves = new DefaultXYDataset();
        XYAreaRenderer fills = new XYAreaRenderer(XYAreaRenderer.AREA);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setAutoPopulateSeriesPaint(false);
        lines.setAutoPopulateSeriesStroke(false);
        fills.setAutoPopulateSeriesPaint(false);
        long rows = groups.stream().mapToLong(g -> Arrays.stream(g.values().get(column)).filter(Double::isFinite).count()).sum();
        int flat = 0;
        double peak = 0;
        for (Group group : groups) {
            double[] values = Arrays.stream(group.values().get(column)).filter(Double::isFinite).toArray();
            double bandwidth = DensityCurve.bandwidth(values);
            if (Double.isNaN(bandwidth)) {
                flat++;
                continue;
            }
            double[] grid = DensityCurve.grid(Arrays.stream(values).min().orElseThrow() - 3 * bandwidth,
                    Arrays.stream(values).max().orElseThrow() + 3 * bandwidth);
            double[] density = DensityCurve.of(values, grid);
            for (int i = 0; i < density.length; i++) {
                density[i] *= values.length / (double) rows;
            }
            int series = curves.getSeriesCount();
            curves.addSeries(group.name(), new double[][] {grid, density});
            peak = Math.max(peak, Arrays.stream(density).max().orElse(0));
            Color line = new Color(group.bars().getRGB() | 0xFF000000);
            fills.setSeriesPaint(series, new Color(line.getRed(), line.getGreen(), line.getBlue(), DENSITY_FILL_ALPHA));
            lines.setSeriesPaint(series, line);
            lines.setSeriesStroke(series, Theme.line(Theme.LINE_WIDTH));
        }
        warnings.counted(flat, groups.size(), "groups have fewer than two different " + name + " values: no density curve on "
                + "the diagonal");
        NumberAxis densities = cellAxis(false); // a density does not share the row's scale: never ticked
        // from 0 to matplotlib's 5% headroom above the highest peak, set here: the grid's axis sharing autoranges none of it
        densities.setRange(0, Math.max(peak, Double.MIN_NORMAL) * 1.05);
        JFreeChart chart = cell(curves, fills, densities, ticks);
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(1, curves);
        plot.setRenderer(1, lines);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        if (ticks) { // as a histogram's: the curves on a hidden axis, the axis drawn is the row's
            plot.setRangeAxis(0, cellAxis(true), false);
            plot.setRangeAxis(1, densities, false);
            plot.mapDatasetToRangeAxis(0, 1);
            plot.mapDatasetToRangeAxis(1, 1);
        }
        return chart;
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
