package dev.plotpress.render;

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
 * appearance), with {@link ReadableCategoryAxis}'s rules: names side by side when they fit, else turned upright, and
 * only every k-th written when even upright lines are too close; a name longer than a third of the plot's height is
 * shortened with an ellipsis. Chosen each time the ticks are made, from the area drawn into.
 */
final class ReadableSymbolAxis extends SymbolAxis {
    private final String[] names;
    /** Chosen in reserveSpace, for this axis of this chart only. */
    private boolean upright;
    private int every = 1;
    private double longest = Double.MAX_VALUE;

    ReadableSymbolAxis(String label, String[] names) {
        super(label, names);
        this.names = names.clone();
        setGridBandsVisible(false);
        autoAdjustRange();
    }

    /**
     * What a chart of {@code size} leaves unlabelled, or null when every name is written: the axis thins at draw time
     * from the area it is given, and this says so beforehand from the figure's size (the plot is narrower by the y
     * axis and the padding, about {@link #FRAME_POINTS}).
     */
    String thinned(String column, dev.plotpress.model.Size size) {
        Font font = getTickLabelFont();
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double line = font.getLineMetrics("Ag", frc).getHeight();
        double slot = Math.max(1, size.pointWidth() - FRAME_POINTS) / Math.max(1, names.length);
        int every = Math.max(1, (int) Math.ceil((1 + ReadableCategoryAxis.GAP) * line / slot));
        if (every == 1) {
            return null;
        }
        int shown = (names.length + every - 1) / every;
        return String.format(java.util.Locale.ROOT, "x '%s' has %,d categories, more than can be labelled side by side "
                + "at this size: %,d of them are labelled (every %s); make the chart wider or keep fewer categories",
                column, names.length, shown, every == 2 ? "second" : every == 3 ? "third" : every + "th");
    }

    /** Roughly what the y axis, its label and the chart's padding take of a chart's width, points. */
    private static final double FRAME_POINTS = 80;

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
            layOut(g2, plotArea);
        }
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    /** Chosen once per drawing, from the whole plot area, so the space reserved is the space the labels take. */
    private void layOut(Graphics2D g2, Rectangle2D plotArea) {
        Font font = getTickLabelFont();
        FontRenderContext frc = g2.getFontRenderContext();
        double line = font.getLineMetrics("Ag", frc).getHeight();
        double slot = plotArea.getWidth() / Math.max(1e-9, getRange().getLength());
        double widest = 0;
        for (String name : names) {
            widest = Math.max(widest, font.getStringBounds(name, frc).getWidth());
        }
        upright = widest + ReadableCategoryAxis.GAP * line > slot;
        every = upright ? Math.max(1, (int) Math.ceil((1 + ReadableCategoryAxis.GAP) * line / slot)) : 1;
        longest = upright ? Math.max(3 * line, ReadableCategoryAxis.MAX_TURNED_SHARE * plotArea.getHeight()) : Double.MAX_VALUE;
        if (upright != isVerticalTickLabels()) {
            setVerticalTickLabels(upright); // the space reserved for the labels follows their direction
        }
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        Font font = getTickLabelFont();
        FontRenderContext frc = g2.getFontRenderContext();
        int first = Math.max(0, (int) Math.ceil(getLowerBound()));
        int last = Math.min(names.length - 1, (int) Math.floor(getUpperBound()));
        boolean top = edge == RectangleEdge.TOP;
        TextAnchor anchor = upright ? (top ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT)
                : (top ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
        double angle = upright ? (top ? Math.PI / 2 : -Math.PI / 2) : 0;
        List<Tick> ticks = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (i % every == 0) {
                String text = ReadableCategoryAxis.shortened(names[i], Theme.fontFor(font, names[i]), frc, longest);
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
