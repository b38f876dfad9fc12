package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.HistogramOptions;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Palette;
import dev.plotpress.internal.model.Colors;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Histograms: each y column counted in equal-width bins over its own range ({@code bins}, {@code binWidth}, else
 * numpy's {@code bins='auto'}: {@link AutoBins}), missing values left out (numpy's histogram). Several columns
 * overlap, half transparent.
 */
final class HistogramChart {
    private HistogramChart() {
    }

    /** Flat bars edge to edge, no shadow or outline, as matplotlib's hist draws them. */
    static XYBarRenderer barRenderer() {
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMargin(0);
        return renderer;
    }

    /** The bins' span {min, max} of finite values; numpy's choice for a single value: [v - 0.5, v + 0.5]. */
    static double[] range(double[] finiteValues) {
        double min = Arrays.stream(finiteValues).min().orElseThrow();
        double max = Arrays.stream(finiteValues).max().orElseThrow();
        return min == max ? new double[] {min - 0.5, max + 0.5} : new double[] {min, max};
    }

    /**
     * The columns counted: x alone when the spec names x (seaborn's {@code histplot(x=...)}), else the y columns,
     * else every numeric column (seaborn's wide form).
     */
    static List<NumericColumn> counted(ChartSpec spec, Table table) {
        if (spec.x() == null) {
            return SeriesColumns.y(spec, table);
        }
        if (!spec.y().isEmpty()) {
            throw new InvalidSpecException("y", "a histogram counts one column, and x already names '" + spec.x()
                    + "'; remove y (or remove x and list the columns to overlap in y)");
        }
        SeriesColumns.requireRows(table);
        return List.of(SeriesColumns.requireNumbers(table, NamedColumns.numeric(table, spec.x(), "x")));
    }

    /** One histogram's values (a column, or a hue group of it) and the edges its bins share. */
    private record Counted(String name, String styleColumn, double[] values, double[] edges) {
    }

    /** @param sharedEdges the bins' edges a facet grid's panels share ({@link #edges}), or null for the values' own */
    static JFreeChart build(ChartSpec spec, Table table, Warnings warnings, double[] sharedEdges) {
        List<NumericColumn> columns = counted(spec, table);
        List<Counted> series = new ArrayList<>();
        if (spec.hue() != null) {
            if (columns.size() > 1) {
                throw new InvalidSpecException("hue", "splits one column into histograms, but there are " + columns.size()
                        + "; give x: COLUMN (or one y column)");
            }
            NumericColumn column = columns.get(0);
            double[] all = DrawnValues.on(column.toArray(), column.name(), spec.axes().logX(), "x", warnings);
            double[] edges = sharedEdges != null ? sharedEdges // one set for every group, so bars line up
                    : edges(spec, table, column.name(), finite(all), warnings);
            HueGroups groups = HueGroups.of(table, spec.hue(), spec.hueOrder(), warnings);
            for (int g = 0; g < groups.size(); g++) {
                series.add(new Counted(groups.names().get(g), column.name(), finite(groups.pick(all, g)), edges));
            }
        } else {
            for (NumericColumn column : columns) {
                double[] values = finite(DrawnValues.on(column.toArray(), column.name(), spec.axes().logX(), "x", warnings));
                series.add(new Counted(column.name(), column.name(), values,
                        sharedEdges != null ? sharedEdges : edges(spec, table, column.name(), values, warnings)));
            }
        }

        HistogramOptions options = spec.histogram();
        long total = series.stream().mapToLong(c -> c.values().length).sum(); // seaborn's common_norm
        List<double[]> heights = series.stream().map(c -> heights(options.stat(), c, total)).toList();
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        int k = series.size();
        double[] bottoms = new double[series.get(0).edges().length - 1];
        for (int s = 0; s < k; s++) {
            Counted counted = series.get(s);
            XYIntervalSeries bars = new XYIntervalSeries(counted.name(), false, true);
            double[] edges = counted.edges();
            for (int bin = 0; bin < edges.length - 1; bin++) {
                double low = edges[bin];
                double high = edges[bin + 1];
                double height = heights.get(s)[bin];
                double bottom = 0;
                switch (options.multiple()) {
                    case DODGE -> {
                        double width = (high - low) / k;
                        low = low + s * width;
                        high = low + width;
                    }
                    case STACK, FILL -> {
                        if (options.multiple() == HistogramOptions.Multiple.FILL) {
                            double sum = 0;
                            for (double[] h : heights) {
                                sum += h[bin];
                            }
                            height = sum == 0 ? 0 : height / sum;
                        }
                        bottom = bottoms[bin];
                        bottoms[bin] += height;
                    }
                    case LAYER -> {
                    }
                }
                bars.add((low + high) / 2, low, high, bottom + height, bottom, bottom + height);
            }
            dataset.addSeries(bars);
        }

        XYBarRenderer renderer = barRenderer();
        renderer.setUseYInterval(true);
        List<Color> colors = spec.theme().seriesColors(spec.palette(), k);
        boolean layered = k > 1 && options.multiple() == HistogramOptions.Multiple.LAYER;
        for (int s = 0; s < k; s++) {
            Color base = colors.get(s);
            if (layered) {
                base = new Color(base.getRed(), base.getGreen(), base.getBlue(), 128);
            }
            renderer.setSeriesPaint(s, spec.styleOf(series.get(s).styleColumn()).colorOr(base));
        }

        NumberAxis xAxis = Theme.numberAxis(spec.xLabel() != null ? spec.xLabel()
                : columns.size() == 1 ? columns.get(0).name() : null);
        boolean counts = options.stat() == HistogramOptions.Stat.COUNT && options.multiple() != HistogramOptions.Multiple.FILL;
        NumberAxis yAxis = Theme.axis(new AutoTickAxis(spec.yLabel() != null ? spec.yLabel() : options.stat().specName(), counts));
        yAxis.setAutoRangeIncludesZero(true);
        yAxis.setAutoRangeStickyZero(true);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        if (options.kde()) {
            addDensityCurves(plot, spec, series, heights, colors, warnings);
        }
        Theme.plot(plot);
        return Theme.chart(spec.title(), plot, k > 1, spec.hue());
    }

    /**
     * Each histogram's density curve in its colour, over its bars and out of the legend, scaled as seaborn scales it:
     * by the area of its bars (so a count histogram's curve is in counts), stacked or filled as the bars are.
     */
    private static void addDensityCurves(XYPlot plot, ChartSpec spec, List<Counted> series, List<double[]> heights,
                                         List<Color> colors, Warnings warnings) {
        if (spec.axes().logX()) {
            throw new InvalidSpecException("kde", "estimates the density in the data's own units, which the log x axis "
                    + "would bend; remove logX or kde");
        }
        double min = series.stream().flatMapToDouble(c -> Arrays.stream(c.values())).min().orElse(0);
        double max = series.stream().flatMapToDouble(c -> Arrays.stream(c.values())).max().orElse(0);
        double[] grid = DensityCurve.grid(min, max);
        HistogramOptions.Multiple multiple = spec.histogram().multiple();
        double[][] curves = new double[series.size()][];
        int missing = 0;
        for (int s = 0; s < series.size(); s++) {
            double[] density = DensityCurve.of(series.get(s).values(), grid);
            if (density == null) {
                missing++;
                continue;
            }
            double[] edges = series.get(s).edges();
            double area = 0;
            for (int bin = 0; bin < edges.length - 1; bin++) {
                area += heights.get(s)[bin] * (edges[bin + 1] - edges[bin]);
            }
            for (int i = 0; i < density.length; i++) {
                density[i] *= area;
            }
            curves[s] = density;
        }
        warnings.counted(missing, series.size(), "histograms have fewer than two different values: no density curve");
        if (multiple == HistogramOptions.Multiple.STACK || multiple == HistogramOptions.Multiple.FILL) {
            double[] below = new double[grid.length];
            double[] sums = new double[grid.length];
            for (double[] curve : curves) {
                for (int i = 0; curve != null && i < grid.length; i++) {
                    sums[i] += curve[i];
                }
            }
            for (double[] curve : curves) {
                for (int i = 0; curve != null && i < grid.length; i++) {
                    below[i] += multiple == HistogramOptions.Multiple.FILL ? (sums[i] == 0 ? 0 : curve[i] / sums[i]) : curve[i];
                    curve[i] = below[i];
                }
            }
        }
        org.jfree.data.xy.DefaultXYDataset lines = new org.jfree.data.xy.DefaultXYDataset();
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        for (int s = 0; s < series.size(); s++) {
            if (curves[s] == null) {
                continue;
            }
            int index = lines.getSeriesCount();
            lines.addSeries(series.get(s).name(), new double[][] {grid, curves[s]});
            renderer.setSeriesPaint(index, spec.styleOf(series.get(s).styleColumn()).colorOr(colors.get(s)));
            renderer.setSeriesStroke(index, Theme.line(spec.style().lineWidthOr(Theme.LINE_WIDTH)));
            renderer.setSeriesVisibleInLegend(index, false);
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, renderer);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    }

    /**
     * numpy's histogram edges over the values' range: {@code bins} equal bins, bins {@code binWidth} wide from the
     * minimum, or without either numpy's {@code bins='auto'} count (at most {@link AutoBins#MOST}, said in {@code warnings}).
     */
    static double[] edges(ChartSpec spec, Table table, String column, double[] values, Warnings warnings) {
        if (values.length == 0) {
            throw new BadInputException(table.source() + ": column '" + column + "' has nothing to count (every value is "
                    + "missing or left out); fill it in or leave it out of the chart");
        }
        double[] range = range(values);
        double min = range[0];
        double max = range[1];
        int bins = spec.bins() != null ? spec.bins() : autoBins(table, column, values, min, max, warnings);
        if (spec.binWidth() != null) { // numpy's bins=np.arange(min, max + w, w): the last bin holds max
            bins = (int) Math.max(1, Math.floor((max - min) / spec.binWidth()) + 1);
            if (bins > ChartSpec.MAX_BINS) {
                throw new BadInputException(table.source() + ": binWidth " + spec.binWidth() + " makes " + bins
                        + " bins over column '" + column + "' (" + min + " to " + max + "); the most is "
                        + ChartSpec.MAX_BINS + ", so choose a wider bin");
            }
            max = min + bins * spec.binWidth();
        }
        double[] edges = new double[bins + 1];
        double step = (max - min) / bins;
        for (int i = 0; i <= bins; i++) {
            edges[i] = i * step + min; // np.linspace's arithmetic, so the edges are numpy's to the last bit
        }
        edges[bins] = max;
        return edges;
    }

    private static int autoBins(Table table, String column, double[] values, double min, double max, Warnings warnings) {
        long bins = AutoBins.count(values, min, max);
        if (bins > AutoBins.MOST) {
            warnings.counted(AutoBins.MOST, bins, "bins of numpy's 'auto' rule for " + column + " are drawn (the most a "
                    + "histogram draws unasked), each " + String.format(java.util.Locale.ROOT, "%.1f", bins / (double) AutoBins.MOST)
                    + " times as wide; set bins or binWidth to choose");
            return AutoBins.MOST;
        }
        return (int) bins;
    }

    /** The bars' heights for {@code stat}, normalised over {@code total} values (all groups together, as seaborn). */
    private static double[] heights(HistogramOptions.Stat stat, Counted counted, long total) {
        double[] edges = counted.edges();
        int bins = edges.length - 1;
        double[] counts = new double[bins];
        double min = edges[0];
        double width = (edges[bins] - min) / bins;
        for (double value : counted.values()) {
            int bin = (int) ((value - min) / width);
            // the last bin is closed, as numpy's; float rounding at an inner edge is settled against the edges
            bin = Math.max(0, Math.min(bins - 1, bin));
            while (bin > 0 && value < edges[bin]) {
                bin--;
            }
            while (bin < bins - 1 && value >= edges[bin + 1]) {
                bin++;
            }
            counts[bin]++;
        }
        for (int bin = 0; bin < bins; bin++) {
            counts[bin] = switch (stat) {
                case COUNT -> counts[bin];
                case PROBABILITY -> counts[bin] / total;
                case PERCENT -> 100 * counts[bin] / total;
                case DENSITY -> counts[bin] / total / (edges[bin + 1] - edges[bin]);
            };
        }
        return counts;
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
