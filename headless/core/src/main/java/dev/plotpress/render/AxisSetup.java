package dev.plotpress.render;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ColorTheme;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

import java.awt.BasicStroke;
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
            xy.setDomainAxis(configured(xy.getDomainAxis(), axes.logX(), axes.xMin(), axes.xMax(), axes));
            xy.setRangeAxis(configured(xy.getRangeAxis(), axes.logY(), axes.yMin(), axes.yMax(), axes));
            xy.setDomainGridlinesVisible(axes.grid());
            xy.setRangeGridlinesVisible(axes.grid());
            grid(xy::setDomainGridlinePaint, xy::setDomainGridlineStroke, theme);
            grid(xy::setRangeGridlinePaint, xy::setRangeGridlineStroke, theme);
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeAxis(configured(category.getRangeAxis(), axes.logY(), axes.yMin(), axes.yMax(), axes));
            category.setRangeGridlinesVisible(axes.grid());
            grid(category::setRangeGridlinePaint, category::setRangeGridlineStroke, theme);
        }
    }

    private static void grid(Consumer<java.awt.Paint> paint, Consumer<java.awt.Stroke> stroke, ColorTheme theme) {
        paint.accept(theme.grid());
        stroke.accept(GRID);
    }

    private static ValueAxis configured(ValueAxis axis, boolean log, Double min, Double max, AxisOptions axes) {
        if (axis == null) {
            return null;
        }
        // a text axis (SymbolAxis is a NumberAxis of positions) has no scale to take the log of
        ValueAxis result = log && axis instanceof NumberAxis && !(axis instanceof SymbolAxis) ? logLike(axis) : axis;
        if (axes.tickFormat() != null) {
            if (result instanceof NumberAxis number) {
                number.setNumberFormatOverride(new TickLabelFormat(axes.tickValueFormat()));
            } else if (result instanceof LogAxis logAxis) {
                logAxis.setNumberFormatOverride(new TickLabelFormat(axes.tickValueFormat()));
            }
        }
        if (min != null && max != null) {
            result.setRange(min, max);
        } else if (min != null) {
            result.setLowerBound(min);
        } else if (max != null) {
            result.setUpperBound(max);
        }
        return result;
    }

    /** A log axis that looks like {@code axis}: same label, fonts, paints and tick marks. */
    private static LogAxis logLike(ValueAxis axis) {
        LogAxis log = new LogAxis(axis.getLabel());
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
        log.setMinorTickMarksVisible(false);
        log.setLowerMargin(axis.getLowerMargin());
        log.setUpperMargin(axis.getUpperMargin());
        log.setSmallestValue(1e-300);
        // whole powers of ten only (10^1, 10^2, ...), as matplotlib's LogLocator; JFreeChart would tick 10^1.5
        log.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        return log;
    }
}
