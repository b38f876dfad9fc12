package dev.plotpress.render;

import dev.plotpress.model.Size;
import org.jfree.chart.ui.Drawable;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

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

    /**
     * What this chart leaves out of what it was asked to draw, one sentence each, naming the source, the column
     * and the count ("movies.json: 47 of 3,201 rows have Worldwide Gross &lt;= 0 and are not on the log y axis").
     * Empty when everything asked for is drawn. The CLI prints these on stderr, the batch report keeps them per
     * job, the viewer shows them in its status bar and the server in a response header.
     */
    default List<String> warnings() {
        return List.of();
    }

    @Override
    void draw(Graphics2D g2, Rectangle2D area);
}
