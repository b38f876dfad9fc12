package dev.plotpress.internal.render;

import java.util.Arrays;

/**
 * How many bins a histogram gets when the spec says neither {@code bins} nor {@code binWidth}: numpy's
 * {@code bins='auto'} (what seaborn's histplot uses), the larger of the Sturges and Freedman-Diaconis counts (the
 * narrower width), Sturges alone when the interquartile range is 0. numpy has no upper bound; one outlier far from a
 * tight middle would ask for millions of bars, so past {@link #MOST} the chart draws {@link #MOST} and says so.
 */
final class AutoBins {
    /** Bars under about a pixel wide at the default 800 px: more is noise, not detail. */
    static final int MOST = 500;

    private AutoBins() {
    }

    /** numpy's count ({@code len(np.histogram_bin_edges(values, 'auto')) - 1}) over {@code min..max}, not capped. */
    static long count(double[] finiteValues, double min, double max) {
        int n = finiteValues.length;
        double span = max - min;
        double sturges = Arrays.stream(finiteValues).max().orElseThrow() - Arrays.stream(finiteValues).min().orElseThrow();
        sturges /= Math.log(n) / Math.log(2) + 1;
        double[] sorted = finiteValues.clone();
        Arrays.sort(sorted);
        double iqr = percentile(sorted, 0.75) - percentile(sorted, 0.25);
        double freedmanDiaconis = 2 * iqr * Math.pow(n, -1.0 / 3);
        double width = freedmanDiaconis > 0 ? Math.min(freedmanDiaconis, sturges) : sturges;
        return width > 0 ? (long) Math.ceil(span / width) : 1;
    }

    /** numpy's percentile with its default linear interpolation, over sorted values. */
    private static double percentile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        double t = at - below;
        double difference = sorted[above] - sorted[below];
        return t >= 0.5 ? sorted[above] - difference * (1 - t) : sorted[below] + difference * t; // numpy's _lerp
    }
}
