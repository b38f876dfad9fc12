package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;

/**
 * A column's values as an axis can show them: a missing value (NaN) stays NaN and is counted, and on a log axis
 * a value <= 0 becomes NaN and is counted too, as matplotlib masks what a log scale cannot place. Charts draw
 * the result and leave the NaN out; the counts become the render's warnings.
 */
final class DrawnValues {
    private DrawnValues() {
    }

    /**
     * @param axis "x" or "y", for the warning's words
     */
    static double[] on(double[] values, String column, boolean log, String axis, Warnings warnings) {
        double[] drawn = values.clone();
        long missing = 0;
        long nonPositive = 0;
        for (int i = 0; i < drawn.length; i++) {
            if (Double.isNaN(drawn[i])) {
                missing++;
            } else if (log && drawn[i] <= 0) {
                drawn[i] = Double.NaN;
                nonPositive++;
            }
        }
        if (!log) {
            refuseOverflowingSpan(drawn, column);
        }
        warnings.rows(missing, "have no " + column + " value and are left out");
        warnings.rows(nonPositive, "have " + column + " <= 0 and are not on the log " + axis + " axis");
        return drawn;
    }

    /**
     * An axis of 1e308 and -1e308 is 2e308 long, which overflows a double: JFreeChart then draws an empty frame, and no
     * row is the wrong one to leave out. The 10% is the margins' room on top of the span.
     */
    private static void refuseOverflowingSpan(double[] values, String column) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (Double.isFinite(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        double span = max - min;
        if (max > min && !(Double.isFinite(max + span / 10) && Double.isFinite(min - span / 10))) {
            throw new BadInputException(column + ": the values run from " + min + " to " + max + ", a span (with the "
                    + "axis margins) beyond the largest number a chart can compute with, about 1.8e308; rescale the column "
                    + "(divide it by 1e10, say)");
        }
    }
}
