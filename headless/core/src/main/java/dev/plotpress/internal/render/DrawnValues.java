package dev.plotpress.internal.render;

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
        warnings.rows(missing, "have no " + column + " value and are left out");
        warnings.rows(nonPositive, "have " + column + " <= 0 and are not on the log " + axis + " axis");
        return drawn;
    }
}
