package dev.plotpress.internal.render;

import java.util.Arrays;

/**
 * What a box plot draws for one group, as matplotlib's {@code boxplot} computes it: quartiles by linear
 * interpolation (numpy's default percentile), whiskers at the furthest data points within 1.5 IQR of the box,
 * and every point beyond them an outlier. NaNs are ignored.
 */
record BoxStatistics(double mean, double q1, double median, double q3, double lowWhisker,
                            double highWhisker, double[] outliers, int count) {
    public static final double WHISKER_IQR = 1.5;

    public static BoxStatistics of(double[] values) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            return new BoxStatistics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    new double[0], 0);
        }
        double q1 = percentile(sorted, 0.25);
        double q3 = percentile(sorted, 0.75);
        double reach = WHISKER_IQR * (q3 - q1);
        double low = Arrays.stream(sorted).filter(v -> v >= q1 - reach).min().orElse(q1);
        double high = Arrays.stream(sorted).filter(v -> v <= q3 + reach).max().orElse(q3);
        double[] outliers = Arrays.stream(sorted).filter(v -> v < low || v > high).toArray();
        return new BoxStatistics(Arrays.stream(sorted).average().orElse(Double.NaN), q1, percentile(sorted, 0.5), q3,
                low, high, outliers, sorted.length);
    }

    /** numpy.percentile's default ("linear"): position p * (n - 1) between the two nearest ranks. */
    static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    public double min() {
        return outliers.length > 0 ? Math.min(outliers[0], lowWhisker) : lowWhisker;
    }

    public double max() {
        return outliers.length > 0 ? Math.max(outliers[outliers.length - 1], highWhisker) : highWhisker;
    }

    @Override
    public double[] outliers() {
        return outliers.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoxStatistics b && b.count == count && Double.compare(b.q1, q1) == 0
                && Double.compare(b.median, median) == 0 && Double.compare(b.q3, q3) == 0
                && Double.compare(b.lowWhisker, lowWhisker) == 0 && Double.compare(b.highWhisker, highWhisker) == 0
                && Arrays.equals(b.outliers, outliers);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {q1, median, q3, lowWhisker, highWhisker, count}) * 31 + Arrays.hashCode(outliers);
    }
}
