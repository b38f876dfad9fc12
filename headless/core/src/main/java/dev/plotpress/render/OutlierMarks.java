package dev.plotpress.render;

import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A box plot's outliers as matplotlib draws its fliers: a small open circle (6 pt) at each value, on the box's
 * centre line. JFreeChart's own outliers scale with the box width and spread sideways when they overlap.
 */
final class OutlierMarks extends AbstractAnnotation implements CategoryAnnotation {
    private static final double DIAMETER = 6;
    private static final BasicStroke EDGE = new BasicStroke(1f);

    private final List<double[]> outliersPerCategory;
    private final Color color;

    OutlierMarks(List<double[]> outliersPerCategory, Color color) {
        this.outliersPerCategory = List.copyOf(outliersPerCategory);
        this.color = color;
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis, ValueAxis rangeAxis) {
        int count = outliersPerCategory.size();
        g2.setPaint(color);
        g2.setStroke(EDGE);
        for (int category = 0; category < count; category++) {
            double x = domainAxis.getCategoryMiddle(category, count, dataArea, plot.getDomainAxisEdge());
            for (double value : outliersPerCategory.get(category)) {
                double y = rangeAxis.valueToJava2D(value, dataArea, plot.getRangeAxisEdge());
                g2.draw(new Ellipse2D.Double(x - DIAMETER / 2, y - DIAMETER / 2, DIAMETER, DIAMETER));
            }
        }
    }
}
