package dev.plotpress.internal.render;

import dev.plotpress.model.Fit;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * seaborn's regplot line: numpy's polyfit of the points, evaluated on 100 evenly spaced x values from the smallest
 * to the largest x, and the band as seaborn draws it: the {@code ci}% percentile interval, at each of those x, of
 * the curves fitted to 1000 resamples of the points (with replacement, a fixed seed, so the bytes stay the same).
 */
record FittedCurve(double[] xs, double[] ys, double[] lows, double[] highs) {
    static final int POINTS = 100;
    private static final long SEED = 0;

    /** The curve through the finite (x, y) pairs, or null when they have fewer distinct x than the order needs. */
    static FittedCurve of(double[] x, double[] y, Fit fit) {
        double[][] pairs = LineScatterChart.finitePairs(x, y);
        double[] px = pairs[0];
        double[] py = pairs[1];
        if (Arrays.stream(px).distinct().limit(fit.order() + 1).count() <= fit.order()) {
            return null;
        }
        double min = Arrays.stream(px).min().orElseThrow();
        double max = Arrays.stream(px).max().orElseThrow();
        Scale scale = Scale.over(min, max);
        double[] grid = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            grid[i] = min + (max - min) * i / (POINTS - 1);
        }
        double[] ys = evaluate(coefficients(px, py, null, fit.order(), scale), grid, scale);
        if (!fit.band()) {
            return new FittedCurve(grid, ys, null, null);
        }
        double[][] boots = new double[POINTS][Estimation.BOOTSTRAPS];
        SplittableRandom random = new SplittableRandom(SEED);
        int[] sample = new int[px.length];
        for (int b = 0; b < Estimation.BOOTSTRAPS; b++) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = random.nextInt(px.length);
            }
            double[] curve = evaluate(coefficients(px, py, sample, fit.order(), scale), grid, scale);
            for (int i = 0; i < POINTS; i++) {
                boots[i][b] = curve[i];
            }
        }
        double[] lows = new double[POINTS];
        double[] highs = new double[POINTS];
        double tail = (100 - fit.ci()) / 2.0;
        for (int i = 0; i < POINTS; i++) {
            double[] at = boots[i];
            Arrays.sort(at);
            // a resample with too few distinct x fits no curve (NaN): numpy's nanpercentile leaves those out too
            int finite = at.length;
            while (finite > 0 && Double.isNaN(at[finite - 1])) {
                finite--;
            }
            double[] fitted = finite == at.length ? at : Arrays.copyOf(at, finite);
            lows[i] = finite == 0 ? ys[i] : Estimation.percentile(fitted, tail);
            highs[i] = finite == 0 ? ys[i] : Estimation.percentile(fitted, 100 - tail);
        }
        return new FittedCurve(grid, ys, lows, highs);
    }

    /**
     * The least-squares polynomial's coefficients in the scaled x (rows {@code sample} of the points, or all of them),
     * lowest power first; NaNs when the rows leave the normal equations singular.
     */
    static double[] coefficients(double[] x, double[] y, int[] sample, int order, Scale scale) {
        int terms = order + 1;
        double[] powers = new double[2 * order + 1];
        double[] moments = new double[terms];
        int rows = sample == null ? x.length : sample.length;
        for (int r = 0; r < rows; r++) {
            int row = sample == null ? r : sample[r];
            double t = scale.of(x[row]);
            double p = 1;
            for (int k = 0; k < powers.length; k++) {
                powers[k] += p;
                if (k < terms) {
                    moments[k] += p * y[row];
                }
                p *= t;
            }
        }
        double[][] system = new double[terms][terms + 1];
        for (int i = 0; i < terms; i++) {
            for (int j = 0; j < terms; j++) {
                system[i][j] = powers[i + j];
            }
            system[i][terms] = moments[i];
        }
        return solve(system, rows);
    }

    /** Gaussian elimination with partial pivoting of an augmented n x (n+1) system. */
    private static double[] solve(double[][] a, int rows) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            // a pivot this small against the row count means the x values cannot tell the terms apart
            if (Math.abs(a[pivot][col]) <= 1e-12 * rows) {
                double[] none = new double[n];
                Arrays.fill(none, Double.NaN);
                return none;
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        double[] solution = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = a[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * solution[c];
            }
            solution[r] = sum / a[r][r];
        }
        return solution;
    }

    private static double[] evaluate(double[] coefficients, double[] grid, Scale scale) {
        double[] ys = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            double t = scale.of(grid[i]);
            double y = 0;
            for (int k = coefficients.length - 1; k >= 0; k--) {
                y = y * t + coefficients[k];
            }
            ys[i] = y;
        }
        return ys;
    }

    /** x mapped onto [-1, 1], so that powers of dates (milliseconds since 1970) or of large numbers stay well conditioned. */
    record Scale(double middle, double half) {
        static Scale over(double min, double max) {
            return new Scale((min + max) / 2, max > min ? (max - min) / 2 : 1);
        }

        double of(double x) {
            return (x - middle) / half;
        }
    }
}
