package dev.plotpress.render;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A category axis whose labels never collide and are never cut to "...": when the names do not fit side by side
 * they are turned 45 degrees, then 90, and when even upright lines are too close only every k-th name is written;
 * a name longer than a third of the plot's height is shortened with an ellipsis. The layout is chosen each time
 * the axis reserves its space, from the area it is drawn into, so the same chart reads well at any size.
 */
final class ReadableCategoryAxis extends CategoryAxis {
    /** How much of the plot's height turned labels may take before they are shortened. */
    static final double MAX_TURNED_SHARE = 0.3;
    /** Room kept between neighbouring labels, as a share of a label's line height. */
    static final double GAP = 0.25;

    /** Chosen in reserveSpace, for this axis of this chart only. */
    private int every = 1;
    private double longest = Double.MAX_VALUE;
    private final Map<Comparable<?>, Integer> positions = new HashMap<>();

    ReadableCategoryAxis(String label) {
        super(label);
        setMaximumCategoryLabelLines(1);
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
        if (plot instanceof CategoryPlot categoryPlot && RectangleEdge.isTopOrBottom(edge) && isTickLabelsVisible()) {
            layOut(g2, categoryPlot.getCategoriesForAxis(this), plotArea);
        }
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    private void layOut(Graphics2D g2, List<?> categories, Rectangle2D plotArea) {
        positions.clear();
        for (int i = 0; i < categories.size(); i++) {
            positions.put((Comparable<?>) categories.get(i), i);
        }
        int count = Math.max(1, categories.size());
        Font font = getTickLabelFont();
        FontRenderContext frc = g2.getFontRenderContext();
        double line = font.getLineMetrics("Ag", frc).getHeight();
        double widest = categories.stream().mapToDouble(c -> font.getStringBounds(String.valueOf(c), frc).getWidth())
                .max().orElse(0);
        double slot = plotArea.getWidth() * (1 - getLowerMargin() - getUpperMargin()) / count;
        every = 1;
        longest = Double.MAX_VALUE;
        if (widest + GAP * line <= slot) {
            setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
            return;
        }
        longest = Math.max(3 * line, MAX_TURNED_SHARE * plotArea.getHeight());
        if ((1 + GAP) * line <= slot * Math.sin(Math.PI / 4)) {
            setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            return;
        }
        setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        every = (int) Math.ceil((1 + GAP) * line / slot);
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        Integer position = positions.get(category);
        if (position != null && position % every != 0) {
            return new TextBlock();
        }
        Font font = Theme.fontFor(getTickLabelFont(category), String.valueOf(category));
        String text = shortened(String.valueOf(category), font, g2.getFontRenderContext(), longest);
        return TextUtils.createTextBlock(text, font, getTickLabelPaint(category));
    }

    /** The name, or its longest start that fits {@link #longest} with an ellipsis after it. */
    static String shortened(String name, Font font, FontRenderContext frc, double longest) {
        if (font.getStringBounds(name, frc).getWidth() <= longest) {
            return name;
        }
        int low = 0;
        int high = name.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (font.getStringBounds(name.substring(0, middle).strip() + "\u2026", frc).getWidth() <= longest) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return name.substring(0, low).strip() + "\u2026";
    }
}
