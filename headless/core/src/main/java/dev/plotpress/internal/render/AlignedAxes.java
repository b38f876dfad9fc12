package dev.plotpress.internal.render;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/**
 * Cells of a grid (facet panels, a pairplot's cells) whose plots line up and are all one size, however many tick
 * labels each cell writes: the cells of a column keep the room its widest y axis needs, the cells of a row the room
 * its tallest x axis needs, and the grid gives each column and row that room on top of the plot ({@link Room}), as
 * matplotlib's shared axes write their labels only on the outside and keep the inner gaps small.
 */
final class AlignedAxes {
    private AlignedAxes() {
    }

    /**
     * What a column keeps left of its plots and a row below them, beyond the column and row that keep least, points.
     *
     * @param left  one value per grid column
     * @param below one value per grid row
     */
    record Room(double[] left, double[] below) {
        static Room none(int rows, int columns) {
            return new Room(new double[columns], new double[rows]);
        }
    }

    /**
     * @param cells the grid's charts row by row, null for a blank cell
     * @param cell  about the area one cell is drawn into (category names choose their slant from it)
     * @return the room the grid must add to each column and row, so that every plot is the same size
     */
    static Room align(List<JFreeChart> cells, int rows, int columns, Rectangle2D cell) {
        double[] left = new double[columns];
        double[] below = new double[rows];
        Arrays.fill(left, Double.NaN);
        Arrays.fill(below, Double.NaN);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            for (int i = 0; i < cells.size(); i++) {
                JFreeChart chart = cells.get(i);
                if (chart != null) {
                    Plot plot = chart.getPlot();
                    AxisSpace y = yAxisOf(plot).reserveSpace(g2, plot, cell, RectangleEdge.LEFT, new AxisSpace());
                    AxisSpace x = xAxisOf(plot).reserveSpace(g2, plot, cell, RectangleEdge.BOTTOM, y);
                    left[i % columns] = max(left[i % columns], y.getLeft());
                    below[i / columns] = max(below[i / columns], x.getBottom());
                }
            }
        } finally {
            g2.dispose();
        }
        for (int i = 0; i < cells.size(); i++) {
            JFreeChart chart = cells.get(i);
            if (chart == null) {
                continue;
            }
            AxisSpace x = new AxisSpace();
            x.setBottom(below[i / columns]);
            AxisSpace y = new AxisSpace();
            y.setLeft(left[i % columns]);
            if (chart.getPlot() instanceof XYPlot xy) {
                xy.setFixedDomainAxisSpace(x);
                xy.setFixedRangeAxisSpace(y);
            } else if (chart.getPlot() instanceof CategoryPlot category) {
                category.setFixedDomainAxisSpace(x);
                category.setFixedRangeAxisSpace(y);
            }
        }
        return new Room(beyondLeast(left), beyondLeast(below));
    }

    private static double max(double known, double value) {
        return Double.isNaN(known) ? value : Math.max(known, value);
    }

    /** Each value less the least; 0 for a column or row without a chart. */
    private static double[] beyondLeast(double[] values) {
        double least = Arrays.stream(values).filter(v -> !Double.isNaN(v)).min().orElse(0);
        return Arrays.stream(values).map(v -> Double.isNaN(v) ? 0 : v - least).toArray();
    }

    static Axis xAxisOf(Plot plot) {
        return plot instanceof XYPlot xy ? xy.getDomainAxis() : ((CategoryPlot) plot).getDomainAxis();
    }

    static Axis yAxisOf(Plot plot) {
        return plot instanceof XYPlot xy ? xy.getRangeAxis() : ((CategoryPlot) plot).getRangeAxis();
    }
}
