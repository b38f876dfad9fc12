package dev.plotpress.transform;

import java.util.Arrays;

/**
 * What an aggregate computes per group, as pandas' GroupBy does: missing values are skipped; {@code std} divides
 * by n - 1; {@code q1}, {@code median} and {@code q3} interpolate linearly between the two nearest values
 * (pandas' and numpy's default); {@code sum} of no values is 0, the others NaN; {@code count} counts values
 * present and {@code distinct} the different ones.
 */
public enum Statistic {
    COUNT("count"), SUM("sum"), MEAN("mean"), MEDIAN("median"), MIN("min"), MAX("max"), STD("std"), Q1("q1"),
    Q3("q3"), DISTINCT("distinct");

    final String specName;

    Statistic(String specName) {
        this.specName = specName;
    }

    /** Whether the result is a point in time when the input is (min of dates is a date; count is a number). */
    boolean keepsTime() {
        return this == MEAN || this == MEDIAN || this == MIN || this == MAX || this == Q1 || this == Q3;
    }

    /** Whether it applies to a categorical column (only counting does). */
    boolean countsOnly() {
        return this == COUNT || this == DISTINCT;
    }

    /** The statistic of {@code values[from, to)} (any order; sorted in place for the order statistics). */
    double of(double[] values, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(values[i])) {
                values[from + n++] = values[i];
            }
        }
        int end = from + n;
        switch (this) {
            case COUNT:
                return n;
            case SUM: {
                double sum = 0;
                for (int i = from; i < end; i++) {
                    sum += values[i];
                }
                return sum;
            }
            case MEAN:
                return n == 0 ? Double.NaN : SUM.of(values, from, end) / n;
            case STD: {
                if (n < 2) {
                    return Double.NaN;
                }
                double mean = MEAN.of(values, from, end);
                double squares = 0;
                for (int i = from; i < end; i++) {
                    squares += (values[i] - mean) * (values[i] - mean);
                }
                return Math.sqrt(squares / (n - 1));
            }
            case DISTINCT: {
                Arrays.sort(values, from, end);
                int distinct = 0;
                for (int i = from; i < end; i++) {
                    if (i == from || values[i] != values[i - 1]) {
                        distinct++;
                    }
                }
                return distinct;
            }
            default:
                break;
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(values, from, end);
        return switch (this) {
            case MIN -> values[from];
            case MAX -> values[end - 1];
            case MEDIAN -> quantile(values, from, n, 0.5);
            case Q1 -> quantile(values, from, n, 0.25);
            case Q3 -> quantile(values, from, n, 0.75);
            default -> throw new IllegalStateException(name());
        };
    }

    private static double quantile(double[] sorted, int from, int n, double q) {
        double position = q * (n - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, n - 1);
        double fraction = position - below;
        return sorted[from + below] + (sorted[from + above] - sorted[from + below]) * fraction;
    }

    static Statistic fromSpecName(String name) {
        for (Statistic statistic : values()) {
            if (statistic.specName.equals(name)) {
                return statistic;
            }
        }
        return null;
    }
}
