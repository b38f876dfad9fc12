package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Area charts: each y column filled down to zero, half transparent so overlaps show (matplotlib's
 * {@code fill_between}), or with {@code stacked: true} filled on top of the previous ones ({@code stackplot});
 * a missing value counts as 0 in a stack. x is numbers, dates (both drawn in x order) or the row number. With {@code hue}, one area per
 * hue value of the y column ({@link HueAreas}), the legend headed by the hue column.
 */
final class AreaChart {
    private static final int FILL_ALPHA = 115;

    private AreaChart() {
    }

    static JFreeChart build(ChartSpec asked, Table unsorted, Warnings warnings) {
        Table table = XValues.sortedByX(asked, unsorted);
        ChartSpec spec = XValues.keepingHueOrder(asked, unsorted, table);
        List<NumericColumn> ys = SeriesColumns.y(spec, table);
        XValues x = XValues.of(spec, table);
        double[] xs = spec.x() == null ? x.values()
                : DrawnValues.on(x.values(), spec.x(), spec.axes().logX(), "x", warnings);
        boolean logY = spec.axes().logY();
        XYDataset dataset;
        List<String> styleColumns;
        if (spec.hue() != null) {
            HueGroups groups = HueGroups.of(table, spec.hue(), spec.hueOrder(), warnings);
            NumericColumn y = ys.get(0);
            double[] values = DrawnValues.on(y.toArray(), y.name(), logY, "y", warnings);
            HueAreas areas = HueAreas.of(spec, table, groups, xs, values);
            dataset = spec.stacked() ? areas.stacked(logY, warnings) : areas.overlapping();
            styleColumns = groups.names().stream().map(n -> y.name()).toList();
        } else {
            requireOneRowPerX(spec, table, xs, ys);
            dataset = spec.stacked() ? stacked(xs, ys, logY, warnings) : overlapping(xs, ys, logY, warnings);
            styleColumns = ys.stream().map(NumericColumn::name).toList();
        }
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setLegendArea(new Rectangle2D.Double(-5, -5, 10, 10));
        List<Color> colors = spec.theme().seriesColors(spec.palette(), styleColumns.size());
        for (int i = 0; i < styleColumns.size(); i++) {
            Style style = spec.styleOf(styleColumns.get(i));
            Color color = style.colorOr(colors.get(i));
            // overlapping areas are see-through unless the style says how opaque
            renderer.setSeriesPaint(i, spec.stacked() || style.alpha() != null ? color
                    : new Color(color.getRed(), color.getGreen(), color.getBlue(), FILL_ALPHA));
        }
        NumberAxis yAxis = Theme.numberAxis(LineScatterChart.yLabel(spec, ys));
        yAxis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset, x.axis(), yAxis, renderer);
        // XYPlot draws the last series first: in a stack the tallest (cumulative) area goes under the others
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        Theme.plot(plot);
        return Theme.chart(spec.title(), plot, styleColumns.size() > 1, spec.hue());
    }

    /**
     * Refuses rows that repeat an x (a text x of repeated categories, several rows per year): an area has one height
     * per x, and joining the rows in row order would zig-zag. The hue case is {@link HueAreas}'.
     */
    private static void requireOneRowPerX(ChartSpec spec, Table table, double[] xs, List<NumericColumn> ys) {
        for (NumericColumn y : ys) {
            double[] values = y.toArray();
            long rows = java.util.stream.IntStream.range(0, xs.length)
                    .filter(row -> Double.isFinite(xs[row]) && Double.isFinite(values[row])).count();
            long distinct = java.util.stream.IntStream.range(0, xs.length)
                    .filter(row -> Double.isFinite(xs[row]) && Double.isFinite(values[row]))
                    .mapToDouble(row -> xs[row]).distinct().count();
            if (rows > distinct) {
                String x = spec.x() == null ? "row" : spec.x();
                throw new BadInputException(table.source() + ": " + (rows - distinct) + " rows of " + y.name()
                        + " share their " + x + " with an earlier row, and an area has one height per " + x
                        + "; sum them up first: transform: [{aggregate: {groupBy: [" + x + "], sum: " + y.name()
                        + "}}], or draw the mean per " + x + " with its 95% band: kind: line");
            }
        }
    }

    private static XYDataset overlapping(double[] xs, List<NumericColumn> ys, boolean logY, Warnings warnings) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        for (NumericColumn y : ys) {
            dataset.addSeries(y.name(), LineScatterChart.finitePairs(xs, DrawnValues.on(y.toArray(), y.name(), logY, "y", warnings)));
        }
        return dataset;
    }

    /**
     * A stack as cumulative sums, each filled from zero and drawn tallest first: one polygon per series, so no
     * seams (JFreeChart's stacked area renderers fill one polygon per point, with hairline gaps between them).
     */
    private static XYDataset stacked(double[] xs, List<NumericColumn> ys, boolean logY, Warnings warnings) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        double[] total = new double[xs.length];
        for (NumericColumn y : ys) {
            long missing = 0;
            for (int row = 0; row < xs.length; row++) {
                double value = y.get(row);
                missing += Double.isNaN(value) ? 1 : 0;
                total[row] += Double.isFinite(value) ? value : 0;
            }
            warnings.rows(missing, "have no " + y.name() + " value and count as 0 in the stack");
            // a log axis cannot show a cumulative total <= 0; the warning names the column whose layer it is
            dataset.addSeries(y.name(), LineScatterChart.finitePairs(xs,
                    logY ? DrawnValues.on(total, "the stacked total up to " + y.name(), true, "y", warnings) : total.clone()));
        }
        return dataset;
    }
}
