package dev.plotpress.internal.render;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The categorical x axis of a line or scatter chart (a text column: one position per category, in order of first
 * appearance), written as {@link CategoryLabels} chooses: level when the names fit side by side, else turned 45 then
 * 90 degrees, every k-th when even upright lines are too close, long names shortened with an ellipsis. Chosen each
 * time the axis reserves its space, from the area drawn into.
 */
final class ReadableSymbolAxis extends SymbolAxis implements ReadableAxis {
    private final String[] names;
    /** Chosen in reserveSpace, for this axis of this chart only. */
    private CategoryLabels layout = CategoryLabels.ALL;

    ReadableSymbolAxis(String label, String[] names) {
        super(label, names);
        this.names = names.clone();
        setGridBandsVisible(false);
        autoAdjustRange();
    }

    @Override
    public String leftOut() {
        return layout.leftOut("x");
    }

    /** Each category a slot of its own: half a slot of room before the first and after the last. */
    @Override
    protected void autoAdjustRange() {
        if (names == null) { // called by SymbolAxis' constructor, before this one's fields are set
            return;
        }
        setRange(new Range(-0.5, Math.max(0.5, names.length - 0.5)), false, false);
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
        if (RectangleEdge.isTopOrBottom(edge) && isTickLabelsVisible()) {
            double slot = plotArea.getWidth() / Math.max(1e-9, getRange().getLength());
            layout = CategoryLabels.levelOrUpright(List.of(names), getTickLabelFont(), g2.getFontRenderContext(), slot,
                    plotArea.getHeight());
            if ((layout.angle() != 0) != isVerticalTickLabels()) {
                setVerticalTickLabels(layout.angle() != 0); // the space reserved for the labels follows their direction
            }
        }
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        Font font = getTickLabelFont();
        FontRenderContext frc = g2.getFontRenderContext();
        int first = Math.max(0, (int) Math.ceil(getLowerBound()));
        int last = Math.min(names.length - 1, (int) Math.floor(getUpperBound()));
        boolean top = edge == RectangleEdge.TOP;
        TextAnchor anchor = layout.angle() == 0 ? (top ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER)
                : layout.angle() == 45 ? (top ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_RIGHT)
                : (top ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
        double angle = (top ? 1 : -1) * Math.toRadians(layout.angle());
        List<Tick> ticks = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (layout.writes(i)) {
                String text = layout.text(names[i], Theme.fontFor(font, names[i]), frc);
                ticks.add(new NumberTick(i, text, anchor, anchor, angle));
            }
        }
        return ticks;
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        return RectangleEdge.isTopOrBottom(edge) ? refreshTicksHorizontal(g2, dataArea, edge)
                : super.refreshTicks(g2, state, dataArea, edge);
    }
}
