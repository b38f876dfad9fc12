package dev.plotpress.app;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

import java.util.ArrayList;
import java.util.List;

/** The axis ranges a chart was first drawn with, so "reset zoom" can put them back after zooming and panning. */
final class AxisRanges {
    private final List<ValueAxis> axes;
    private final List<Range> ranges = new ArrayList<>();

    AxisRanges(JFreeChart chart) {
        this.axes = valueAxes(chart.getPlot());
        axes.forEach(axis -> ranges.add(axis.getRange()));
    }

    void restore() {
        for (int i = 0; i < axes.size(); i++) {
            axes.get(i).setRange(ranges.get(i));
        }
    }

    /** The value axes (x first, then y) of the plots Plotpress draws. */
    static List<ValueAxis> valueAxes(Plot plot) {
        List<ValueAxis> axes = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axes.add(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axes.add(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                axes.add(category.getRangeAxis(i));
            }
        }
        axes.removeIf(java.util.Objects::isNull);
        return axes;
    }
}
