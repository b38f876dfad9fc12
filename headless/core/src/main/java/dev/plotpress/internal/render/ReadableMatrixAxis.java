package dev.plotpress.internal.render;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A heatmap's axis: one name per row or column of the matrix, written by the same rules as every category axis
 * ({@link CategoryLabels}) instead of JFreeChart's symbol axis, which leaves out any name that would touch the one
 * before it and says nothing. Names under the matrix turn 45 then 90 degrees; names beside it stay level.
 */
final class ReadableMatrixAxis extends SymbolAxis implements ReadableAxis {
    private final List<String> names;
    private final String axisName;
    /** Chosen in reserveSpace, for this axis of this chart only. */
    private CategoryLabels layout = CategoryLabels.ALL;

    /** @param axisName "x" or "y", for the warning */
    ReadableMatrixAxis(String label, String[] names, String axisName) {
        super(label, names);
        this.names = List.of(names);
        this.axisName = axisName;
        setGridBandsVisible(false);
        setAutoRange(false);
        setRange(-0.5, names.length - 0.5);
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
        if (isVisible() && isTickLabelsVisible()) {
            FontRenderContext frc = g2.getFontRenderContext();
            int count = Math.max(1, names.size());
            layout = RectangleEdge.isTopOrBottom(edge)
                    ? CategoryLabels.across(names, getTickLabelFont(), frc, plotArea.getWidth() / count, plotArea.getHeight())
                    : CategoryLabels.beside(names, getTickLabelFont(), frc, plotArea.getHeight() / count, plotArea.getWidth());
        }
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        Font font = getTickLabelFont();
        FontRenderContext frc = g2.getFontRenderContext();
        double angle = -Math.toRadians(layout.angle());
        TextAnchor anchor = !RectangleEdge.isTopOrBottom(edge) ? TextAnchor.CENTER_RIGHT
                : layout.angle() == 0 ? TextAnchor.TOP_CENTER : TextAnchor.CENTER_RIGHT;
        List<NumberTick> ticks = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String text = layout.writes(i) ? layout.text(names.get(i), font, frc) : "";
            ticks.add(new NumberTick(TickType.MAJOR, i, text, anchor, anchor, angle));
        }
        return ticks;
    }

    /** Names turned 45 degrees hang from their end's top corner, so that corner does not rise into the tick mark. */
    @Override
    protected float[] calculateAnchorPoint(ValueTick tick, double cursor, Rectangle2D dataArea, RectangleEdge edge) {
        float[] point = super.calculateAnchorPoint(tick, cursor, dataArea, edge);
        if (layout.angle() == 45 && RectangleEdge.isTopOrBottom(edge)) {
            double line = getTickLabelFont().getSize2D() * 1.2;
            point[1] += (float) (line / 2 * Math.sin(Math.PI / 4) * (edge == RectangleEdge.BOTTOM ? 1 : -1));
        }
        return point;
    }

    /** The height of the turned names: their ink's extent across the axis, whatever the angle. */
    @Override
    protected double findMaximumTickLabelHeight(List ticks, Graphics2D g2, Rectangle2D drawArea, boolean vertical) {
        Font font = getTickLabelFont();
        FontRenderContext frc = g2.getFontRenderContext();
        double line = font.getLineMetrics("Ag", frc).getHeight();
        double a = Math.toRadians(layout.angle());
        double tallest = line;
        for (Object tick : ticks) {
            double width = font.getStringBounds(((NumberTick) tick).getText(), frc).getWidth();
            tallest = Math.max(tallest, width * Math.sin(a) + line * Math.cos(a));
        }
        RectangleInsets insets = getTickLabelInsets();
        return tallest + insets.getTop() + insets.getBottom();
    }

    @Override
    public String leftOut() {
        return layout.leftOut(axisName);
    }
}
