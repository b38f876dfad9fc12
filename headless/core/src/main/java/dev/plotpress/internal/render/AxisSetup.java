package dev.plotpress.internal.render;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ColorTheme;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

import dev.plotpress.model.BadInputException;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

import java.awt.BasicStroke;
import java.util.function.DoubleSupplier;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The spec's {@code axes} options applied to a built plot: log scales (a {@link LogAxis} styled like the axis it
 * replaces), fixed ranges, the tick label format and grid lines in the theme's grid colour.
 */
final class AxisSetup {
    private static final BasicStroke GRID = new BasicStroke(0.5f);

    private AxisSetup() {
    }

    static void apply(Plot plot, AxisOptions axes, ColorTheme theme) {
        if (plot instanceof XYPlot xy) {
            ValueAxis x = configured(xy.getDomainAxis(), axes.logX(), axes, () -> smallestPositive(xy, true), "x");
            xy.setDomainAxis(x);
            bounds(x, axes.xMin(), axes.xMax());
            ValueAxis y = configured(xy.getRangeAxis(), axes.logY(), axes, () -> smallestPositive(xy, false), "y");
            xy.setRangeAxis(y);
            bounds(y, axes.yMin(), axes.yMax());
            xy.setDomainGridlinesVisible(axes.grid());
            xy.setRangeGridlinesVisible(axes.grid());
            grid(xy::setDomainGridlinePaint, xy::setDomainGridlineStroke, theme);
            grid(xy::setRangeGridlinePaint, xy::setRangeGridlineStroke, theme);
        } else if (plot instanceof CategoryPlot category) {
            ValueAxis y = configured(category.getRangeAxis(), axes.logY(), axes, () -> smallestPositive(category), "y");
            category.setRangeAxis(y);
            bounds(y, axes.yMin(), axes.yMax());
            category.setRangeGridlinesVisible(axes.grid());
            grid(category::setRangeGridlinePaint, category::setRangeGridlineStroke, theme);
        }
    }

    /**
     * A fixed end where the spec gives one; the other end stays where the data put it (matplotlib's
     * {@code set_ylim(bottom=100)}). The axis must be on its plot already, so its automatic range is the data's.
     */
    private static void bounds(ValueAxis axis, Double min, Double max) {
        if (axis == null || min == null && max == null) {
            return;
        }
        Range auto = axis.getRange();
        boolean log = axis instanceof LogAxis;
        double lower = min != null ? min : auto.getLowerBound() < max ? auto.getLowerBound() : log ? max / 10 : max - 1;
        double upper = max != null ? max : auto.getUpperBound() > min ? auto.getUpperBound() : log ? min * 10 : min + 1;
        axis.setRange(lower, upper);
    }

    /** The smallest value above 0 drawn against the plot's x ({@code domain}) or first y axis. */
    private static double smallestPositive(XYPlot plot, boolean domain) {
        double smallest = Double.POSITIVE_INFINITY;
        ValueAxis rangeAxis = plot.getRangeAxis();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset dataset = plot.getDataset(d);
            if (dataset == null || !domain && plot.getRangeAxisForDataset(d) != rangeAxis) {
                continue;
            }
            for (int s = 0; s < dataset.getSeriesCount(); s++) {
                for (int i = 0; i < dataset.getItemCount(s); i++) {
                    double value = domain ? dataset.getXValue(s, i) : dataset.getYValue(s, i);
                    if (dataset instanceof IntervalXYDataset interval && domain) {
                        value = interval.getStartXValue(s, i);
                    }
                    smallest = positiveMin(smallest, value);
                }
            }
        }
        return smallest;
    }

    private static double smallestPositive(CategoryPlot plot) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            CategoryDataset dataset = plot.getDataset(d);
            if (dataset == null) {
                continue;
            }
            for (int r = 0; r < dataset.getRowCount(); r++) {
                for (int c = 0; c < dataset.getColumnCount(); c++) {
                    if (dataset instanceof BoxAndWhiskerCategoryDataset box) {
                        smallest = positiveMin(smallest, number(box.getMinOutlier(r, c)));
                        smallest = positiveMin(smallest, number(box.getMinRegularValue(r, c)));
                    }
                    smallest = positiveMin(smallest, number(dataset.getValue(r, c)));
                }
            }
        }
        return smallest;
    }

    private static double number(Number value) {
        return value == null ? Double.NaN : value.doubleValue();
    }

    private static double positiveMin(double smallest, double value) {
        return value > 0 && value < smallest ? value : smallest;
    }

    private static void grid(Consumer<java.awt.Paint> paint, Consumer<java.awt.Stroke> stroke, ColorTheme theme) {
        paint.accept(theme.grid());
        stroke.accept(GRID);
    }

    private static ValueAxis configured(ValueAxis axis, boolean log, AxisOptions axes, DoubleSupplier smallestPositive,
                                        String name) {
        if (axis == null) {
            return null;
        }
        // a text axis (SymbolAxis is a NumberAxis of positions) has no scale to take the log of
        ValueAxis result = axis;
        if (log && axis instanceof NumberAxis && !(axis instanceof SymbolAxis)) {
            double smallest = smallestPositive.getAsDouble();
            if (Double.isInfinite(smallest)) {
                throw new BadInputException("no value above 0 to show on the log " + name
                        + " axis (every value drawn there is 0, negative or missing); drop log" + name.toUpperCase(Locale.ROOT));
            }
            result = logLike(axis, smallest);
        }
        if (axes.tickFormat() != null) {
            if (result instanceof NumberAxis number) {
                number.setNumberFormatOverride(new TickLabelFormat(axes.tickValueFormat()));
            } else if (result instanceof LogAxis logAxis) {
                logAxis.setNumberFormatOverride(new TickLabelFormat(axes.tickValueFormat()));
            }
        }
        return result;
    }

    /** A log axis that looks like {@code axis}: same label, fonts, paints and tick marks; minor ticks as matplotlib's. */
    private static LogAxis logLike(ValueAxis axis, double smallestPositive) {
        LogAxis log = new DecadeLogAxis(axis.getLabel());
        log.setLabelFont(axis.getLabelFont());
        log.setLabelPaint(axis.getLabelPaint());
        log.setLabelInsets(axis.getLabelInsets());
        log.setTickLabelFont(axis.getTickLabelFont());
        log.setTickLabelPaint(axis.getTickLabelPaint());
        log.setTickLabelInsets(axis.getTickLabelInsets());
        log.setTickMarkPaint(axis.getTickMarkPaint());
        log.setTickMarkStroke(axis.getTickMarkStroke());
        log.setTickMarkInsideLength(axis.getTickMarkInsideLength());
        log.setTickMarkOutsideLength(axis.getTickMarkOutsideLength());
        log.setAxisLineVisible(axis.isAxisLineVisible());
        log.setLowerMargin(axis.getLowerMargin());
        log.setUpperMargin(axis.getUpperMargin());
        // the axis starts at the smallest value drawn, not at 1e-300: values <= 0 were left out (and counted) before
        log.setSmallestValue(smallestPositive);
        // whole powers of ten only (10^1, 10^2, ...), as matplotlib's LogLocator; JFreeChart would tick 10^1.5
        log.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        return log;
    }
}
