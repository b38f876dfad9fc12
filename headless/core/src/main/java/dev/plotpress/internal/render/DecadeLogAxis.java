package dev.plotpress.internal.render;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A log axis ticked as matplotlib's LogLocator: labelled major ticks at whole powers of ten, and unlabelled, shorter
 * minor ticks at 2..9 x 10^k (when the major ticks are a decade apart; when they are further apart, at the decades
 * between them). JFreeChart's own minor ticks on a log axis are evenly spaced in value between majors, which on a
 * decade is 1.9, 2.8, ... rather than 2, 3, ...
 */
final class DecadeLogAxis extends LogAxis {
    /** matplotlib's minor tick length (major 3.5), points. */
    static final float MINOR_TICK_LENGTH = 2f;

    DecadeLogAxis(String label) {
        super(label);
        setMinorTickMarksVisible(true);
        setMinorTickMarkInsideLength(0f);
        setMinorTickMarkOutsideLength(MINOR_TICK_LENGTH);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<ValueTick> ticks = new ArrayList<>();
        for (Object tick : super.refreshTicks(g2, state, dataArea, edge)) {
            if (tick instanceof ValueTick value && value.getTickType() == TickType.MAJOR) {
                ticks.add(value);
            }
        }
        TextAnchor anchor = RectangleEdge.isTopOrBottom(edge)
                ? (edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER)
                : (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
        Range range = getRange();
        boolean decadeApart = getTickUnit().getSize() <= 1;
        int first = (int) Math.floor(Math.log10(range.getLowerBound()));
        int last = (int) Math.ceil(Math.log10(range.getUpperBound()));
        List<ValueTick> minor = new ArrayList<>();
        for (int decade = first; decade <= last; decade++) {
            double power = Math.pow(10, decade);
            if (!decadeApart) {
                if (range.contains(power) && ticks.stream().noneMatch(t -> near(t.getValue(), power))) {
                    minor.add(minor(power, anchor));
                }
                continue;
            }
            for (int multiple = 2; multiple <= 9; multiple++) {
                double value = multiple * power;
                if (range.contains(value)) {
                    minor.add(minor(value, anchor));
                }
            }
        }
        ticks.addAll(minor);
        return ticks;
    }

    /**
     * An unlabelled minor tick. Not a LogTick: JFreeChart 1.5.6 skips the tick mark of a LogTick without a label
     * along with the label; a NumberTick with empty text gets its mark and draws no text.
     */
    private static NumberTick minor(double value, TextAnchor anchor) {
        return new NumberTick(TickType.MINOR, value, "", anchor, anchor, 0.0);
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.abs(b);
    }
}
