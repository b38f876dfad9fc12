package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A numeric hue as seaborn maps one on a scatter or line plot: each value coloured from {@code colormap} stretched
 * over the values' range (seaborn's own cubehelix unless the spec sets another), whatever the number of values, and
 * a legend headed by the column of every value when there are at most six, else of the round values matplotlib's
 * {@code MaxNLocator(6)} puts inside the range (seaborn's "brief" legend). A text hue, or a numeric column made
 * categories with {@code types:}, is {@link HueGroups}' instead.
 *
 * @param legendValues the values the legend shows, smallest first
 * @param legendLabels how it writes them
 */
record NumericHue(String column, ColormapScale scale, double[] legendValues, String[] legendLabels) {
    /** seaborn's {@code _legend_brief_ticks}: more values than this, and the legend shows round values instead. */
    static final int BRIEF_TICKS = 6;
    private static final double[] STEPS = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}; // MaxNLocator's default steps

    /** The numeric hue of a line or scatter chart, or null when its hue is categories (or it has none). */
    static NumericHue of(ChartSpec spec, Table table) {
        if (!drawsNumbers(spec, table)) {
            return null;
        }
        NumericColumn values = (NumericColumn) table.column(spec.hue());
        TreeSet<Double> levels = new TreeSet<>();
        for (int row = 0; row < values.size(); row++) {
            if (Double.isFinite(values.get(row))) {
                levels.add(values.get(row));
            }
        }
        // a facet panel (or a line sorted by x) is given the whole table's values as hueOrder: every panel shares its range
        spec.hueOrder().forEach(name -> levels.add(Double.parseDouble(name)));
        if (levels.isEmpty()) {
            throw new BadInputException(table.source() + ": hue column '" + spec.hue() + "' is empty; fill it in or drop hue");
        }
        double lowest = levels.first();
        double highest = levels.last();
        double[] shown = levels.size() <= BRIEF_TICKS ? levels.stream().mapToDouble(Double::doubleValue).toArray()
                : Arrays.stream(maxNLocator(lowest, highest, BRIEF_TICKS)).filter(v -> v >= lowest && v <= highest).toArray();
        return new NumericHue(spec.hue(), ColormapScale.over(spec.colormap(), lowest, highest), shown, fixedDecimals(shown));
    }

    /**
     * Every value of the numeric hue column, smallest first, named as {@link HueGroups} names them: a facet grid's
     * panels are given them as hueOrder, so every panel colours over the whole table's range and shows its legend.
     */
    static List<String> levelNames(Table table, String hue) {
        NumericColumn values = (NumericColumn) table.column(hue);
        java.util.TreeMap<Double, String> names = new java.util.TreeMap<>();
        for (int row = 0; row < values.size(); row++) {
            if (Double.isFinite(values.get(row))) {
                names.putIfAbsent(values.get(row), Categories.nameOf(values, row));
            }
        }
        return List.copyOf(names.values());
    }

    /** True when {@code spec} colours by a numeric hue column (a line's or scatter's) rather than by categories. */
    static boolean drawsNumbers(ChartSpec spec, Table table) {
        return spec.hue() != null && (spec.kind() == ChartKind.LINE || spec.kind() == ChartKind.SCATTER)
                && table.has(spec.hue()) && table.column(spec.hue()) instanceof NumericColumn;
    }

    Color colorOf(double value) {
        return (Color) scale.getPaint(value);
    }

    /** The legend: a dot (scatter) or a line sample per legend value, in its colour. */
    LegendItemCollection legend(boolean lines, Shape dot, java.awt.Stroke stroke) {
        LegendItemCollection items = new LegendItemCollection();
        Shape sample = new Line2D.Double(-7, 0, 7, 0);
        for (int i = 0; i < legendValues.length; i++) {
            Color color = colorOf(legendValues[i]);
            LegendItem item = lines
                    ? new LegendItem(legendLabels[i], null, null, null, false, dot, false, color, false, color, stroke,
                    true, sample, stroke, color)
                    : new LegendItem(legendLabels[i], null, null, null, dot, color);
            items.add(item);
        }
        return items;
    }

    /**
     * matplotlib's {@code MaxNLocator(nbins).tick_values(vmin, vmax)} (3.6, default steps, vmin < vmax): the ticks of
     * the smallest round step that cuts the range into at most {@code nbins} pieces, one tick at or beyond each end.
     */
    static double[] maxNLocator(double vmin, double vmax, int nbins) {
        double dv = vmax - vmin;
        double mean = (vmax + vmin) / 2;
        double offset = Math.abs(mean) / dv < 100 ? 0 : Math.copySign(Math.pow(10, Math.floor(Math.log10(Math.abs(mean)))), mean);
        double scale = Math.pow(10, Math.floor(Math.log10(dv / nbins)));
        double low = vmin - offset;
        double high = vmax - offset;
        double rawStep = (high - low) / nbins;
        double[] steps = new double[STEPS.length * 2];
        for (int i = 0; i < STEPS.length - 1; i++) {
            steps[i] = 0.1 * STEPS[i] * scale;
        }
        for (int i = 0; i < STEPS.length; i++) {
            steps[STEPS.length - 1 + i] = STEPS[i] * scale;
        }
        steps[steps.length - 1] = 10 * STEPS[1] * scale;
        int first = 0;
        while (steps[first] < rawStep) {
            first++;
        }
        double[] ticks = null;
        for (int index = first; index >= 0; index--) {
            double step = steps[index];
            double best = Math.floor(low / step) * step;
            double tolerance = offset == 0 ? 1e-10 : Math.min(0.4999, Math.max(1e-10, Math.pow(10, Math.log10(Math.abs(offset) / step) - 12)));
            double lowest = floorMultiple(low - best, step, tolerance);
            double highest = ceilMultiple(high - best, step, tolerance);
            ticks = new double[(int) (highest - lowest) + 1];
            int inside = 0;
            for (int i = 0; i < ticks.length; i++) {
                ticks[i] = (lowest + i) * step + best;
                inside += ticks[i] <= high && ticks[i] >= low ? 1 : 0;
                ticks[i] += offset;
            }
            if (inside >= 2) {
                break;
            }
        }
        return ticks;
    }

    /** matplotlib's {@code _Edge_integer.le}: the largest n with n * step <= x, allowing for rounding. */
    private static double floorMultiple(double x, double step, double tolerance) {
        double d = Math.floor(x / step);
        double m = x - d * step;
        return Math.abs(m / step - 1) < tolerance ? d + 1 : d;
    }

    /** matplotlib's {@code _Edge_integer.ge}: the smallest n with n * step >= x, allowing for rounding. */
    private static double ceilMultiple(double x, double step, double tolerance) {
        double d = Math.floor(x / step);
        double m = x - d * step;
        return Math.abs(m / step) < tolerance ? d : d + 1;
    }

    /**
     * The values with as many decimals as the roundest needs, all alike (matplotlib's ScalarFormatter without offset or
     * scientific notation, as seaborn writes a brief legend): 1800, 2400; 0.25, 0.50, 0.75.
     */
    static String[] fixedDecimals(double[] values) {
        int decimals = 0;
        for (double value : values) {
            BigDecimal exact = new BigDecimal(value).round(new java.math.MathContext(10)).stripTrailingZeros(); // 0.1 * 3 is 0.3
            decimals = Math.max(decimals, Math.min(10, Math.max(0, exact.scale())));
        }
        int places = decimals;
        return Arrays.stream(values).mapToObj(v -> String.format(java.util.Locale.ROOT, "%." + places + "f", v == 0 ? 0.0 : v)
                .replace('-', '\u2212')).toArray(String[]::new);
    }
}
