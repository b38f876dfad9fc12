package dev.plotpress.model;

import dev.plotpress.internal.model.DrawnBy;
import static dev.plotpress.model.ChartKind.AREA;
import static dev.plotpress.model.ChartKind.HISTOGRAM;
import static dev.plotpress.model.ChartKind.LINE;
import static dev.plotpress.model.ChartKind.SCATTER;

/**
 * How the axes read: log scales, fixed ranges (else the data's own), the tick label format ({@code .2g},
 * {@code .1f}, {@code %.0f}; null means the chart library's choice) and whether grid lines are drawn (off by default, as in matplotlib).
 * Bound from the spec file's {@code axes:} as it is written: an absent key is null here and becomes its default.
 */
public record AxisOptions(@DrawnBy(value = {LINE, SCATTER, HISTOGRAM, AREA}, instead = CATEGORIES) Boolean logX, Boolean logY,
                          @DrawnBy(value = {LINE, SCATTER, HISTOGRAM, AREA}, instead = CATEGORIES) Double xMin,
                          @DrawnBy(value = {LINE, SCATTER, HISTOGRAM, AREA}, instead = CATEGORIES) Double xMax, Double yMin, Double yMax,
                          String tickFormat, Boolean grid) {
    private static final String CATEGORIES = "a bar or box chart's x axis is categories, which have no scale or range";
    public static final AxisOptions DEFAULT = new AxisOptions(false, false, null, null, null, null, null, false);

    public AxisOptions {
        logX = logX != null && logX;
        logY = logY != null && logY;
        grid = grid != null && grid;
        requireOrdered("axes.xMin", xMin, "axes.xMax", xMax);
        requireOrdered("axes.yMin", yMin, "axes.yMax", yMax);
        requirePositiveOnLog("axes.xMin", logX, xMin);
        requirePositiveOnLog("axes.yMin", logY, yMin);
        if (tickFormat != null) {
            ValueFormat.of("axes.tickFormat", tickFormat);
        }
    }

    public ValueFormat tickValueFormat() {
        return tickFormat == null ? null : ValueFormat.of("axes.tickFormat", tickFormat);
    }

    private static void requireOrdered(String minField, Double min, String maxField, Double max) {
        if (min != null && !Double.isFinite(min)) {
            throw new InvalidSpecException(minField, "must be a finite number, got " + min);
        }
        if (max != null && !Double.isFinite(max)) {
            throw new InvalidSpecException(maxField, "must be a finite number, got " + max);
        }
        if (min != null && max != null && !(min < max)) {
            throw new InvalidSpecException(minField, "must be below " + maxField + " (" + min + " >= " + max + ")");
        }
    }

    private static void requirePositiveOnLog(String field, boolean log, Double min) {
        if (log && min != null && !(min > 0)) {
            throw new InvalidSpecException(field, "a log axis starts above 0, got " + min
                    + "; give a positive minimum or drop the log scale");
        }
    }
}
