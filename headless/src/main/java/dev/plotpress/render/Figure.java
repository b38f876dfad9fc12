package dev.plotpress.render;

import dev.plotpress.model.Size;
import org.jfree.chart.ui.Drawable;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart ready to draw: the seam between the model and every target (raster, vector, screen). It draws
 * itself onto any {@link Graphics2D} inside a rectangle given in points (1/72 inch); the target scales
 * points to its pixels. A Figure holds what it draws and nothing global: drop it and it is gone.
 */
public interface Figure extends Drawable {

    /** The size the spec asked for; targets use it unless told otherwise. */
    Size size();

    /** A short text description of the chart (the title, or the kind and columns), for alt text and SVG titles. */
    String description();

    @Override
    void draw(Graphics2D g2, Rectangle2D area);
}
