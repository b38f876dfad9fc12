package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A number axis that spaces its ticks as matplotlib's AutoLocator does: at most 9 intervals, fewer on a
 * short axis (one per three label heights across, two down), each a step of 1, 2, 2.5 or 5 times a power
 * of ten. JFreeChart alone packs as many ticks as the labels allow, which reads as clutter.
 */
final class AutoTickAxis extends NumberAxis {
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};
    private static final int MAX_INTERVALS = 9;
    /** Below this, matplotlib's nonsingular spans a constant column 0.05 around 0 rather than 5% of its value. */
    private static final double NEAR_ZERO = 1e6 / 1e-15 * Double.MIN_NORMAL;

    private final boolean integers;
    /** How far past the plot's ends a tick label may reach, in points; a label that reaches further is not written. */
    private double endRoom = Double.POSITIVE_INFINITY;

    AutoTickAxis(String label, boolean integers) {
        super(label);
        this.integers = integers;
        setStandardTickUnits(new PlainTickUnits(integers));
    }

    /**
     * matplotlib's nonsingular expansion: data of a single value (a constant column, one year per panel) spans 5% of
     * that value to either side (0.05 around 0) before the margins, where JFreeChart would span 1e-8 around it and
     * write ticks such as 1999.999999996. As in matplotlib, a range is single-valued only below 1e-15 of its largest
     * value: JFreeChart's 1e-8 minimum drew 1.1e-11..3.1e-11 as three points on one line at 0.
     */
    @Override
    protected void autoAdjustRange() {
        Range data = getPlot() instanceof ValueAxisPlot plot ? plot.getDataRange(this) : null;
        if (data != null) {
            double largest = Math.max(Math.abs(data.getLowerBound()), Math.abs(data.getUpperBound()));
            setAutoRangeMinimumSize(Math.max(Double.MIN_NORMAL, largest * 1e-15), false);
        }
        super.autoAdjustRange();
        Range range = getRange();
        if (data != null && !Double.isFinite(range.getLength())) {
            // columns that each fit but not together (1e308 in one, -1e308 in another): JFreeChart draws an empty frame
            String axis = getLabel() == null ? "one axis" : "the axis '" + getLabel() + "'";
            throw new BadInputException("the values drawn on " + axis + " run from " + data.getLowerBound()
                    + " to " + data.getUpperBound() + ", a span (with the axis margins) beyond the largest number a "
                    + "chart can compute with, about 1.8e308; rescale the columns (divide them by 1e10, say)");
        }
        if (!isAutoRange() || getAutoRangeIncludesZero() || range.getLength() > 1.5 * getAutoRangeMinimumSize()) {
            return;
        }
        double middle = range.getCentralValue();
        double half = Math.abs(middle) < NEAR_ZERO ? 0.05 : 0.05 * Math.abs(middle);
        double length = 2 * half;
        setRange(new Range(middle - half - length * getLowerMargin(), middle + half + length * getUpperMargin()), false, false);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge); // the smallest unit whose labels do not overlap
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        double length = vertical ? dataArea.getHeight() : dataArea.getWidth();
        double perInterval = getTickLabelFont().getSize2D() * (vertical ? 2 : 3);
        int intervals = (int) Math.max(1, Math.min(MAX_INTERVALS, Math.floor(length / perInterval)));
        double step = Math.max(niceStep(getRange().getLength() / intervals), getTickUnit().getSize());
        setTickUnit(PlainTickUnits.unit(step), false, false);
    }

    /**
     * In a grid of panels the next panel starts a few points past this one's end, so a label centred on a tick near
     * the end would run into it ("1932.0" under "1931.0"): such labels are left out, their tick marks kept.
     */
    void keepEndLabelsWithin(double points) {
        endRoom = points;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        List ticks = super.refreshTicksHorizontal(g2, dataArea, edge);
        if (Double.isInfinite(endRoom) || !isTickLabelsVisible()) {
            return ticks;
        }
        FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        List<Tick> kept = new ArrayList<>(ticks.size());
        for (Object each : ticks) {
            NumberTick tick = (NumberTick) each;
            double x = valueToJava2D(tick.getValue(), dataArea, edge);
            double half = TextUtils.getTextBounds(tick.getText(), g2, metrics).getWidth() / 2;
            boolean fits = x - half >= dataArea.getMinX() - endRoom && x + half <= dataArea.getMaxX() + endRoom;
            kept.add(fits ? tick : new NumberTick(tick.getNumber(), "", tick.getTextAnchor(), tick.getRotationAnchor(),
                    tick.getAngle()));
        }
        return kept;
    }

    /** The smallest 1-2-2.5-5 step at least {@code raw} (whole numbers only on an integer axis). */
    double niceStep(double raw) {
        if (!(raw > 0) || Double.isInfinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double multiple : STEPS) {
            double step = multiple * magnitude;
            if (step >= raw * (1 - 1e-9) && (!integers || step >= 1 && step == Math.rint(step))) {
                return step;
            }
        }
        return integers ? Math.max(1, Math.ceil(10 * magnitude)) : 10 * magnitude;
    }
}
