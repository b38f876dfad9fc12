package dev.plotpress.internal.render;

import dev.plotpress.model.Estimate.ErrorBar;
import dev.plotpress.model.Estimate.Estimator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * seaborn's estimators and error bars over the values of one group (NaN already left out). The confidence
 * interval is seaborn's: the 2.5th and 97.5th percentiles (numpy's linear interpolation) of the estimator over
 * 1000 resamples with replacement, drawn from a generator with a fixed seed, so the same data always gives the
 * same interval (and the same bytes).
 */
final class Estimation {
    static final int BOOTSTRAPS = 1000;
    private static final long SEED = 0;

    private Estimation() {
    }

    static double estimate(Estimator estimator, double[] values) {
        if (values.length == 0) {
            return estimator == Estimator.COUNT || estimator == Estimator.SUM ? 0 : Double.NaN;
        }
        return switch (estimator) {
            case MEAN, NONE -> mean(values);
            case MEDIAN -> percentile(sorted(values), 50);
            case SUM -> Arrays.stream(values).sum();
            case MIN -> Arrays.stream(values).min().orElseThrow();
            case MAX -> Arrays.stream(values).max().orElseThrow();
            case COUNT -> values.length;
        };
    }

    /** {low, high} around {@code estimate}, or null when there is none (no error bar, or fewer than two values). */
    static double[] interval(ErrorBar errorBar, Estimator estimator, double[] values, double estimate) {
        if (errorBar == ErrorBar.NONE || values.length < 2) {
            return null;
        }
        return switch (errorBar) {
            case SD -> {
                double sd = standardDeviation(values);
                yield new double[] {estimate - sd, estimate + sd};
            }
            case SE -> {
                double se = standardDeviation(values) / Math.sqrt(values.length);
                yield new double[] {estimate - se, estimate + se};
            }
            case CI -> bootstrap(estimator, values);
            case NONE -> null;
        };
    }

    private static double[] bootstrap(Estimator estimator, double[] values) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] estimates = new double[BOOTSTRAPS];
        double[] sample = new double[values.length];
        for (int b = 0; b < BOOTSTRAPS; b++) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = values[random.nextInt(values.length)];
            }
            estimates[b] = estimate(estimator, sample);
        }
        Arrays.sort(estimates);
        return new double[] {percentile(estimates, 2.5), percentile(estimates, 97.5)};
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** With ddof 1, as pandas' std() and seaborn's "sd". */
    static double standardDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** numpy's percentile(..., method="linear") of sorted values. */
    static double percentile(double[] sorted, double percent) {
        double position = percent / 100 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
