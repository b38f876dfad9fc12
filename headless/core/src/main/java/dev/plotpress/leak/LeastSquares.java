package dev.plotpress.leak;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** The least-squares line through points: its slope is how fast memory grows per chart. */
public record LeastSquares(double slope, double intercept, int points) {

    public static <T> LeastSquares fit(List<T> items, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
        int n = items.size();
        if (n < 2) {
            return new LeastSquares(0, n == 1 ? y.applyAsDouble(items.get(0)) : 0, n);
        }
        double meanX = items.stream().mapToDouble(x).average().orElse(0);
        double meanY = items.stream().mapToDouble(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (T item : items) {
            double dx = x.applyAsDouble(item) - meanX;
            sxy += dx * (y.applyAsDouble(item) - meanY);
            sxx += dx * dx;
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new LeastSquares(slope, meanY - slope * meanX, n);
    }
}
