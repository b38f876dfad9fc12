package dev.plotpress.internal.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Estimate.ErrorBar;
import dev.plotpress.model.Estimate.Estimator;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars as seaborn's barplot and countplot draw them: one group per x value (text in order of appearance,
 * numbers sorted; without x, one per row), one bar per y column or hue value. Without y a bar is the number of
 * rows (countplot); with y it is the estimator of the rows in the group (the mean by default) with an error bar
 * (a 95% bootstrap confidence interval by default). Bars side by side (seaborn's dodge), or stacked.
 */
final class BarChart {
    /** seaborn's error bar: ".26" grey, 1.8 times matplotlib's line width. */
    private static final Color ERROR_BAR = new Color(0x424242);
    private static final BasicStroke ERROR_STROKE = new BasicStroke(2.7f);

    private BarChart() {
    }

    /** The bars' series (one per y column or hue value) and, per series and group, the rows' values. */
    private record Bars(List<String> series, List<String> styleColumns, List<List<double[]>> values) {
    }

    static JFreeChart build(ChartSpec spec, Table table, Warnings warnings) {
        boolean counting = spec.y().isEmpty() && spec.x() != null;
        Estimator estimator = estimator(spec, counting);
        ErrorBar errorBar = errorBar(spec, counting, estimator);
        Categories groups = spec.x() == null ? Categories.rows(table.rowCount()) : Categories.of(table.column(spec.x()));
        if (spec.x() != null) {
            warnings.rows(groups.missing(), "have no " + spec.x() + " value and are left out");
        }
        List<NumericColumn> ys = counting ? List.of() : SeriesColumns.y(spec, table);
        Bars bars = bars(spec, table, groups, ys, warnings);

        int seriesCount = bars.series().size();
        double[][] heights = new double[seriesCount][groups.size()];
        double[] groupHeights = new double[groups.size()];
        for (int s = 0; s < seriesCount; s++) {
            for (int g = 0; g < groups.size(); g++) {
                double[] values = bars.values().get(s).get(g);
                heights[s][g] = counting ? values.length : Estimation.estimate(estimator, values);
                groupHeights[g] += Double.isFinite(heights[s][g]) ? heights[s][g] : 0;
            }
        }
        int[] arrangement = Categories.arrangement(groups.names(), spec.categoryOrder(), groupHeights);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        dataset.setNotify(false);
        double[][][] intervals = new double[seriesCount][groups.size()][];
        for (int s = 0; s < seriesCount; s++) {
            for (int at = 0; at < arrangement.length; at++) {
                int g = arrangement[at];
                double height = heights[s][g];
                dataset.addValue(Double.isFinite(height) ? height : null, bars.series().get(s), groups.names().get(g));
                intervals[s][at] = counting ? null
                        : Estimation.interval(errorBar, estimator, bars.values().get(s).get(g), height);
            }
        }

        BarRenderer renderer = spec.stacked() ? new StackedBarRenderer() : new ErrorBarRenderer(intervals);
        List<Color> colors = spec.theme().seriesColors(spec.palette(), bars.series().size());
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0);
        renderer.setDefaultSeriesVisibleInLegend(true);
        for (int i = 0; i < bars.series().size(); i++) {
            renderer.setSeriesPaint(i, spec.styleOf(bars.styleColumns().get(i)).colorOr(colors.get(i)));
        }

        CategoryAxis xAxis = Theme.axis(new ReadableCategoryAxis(LineScatterChart.xLabel(spec)));
        xAxis.setCategoryMargin(0.2);
        xAxis.setLowerMargin(0.03);
        xAxis.setUpperMargin(0.03);
        String yLabel = spec.yLabel() != null ? spec.yLabel() : counting ? "count" : LineScatterChart.yLabel(spec, ys);
        NumberAxis yAxis = Theme.numberAxis(yLabel);
        yAxis.setAutoRangeIncludesZero(true);
        yAxis.setAutoRangeStickyZero(true);
        yAxis.setLowerMargin(0.05);
        CategoryPlot plot = new CategoryPlot(dataset, xAxis, yAxis, renderer);
        Theme.plot(plot);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Theme.INK);
        plot.setRangeZeroBaselineStroke(new BasicStroke(Theme.FRAME_WIDTH));
        return Theme.chart(spec.title(), plot, bars.series().size() > 1, spec.hue());
    }

    private static Bars bars(ChartSpec spec, Table table, Categories groups, List<NumericColumn> ys, Warnings warnings) {
        boolean log = spec.axes().logY();
        if (spec.hue() != null) {
            HueGroups hue = HueGroups.of(table, spec.hue(), spec.hueOrder(), warnings);
            double[] values = ys.isEmpty() ? null : DrawnValues.on(ys.get(0).toArray(), ys.get(0).name(), log, "y", warnings);
            List<List<double[]>> perSeries = new ArrayList<>();
            for (int h = 0; h < hue.size(); h++) {
                perSeries.add(split(groups, hue.rows().get(h), values));
            }
            String styleColumn = ys.isEmpty() ? "count" : ys.get(0).name();
            return new Bars(hue.names(), hue.names().stream().map(n -> styleColumn).toList(), perSeries);
        }
        if (ys.isEmpty()) {
            return new Bars(List.of("count"), List.of("count"), List.of(split(groups, allRows(table.rowCount()), null)));
        }
        List<List<double[]>> perSeries = new ArrayList<>();
        for (NumericColumn y : ys) {
            perSeries.add(split(groups, allRows(table.rowCount()), DrawnValues.on(y.toArray(), y.name(), log, "y", warnings)));
        }
        List<String> names = ys.stream().map(NumericColumn::name).toList();
        return new Bars(names, names, perSeries);
    }

    /**
     * The values of {@code rows} per group, NaN left out; without values (a count) each row counts as a 1.
     */
    private static List<double[]> split(Categories groups, int[] rows, double[] values) {
        int[] sizes = new int[groups.size()];
        for (int row : rows) {
            int g = groups.codes()[row];
            if (g >= 0 && (values == null || !Double.isNaN(values[row]))) {
                sizes[g]++;
            }
        }
        List<double[]> result = new ArrayList<>(groups.size());
        for (int size : sizes) {
            result.add(new double[size]);
        }
        int[] filled = new int[groups.size()];
        for (int row : rows) {
            int g = groups.codes()[row];
            if (g >= 0 && (values == null || !Double.isNaN(values[row]))) {
                result.get(g)[filled[g]++] = values == null ? 1 : values[row];
            }
        }
        return result;
    }

    private static int[] allRows(int count) {
        int[] rows = new int[count];
        for (int row = 0; row < count; row++) {
            rows[row] = row;
        }
        return rows;
    }

    private static Estimator estimator(ChartSpec spec, boolean counting) {
        Estimator asked = spec.estimate().estimator();
        if (asked == Estimator.NONE) {
            throw new InvalidSpecException("estimator", "none draws every row as it is, which is for line charts; "
                    + "a bar needs one value per group: use mean, median, sum, min, max or count");
        }
        if (counting && asked != null && asked != Estimator.COUNT) {
            throw new InvalidSpecException("estimator", asked.specName() + " needs a y column to sum up, but the spec "
                    + "has none, so each bar counts its rows; add y: COLUMN, or remove estimator");
        }
        return counting ? Estimator.COUNT : spec.estimate().estimatorOr(Estimator.MEAN);
    }

    private static ErrorBar errorBar(ChartSpec spec, boolean counting, Estimator estimator) {
        ErrorBar asked = spec.estimate().errorBar();
        if (asked != null && asked != ErrorBar.NONE) {
            if (counting || estimator == Estimator.COUNT) {
                throw new InvalidSpecException("errorbar", "a count has no error bar; remove errorbar");
            }
            if (spec.stacked()) {
                throw new InvalidSpecException("errorbar", "stacked bars have no error bars (each would hide the "
                        + "bar above it); remove errorbar or stacked");
            }
        }
        if (asked != null) {
            return asked;
        }
        return counting || estimator == Estimator.COUNT || spec.stacked() ? ErrorBar.NONE : ErrorBar.CI;
    }

    /** Bars side by side, each with its error bar (a vertical line from the interval's low to its high end). */
    private static final class ErrorBarRenderer extends BarRenderer {
        private final double[][][] intervals;

        ErrorBarRenderer(double[][][] intervals) {
            this.intervals = intervals;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                             int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            double[] interval = intervals[row][column];
            if (interval == null || pass != 0) {
                return;
            }
            double x = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column)
                    + state.getBarWidth() / 2;
            RectangleEdge edge = plot.getRangeAxisEdge();
            double low = rangeAxis.valueToJava2D(interval[0], dataArea, edge);
            double high = rangeAxis.valueToJava2D(interval[1], dataArea, edge);
            g2.setPaint(ERROR_BAR);
            g2.setStroke(ERROR_STROKE);
            g2.draw(new Line2D.Double(x, low, x, high));
        }

        /** The axis reaches the ends of the error bars, not only the bars. */
        @Override
        public Range findRangeBounds(CategoryDataset dataset) {
            Range bars = super.findRangeBounds(dataset);
            if (bars == null) {
                return null;
            }
            double low = bars.getLowerBound();
            double high = bars.getUpperBound();
            for (double[][] series : intervals) {
                for (double[] interval : series) {
                    if (interval != null) {
                        low = Math.min(low, interval[0]);
                        high = Math.max(high, interval[1]);
                    }
                }
            }
            return new Range(low, high);
        }
    }
}
