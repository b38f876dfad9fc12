package dev.plotpress.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
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
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setLegendArea(new Rectangle2D.Double(-5, -5, 10, 10));
        for (int i = 0; i < ys.size(); i++) {
            Color color = spec.styleOf(ys.get(i).name()).colorOr(palette.color(i));
            renderer.setSeriesPaint(i, spec.stacked() ? color
                    : new Color(color.getRed(), color.getGreen(), color.getBlue(), FILL_ALPHA));
        }
        NumberAxis yAxis = Theme.numberAxis(LineScatterChart.yLabel(spec, ys));
        yAxis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset, x.axis(), yAxis, renderer);
        // XYPlot draws the last series first: in a stack the tallest (cumulative) area goes under the others
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
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

    /**
     * A stack as cumulative sums, each filled from zero and drawn tallest first: one polygon per series, so no
     * seams (JFreeChart's stacked area renderers fill one polygon per point, with hairline gaps between them).
     */
    private static XYDataset stacked(double[] xs, List<NumericColumn> ys) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        double[] total = new double[xs.length];
        for (NumericColumn y : ys) {
            for (int row = 0; row < xs.length; row++) {
                double value = y.get(row);
                total[row] += Double.isFinite(value) ? value : 0;
            }
            dataset.addSeries(y.name(), LineScatterChart.finitePairs(xs, total.clone()));
        }
        return dataset;
    }
}
