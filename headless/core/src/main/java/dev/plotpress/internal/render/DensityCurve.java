package dev.plotpress.internal.render;

/**
 * seaborn's kernel density estimate of one group's values, as {@code histplot(kde=True)} draws it: scipy's
 * {@code gaussian_kde} with Scott's rule (bandwidth = standard deviation (ddof 1) x n^(-1/5)), evaluated at 200 evenly
 * spaced points over the given span (histplot's {@code cut=0}: the values' range, shared by all groups).
 */
final class DensityCurve {
    static final int POINTS = 200;
    private static final double ROOT_TWO_PI = Math.sqrt(2 * Math.PI);

    private DensityCurve() {
    }

    /** The {@link #POINTS} x values from {@code min} to {@code max}, as numpy's linspace. */
    static double[] grid(double min, double max) {
        double[] grid = new double[POINTS];
        double step = (max - min) / (POINTS - 1);
        for (int i = 0; i < POINTS; i++) {
            grid[i] = min + i * step;
        }
        grid[POINTS - 1] = max;
        return grid;
    }

    /** Scott's bandwidth of {@code values}; NaN for fewer than two values or no spread (no curve then, as seaborn's). */
    static double bandwidth(double[] values) {
        int n = values.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mean = Estimation.mean(values);
        double sd = Estimation.standardDeviation(values);
        if (!(sd > 1e-6 * Math.max(1, Math.abs(mean)))) { // seaborn's math.isclose(variance, 0): no curve
            return Double.NaN;
        }
        return sd * Math.pow(n, -0.2);
    }

    /** The density (integral 1) of {@code values} at each point of {@code grid}; null for fewer than two distinct values. */
    static double[] of(double[] values, double[] grid) {
        int n = values.length;
        double bandwidth = bandwidth(values);
        if (Double.isNaN(bandwidth)) {
            return null;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        // beyond 8.5 bandwidths a kernel adds less than 1e-15 of its peak: only the values within reach are summed
        double reach = 8.5 * bandwidth;
        double[] density = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            int from = lowerBound(sorted, grid[i] - reach);
            double sum = 0;
            for (int v = from; v < n && sorted[v] <= grid[i] + reach; v++) {
                double z = (grid[i] - sorted[v]) / bandwidth;
                sum += Math.exp(-0.5 * z * z);
            }
            density[i] = sum / (n * bandwidth * ROOT_TWO_PI);
        }
        return density;
    }

    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
