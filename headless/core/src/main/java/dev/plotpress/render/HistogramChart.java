package dev.plotpress.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Colors;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;

/**
 * Histograms: each y column counted in {@code spec.bins()} equal-width bins over its own range, missing
 * values left out (numpy's histogram). Several columns overlap, half transparent.
 */
final class HistogramChart {
    private HistogramChart() {
    }

    /** Flat bars edge to edge, no shadow or outline, as matplotlib's hist draws them. */
    static XYBarRenderer barRenderer() {
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMargin(0);
        return renderer;
    }

    /** The bins' span {min, max} of finite values; numpy's choice for a single value: [v - 0.5, v + 0.5]. */
    static double[] range(double[] finiteValues) {
        double min = Arrays.stream(finiteValues).min().orElseThrow();
        double max = Arrays.stream(finiteValues).max().orElseThrow();
        return min == max ? new double[] {min - 0.5, max + 0.5} : new double[] {min, max};
    }

    static JFreeChart build(ChartSpec spec, Table table) {
        List<NumericColumn> ys = SeriesColumns.y(spec, table);
        HistogramDataset dataset = new HistogramDataset();
        dataset.setType(HistogramType.FREQUENCY);
        XYBarRenderer renderer = barRenderer();
        for (int i = 0; i < ys.size(); i++) {
            NumericColumn y = ys.get(i);
            double[] values = Arrays.stream(y.toArray()).filter(Double::isFinite).toArray();
            double[] range = range(values);
            double min = range[0];
            double max = range[1];
            int bins = spec.bins();
            if (spec.binWidth() != null) { // numpy's bins=np.arange(min, max + w, w): the last bin holds max
                bins = (int) Math.max(1, Math.floor((max - min) / spec.binWidth()) + 1);
                if (bins > ChartSpec.MAX_BINS) {
                    throw new BadInputException(table.source() + ": binWidth " + spec.binWidth() + " makes " + bins
                            + " bins over column '" + y.name() + "' (" + min + " to " + max + "); the most is "
                            + ChartSpec.MAX_BINS + ", so choose a wider bin");
                }
                max = min + bins * spec.binWidth();
            }
            dataset.addSeries(y.name(), values, bins, min, max);
            Color base = spec.theme().palette(spec.palette()).color(i);
            if (ys.size() > 1) {
                base = new Color(base.getRed(), base.getGreen(), base.getBlue(), 128);
            }
            renderer.setSeriesPaint(i, spec.styleOf(y.name()).colorOr(base));
        }

        NumberAxis xAxis = Theme.numberAxis(spec.xLabel() != null ? spec.xLabel()
                : ys.size() == 1 ? ys.get(0).name() : null);
        NumberAxis yAxis = Theme.axis(new AutoTickAxis(spec.yLabel() != null ? spec.yLabel() : "count", true));
        yAxis.setAutoRangeIncludesZero(true);
        yAxis.setAutoRangeStickyZero(true);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        Theme.plot(plot);
        return Theme.chart(spec.title(), plot, ys.size() > 1);
    }
}
