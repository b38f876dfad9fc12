package dev.plotpress.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;

import java.awt.Color;
import java.util.List;

/**
 * Area charts: each y column filled down to zero, half transparent so overlaps show (matplotlib's
 * {@code fill_between}), or with {@code stacked: true} filled on top of the previous ones ({@code stackplot});
 * a missing value counts as 0 in a stack. x is numbers, dates or the row number.
 */
final class AreaChart {
    private static final int FILL_ALPHA = 115;

    private AreaChart() {
    }

    static JFreeChart build(ChartSpec spec, Table table) {
        List<NumericColumn> ys = SeriesColumns.y(spec, table);
        XValues x = XValues.of(spec, table);
        Palette palette = spec.theme().palette(spec.palette());
        XYDataset dataset = spec.stacked() ? stacked(x.values(), ys) : overlapping(x.values(), ys);
        XYItemRenderer renderer = spec.stacked() ? new StackedXYAreaRenderer2() : new XYAreaRenderer(XYAreaRenderer.AREA);
        if (renderer instanceof XYAreaRenderer area) {
            area.setOutline(true);
            area.setUseFillPaint(true);
        }
        for (int i = 0; i < ys.size(); i++) {
            Color color = spec.styleOf(ys.get(i).name()).colorOr(palette.color(i));
            renderer.setSeriesPaint(i, spec.stacked() ? color
                    : new Color(color.getRed(), color.getGreen(), color.getBlue(), FILL_ALPHA));
            renderer.setSeriesFillPaint(i, new Color(color.getRed(), color.getGreen(), color.getBlue(), FILL_ALPHA));
            renderer.setSeriesOutlinePaint(i, color);
            renderer.setSeriesOutlineStroke(i, Theme.line(spec.styleOf(ys.get(i).name()).lineWidthOr(Theme.LINE_WIDTH)));
        }
        NumberAxis yAxis = Theme.numberAxis(LineScatterChart.yLabel(spec, ys));
        yAxis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset, x.axis(), yAxis, renderer);
        Theme.plot(plot);
        return Theme.chart(spec.title(), plot, ys.size() > 1);
    }

    private static XYDataset overlapping(double[] xs, List<NumericColumn> ys) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        for (NumericColumn y : ys) {
            dataset.addSeries(y.name(), LineScatterChart.finitePairs(xs, y.toArray()));
        }
        return dataset;
    }

    /** Stacking needs every series at the same x values: one table row is one x. */
    private static XYDataset stacked(double[] xs, List<NumericColumn> ys) {
        DefaultTableXYDataset dataset = new DefaultTableXYDataset();
        for (NumericColumn y : ys) {
            XYSeries series = new XYSeries(y.name(), true, false);
            for (int row = 0; row < xs.length; row++) {
                if (Double.isFinite(xs[row]) && series.indexOf(xs[row]) < 0) {
                    double value = y.get(row);
                    series.add(xs[row], Double.isFinite(value) ? value : 0, false);
                }
            }
            dataset.addSeries(series);
        }
        return dataset;
    }
}
