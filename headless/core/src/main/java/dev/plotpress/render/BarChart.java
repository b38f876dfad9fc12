package dev.plotpress.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Colors;
import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.model.ValueFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.util.List;

/** Grouped bars: one group per row, labelled by the x column (or the row number), one bar per y column. */
final class BarChart {
    private static final ValueFormat NUMBER_LABEL = new ValueFormat(".6g");

    private BarChart() {
    }

    static JFreeChart build(ChartSpec spec, Table table) {
        List<NumericColumn> ys = SeriesColumns.y(spec, table);
        Column xColumn = spec.x() == null ? null : table.column(spec.x());

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        dataset.setNotify(false);
        for (int row = 0; row < table.rowCount(); row++) {
            Category category = new Category(row, label(xColumn, row));
            for (NumericColumn y : ys) {
                double value = y.get(row);
                dataset.addValue(Double.isFinite(value) ? value : null, y.name(), category);
            }
        }

        BarRenderer renderer = spec.stacked() ? new StackedBarRenderer() : new BarRenderer();
        Palette palette = spec.theme().palette(spec.palette());
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0);
        renderer.setDefaultSeriesVisibleInLegend(true);
        for (int i = 0; i < ys.size(); i++) {
            renderer.setSeriesPaint(i, spec.styleOf(ys.get(i).name()).colorOr(palette.color(i)));
        }

        CategoryAxis xAxis = Theme.axis(new CategoryAxis(LineScatterChart.xLabel(spec)));
        xAxis.setCategoryMargin(0.2);
        xAxis.setLowerMargin(0.03);
        xAxis.setUpperMargin(0.03);
        NumberAxis yAxis = Theme.numberAxis(LineScatterChart.yLabel(spec, ys));
        yAxis.setAutoRangeIncludesZero(true);
        yAxis.setAutoRangeStickyZero(true);
        yAxis.setLowerMargin(0.05);
        CategoryPlot plot = new CategoryPlot(dataset, xAxis, yAxis, renderer);
        Theme.plot(plot);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Theme.INK);
        plot.setRangeZeroBaselineStroke(new BasicStroke(Theme.FRAME_WIDTH));
        return Theme.chart(spec.title(), plot, ys.size() > 1);
    }

    private static String label(Column xColumn, int row) {
        if (xColumn instanceof TextColumn text) {
            return text.get(row) == null ? "" : text.get(row);
        }
        if (xColumn instanceof NumericColumn numeric) {
            return NUMBER_LABEL.format(numeric.get(row));
        }
        return Integer.toString(row);
    }

    /** One group of bars; keyed by row so two rows with the same label stay two groups. */
    private record Category(int row, String label) implements Comparable<Category> {
        @Override
        public int compareTo(Category other) {
            return Integer.compare(row, other.row);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
