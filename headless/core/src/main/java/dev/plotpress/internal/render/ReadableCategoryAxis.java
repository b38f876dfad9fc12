package dev.plotpress.internal.render;

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
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A category axis whose names never collide and are never cut to "..." for no reason ({@link CategoryLabels}).
 * The layout is chosen each time the axis reserves its space, from the area it is drawn into, so the same chart
 * reads well at any size.
 */
final class ReadableCategoryAxis extends CategoryAxis implements ReadableAxis {
    /** Chosen in reserveSpace, for this axis of this chart only. */
    private CategoryLabels layout = CategoryLabels.ALL;
    private final Map<Comparable<?>, Integer> positions = new HashMap<>();

    ReadableCategoryAxis(String label) {
        super(label);
        setMaximumCategoryLabelLines(1);
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
        if (plot instanceof CategoryPlot categoryPlot && RectangleEdge.isTopOrBottom(edge) && isTickLabelsVisible()) {
            layOut(g2, categoryPlot.getCategoriesForAxis(this), dataArea(plotArea, space));
        }
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    /** The plot area less what the value axes beside it have reserved: where the categories are spread. */
    private static Rectangle2D dataArea(Rectangle2D plotArea, AxisSpace space) {
        double beside = space == null ? 0 : space.getLeft() + space.getRight();
        return new Rectangle2D.Double(plotArea.getX(), plotArea.getY(), Math.max(1, plotArea.getWidth() - beside),
                plotArea.getHeight());
    }

    /**
     * The distance between neighbouring names: from one category's middle to the next, the gap between them included,
     * so that every kind over categories (bars, boxes) writes the same names the same way whatever margins it keeps.
     */
    private double slot(int count, Rectangle2D dataArea) {
        if (count < 2) {
            return dataArea.getWidth() * (1 - getLowerMargin() - getUpperMargin());
        }
        return getCategoryMiddle(1, count, dataArea, RectangleEdge.BOTTOM)
                - getCategoryMiddle(0, count, dataArea, RectangleEdge.BOTTOM);
    }

    private void layOut(Graphics2D g2, List<?> categories, Rectangle2D plotArea) {
        positions.clear();
        for (int i = 0; i < categories.size(); i++) {
            positions.put((Comparable<?>) categories.get(i), i);
        }
        double slot = slot(categories.size(), plotArea);
        layout = CategoryLabels.across(categories.stream().map(String::valueOf).toList(), getTickLabelFont(),
                g2.getFontRenderContext(), slot, plotArea.getHeight());
        setCategoryLabelPositions(switch (layout.angle()) {
            case 0 -> CategoryLabelPositions.STANDARD;
            case 45 -> CategoryLabelPositions.UP_45;
            default -> CategoryLabelPositions.UP_90;
        });
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        Integer position = positions.get(category);
        if (position != null && !layout.writes(position)) {
            return new TextBlock();
        }
        Font font = Theme.fontFor(getTickLabelFont(category), String.valueOf(category));
        String text = layout.text(String.valueOf(category), font, g2.getFontRenderContext());
        return TextUtils.createTextBlock(text, font, getTickLabelPaint(category));
    }

    @Override
    public String leftOut() {
        return layout.leftOut("x");
    }
}
