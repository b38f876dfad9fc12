package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Table;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;

import java.util.Arrays;
import java.util.List;

/**
 * An area chart's y column split by hue (long data, as a pivot to wide columns would give): one value per x and
 * group, over the x values of all groups in order. Two rows with the same x and group are an error (an area has one
 * height there; the spec should aggregate them first). In a stack a group without a row at some x counts as 0 there,
 * and the chart says how many such gaps there are.
 */
record HueAreas(String y, String x, String hue, List<String> names, double[] xs, double[][] values) {

    static HueAreas of(ChartSpec spec, Table table, HueGroups groups, double[] rowXs, double[] rowYs) {
        String y = spec.y().isEmpty() ? SeriesColumns.y(spec, table).get(0).name() : spec.y().get(0);
        double[] xs = java.util.stream.IntStream.range(0, rowXs.length)
                .filter(row -> Double.isFinite(rowXs[row]) && Double.isFinite(rowYs[row]))
                .mapToDouble(row -> rowXs[row]).sorted().distinct().toArray();
        double[][] values = new double[groups.size()][xs.length];
        for (int g = 0; g < groups.size(); g++) {
            Arrays.fill(values[g], Double.NaN);
            long repeated = 0;
            for (int row : groups.rows().get(g)) {
                if (!Double.isFinite(rowXs[row]) || !Double.isFinite(rowYs[row])) {
                    continue; // counted by DrawnValues
                }
                int at = Arrays.binarySearch(xs, rowXs[row]);
                repeated += Double.isNaN(values[g][at]) ? 0 : 1;
                values[g][at] = rowYs[row];
            }
            if (repeated > 0) {
                String x = spec.x() == null ? "row" : spec.x();
                // the mean, as a bar chart sums up the rows sharing an x by default: right for a measure (life
                // expectancy) where a sum is not; a count or amount can be summed instead
                throw new BadInputException(table.source() + ": " + repeated + (repeated == 1 ? " row of " : " rows of ")
                        + spec.hue() + " '" + groups.names().get(g) + (repeated == 1 ? "' repeats " : "' repeat ") + dev.plotpress.internal.model.Article.before(x) + " value, and an area "
                        + "has one height per " + x + " and " + spec.hue() + "; aggregate them first (the mean, or sum: "
                        + y + " for amounts): transform: [{aggregate: {groupBy: [" + x + ", " + spec.hue() + "], mean: "
                        + y + "}}]");
            }
        }
        return new HueAreas(y, spec.x() == null ? "row" : spec.x(), spec.hue(), groups.names(), xs, values);
    }

    /** Each group's own rows, filled down to zero. */
    XYDataset overlapping() {
        DefaultXYDataset dataset = new DefaultXYDataset();
        for (int g = 0; g < names.size(); g++) {
            dataset.addSeries(names.get(g), LineScatterChart.finitePairs(xs, values[g]));
        }
        return dataset;
    }

    /** Cumulative sums over the groups at every x, a gap counted as 0 and reported once for all groups. */
    XYDataset stacked(boolean logY, Warnings warnings) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        double[] total = new double[xs.length];
        long gaps = 0;
        for (int g = 0; g < names.size(); g++) {
            for (int i = 0; i < xs.length; i++) {
                gaps += Double.isNaN(values[g][i]) ? 1 : 0;
                total[i] += Double.isNaN(values[g][i]) ? 0 : values[g][i];
            }
            dataset.addSeries(names.get(g), LineScatterChart.finitePairs(xs,
                    logY ? DrawnValues.on(total, "the stacked total up to " + names.get(g), true, "y", warnings) : total.clone()));
        }
        warnings.counted(gaps, (long) names.size() * xs.length, x + " and " + hue + " pairs have no " + y
                + " row and count as 0 in the stack");
        return dataset;
    }
}
