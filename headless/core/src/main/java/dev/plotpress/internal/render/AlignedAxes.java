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
import java.util.List;

/**
 * Cells of a grid (facet panels, a pairplot's cells) that keep the same room for their axes, measured on the one
 * that needs most, so every plot of a column shares its left and right edges and every plot of a row its top and
 * bottom, however many tick labels each cell writes.
 */
final class AlignedAxes {
    private AlignedAxes() {
    }

    /** @param cells the grid's charts, null for a blank cell; @param cell the area one cell is drawn into */
    static void align(List<JFreeChart> cells, Rectangle2D cell) {
        double left = 0;
        double bottom = 0;
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            for (JFreeChart chart : cells) {
                if (chart != null) {
                    Plot plot = chart.getPlot();
                    left = Math.max(left, yAxisOf(plot).reserveSpace(g2, plot, cell, RectangleEdge.LEFT, new AxisSpace()).getLeft());
                    bottom = Math.max(bottom, xAxisOf(plot).reserveSpace(g2, plot, cell, RectangleEdge.BOTTOM, new AxisSpace()).getBottom());
                }
            }
        } finally {
            g2.dispose();
        }
        for (JFreeChart chart : cells) {
            if (chart == null) {
                continue;
            }
            AxisSpace x = new AxisSpace();
            x.setBottom(bottom);
            AxisSpace y = new AxisSpace();
            y.setLeft(left);
            if (chart.getPlot() instanceof XYPlot xy) {
                xy.setFixedDomainAxisSpace(x);
                xy.setFixedRangeAxisSpace(y);
            } else if (chart.getPlot() instanceof CategoryPlot category) {
                category.setFixedDomainAxisSpace(x);
                category.setFixedRangeAxisSpace(y);
            }
        }
    }

    static Axis xAxisOf(Plot plot) {
        return plot instanceof XYPlot xy ? xy.getDomainAxis() : ((CategoryPlot) plot).getDomainAxis();
    }

    static Axis yAxisOf(Plot plot) {
        return plot instanceof XYPlot xy ? xy.getRangeAxis() : ((CategoryPlot) plot).getRangeAxis();
    }
}
