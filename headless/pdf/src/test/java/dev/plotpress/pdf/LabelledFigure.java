package dev.plotpress.pdf;

import dev.plotpress.model.Size;
import dev.plotpress.render.Figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** A known drawing with shapes and text, in points: what every export target must reproduce. */
record LabelledFigure(Size size) implements Figure {
    static final String LABEL = "Plotpress 42";

    @Override
    public String description() {
        return "Shapes & \"text\" <test>";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        double w = area.getWidth();
        double h = area.getHeight();
        g2.setColor(Color.WHITE);
        g2.fill(area);
        g2.setColor(new Color(0x0072B2));
        g2.fill(new Rectangle2D.Double(area.getX() + 0.05 * w, area.getY() + 0.4 * h, 0.3 * w, 0.5 * h));
        g2.setColor(new Color(0xE69F00));
        g2.fill(new Ellipse2D.Double(area.getX() + 0.55 * w, area.getY() + 0.45 * h, 0.35 * h, 0.35 * h));
        g2.setColor(Color.BLACK);
        g2.setStroke(new BasicStroke(2f));
        g2.draw(new Line2D.Double(area.getX() + 0.05 * w, area.getY() + 0.95 * h, area.getX() + 0.95 * w, area.getY() + 0.35 * h));
        g2.setFont(new Font("DejaVu Sans", Font.PLAIN, 20));
        g2.drawString(LABEL, (float) (area.getX() + 0.05 * w), (float) (area.getY() + 0.25 * h));
        g2.setFont(new Font("DejaVu Sans", Font.BOLD, 12));
        g2.drawString("bold axis", (float) (area.getX() + 0.7 * w), (float) (area.getY() + 0.25 * h));
    }
}
