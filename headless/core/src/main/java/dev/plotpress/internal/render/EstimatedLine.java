package dev.plotpress.internal.render;

import dev.plotpress.model.Estimate.ErrorBar;
import dev.plotpress.model.Estimate.Estimator;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * seaborn's lineplot over rows that share an x: one point per distinct x (in x order) at the estimator of its
 * rows, and the band around it ({@link Estimation#interval}: by default the 95% bootstrap confidence interval of
 * the mean). An x with one row has no interval; the band narrows to the line there (seaborn leaves a gap).
 * {@code lows} and {@code highs} are null when there is no band ({@code errorbar: none}).
 */
record EstimatedLine(double[] xs, double[] ys, double[] lows, double[] highs) {

    /** True when some x appears in more than one row with a y: the rows need an estimator to become one line. */
    static boolean repeatsX(double[] xs, double[] ys) {
        double[] finite = IntStream.range(0, xs.length).filter(i -> Double.isFinite(xs[i]) && Double.isFinite(ys[i]))
                .mapToDouble(i -> xs[i]).sorted().toArray();
        for (int i = 1; i < finite.length; i++) {
            if (finite[i] == finite[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /** The rows where both x and y are numbers, summed up per x; NaN rows were counted by {@link DrawnValues}. */
    static EstimatedLine of(double[] xs, double[] ys, Estimator estimator, ErrorBar errorBar) {
        Integer[] order = IntStream.range(0, xs.length).filter(i -> Double.isFinite(xs[i]) && Double.isFinite(ys[i]))
                .boxed().sorted(Comparator.comparingDouble(i -> xs[i])).toArray(Integer[]::new);
        int distinct = 0;
        for (int i = 0; i < order.length; i++) {
            distinct += i == 0 || xs[order[i]] != xs[order[i - 1]] ? 1 : 0;
        }
        double[] atX = new double[distinct];
        double[] estimates = new double[distinct];
        double[] lows = errorBar == ErrorBar.NONE ? null : new double[distinct];
        double[] highs = errorBar == ErrorBar.NONE ? null : new double[distinct];
        int point = 0;
        for (int start = 0; start < order.length; point++) {
            int end = start;
            while (end < order.length && xs[order[end]] == xs[order[start]]) {
                end++;
            }
            double[] values = new double[end - start];
            for (int i = start; i < end; i++) {
                values[i - start] = ys[order[i]];
            }
            atX[point] = xs[order[start]];
            estimates[point] = Estimation.estimate(estimator, values);
            if (lows != null) {
                double[] interval = Estimation.interval(errorBar, estimator, values, estimates[point]);
                lows[point] = interval == null ? estimates[point] : interval[0];
                highs[point] = interval == null ? estimates[point] : interval[1];
            }
            start = end;
        }
        return new EstimatedLine(atX, estimates, lows, highs);
    }
}
