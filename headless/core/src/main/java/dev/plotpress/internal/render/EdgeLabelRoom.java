package dev.plotpress.internal.render;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Room right of the plot for the half of the last x tick label that sticks out past the plot's end ("Jun-2015"
 * centred on a tick at the right edge). JFreeChart reserves a bottom axis' height only, so such a label ran off
 * the image; here the axis also asks for that overhang on the right, and the plot gives it up.
 */
final class EdgeLabelRoom {
    private EdgeLabelRoom() {
    }

    /** A UTC date axis that keeps room for its last tick label. */
    static DateAxis dateAxis(String label) {
        return new DateAxis(label, TimeZone.getTimeZone("UTC"), Locale.ROOT) {
            @Override
            public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
                AxisSpace reserved = super.reserveSpace(g2, plot, plotArea, edge, space);
                return withOverhang(this, g2, plotArea, edge, reserved);
            }
        };
    }

    /** {@code space}, at least as wide on the right as the axis' last label reaches past {@code plotArea}. */
    static AxisSpace withOverhang(ValueAxis axis, Graphics2D g2, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
        if (!axis.isVisible() || !axis.isTickLabelsVisible() || !RectangleEdge.isTopOrBottom(edge)
                || axis.isVerticalTickLabels()) {
            return space;
        }
        @SuppressWarnings("unchecked")
        List<Tick> ticks = axis.refreshTicks(g2, new org.jfree.chart.axis.AxisState(), plotArea, edge);
        FontMetrics metrics = g2.getFontMetrics(axis.getTickLabelFont());
        double overhang = 0;
        for (Tick tick : ticks) {
            if (tick instanceof ValueTick value && tick.getText() != null && !tick.getText().isEmpty()) {
                double x = axis.valueToJava2D(value.getValue(), plotArea, edge);
                double halfWidth = TextUtils.getTextBounds(tick.getText(), g2, metrics).getWidth() / 2;
                overhang = Math.max(overhang, x + halfWidth - plotArea.getMaxX());
            }
        }
        if (overhang > 0) {
            space.ensureAtLeast(overhang, RectangleEdge.RIGHT);
        }
        return space;
    }
}
