package dev.plotpress.export;

import dev.plotpress.model.Size;
import dev.plotpress.render.Figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** A known drawing for exporter tests: a red square filling the left half of the area, in points. */
record SquareFigure(Size size) implements Figure {

    @Override
    public String description() {
        return "A red \"square\" <test>";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        g2.setColor(Color.RED);
        g2.fill(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth() / 2, area.getHeight()));
    }
}
