package dev.plotpress.internal.render;

import dev.plotpress.render.Figure;
import dev.plotpress.model.Size;
import org.jfree.chart.JFreeChart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A Figure that is one JFreeChart (line, scatter, bar, histogram, heatmap). The chart was built for this
 * render alone, from the immutable table; the viewer may show it live through {@link #chart()}.
 */
public final class ChartFigure implements Figure {
    private final JFreeChart chart;
    private final Size size;
    private final String description;
    private final List<String> warnings;
    private final LeftOutNames leftOutNames;

    /** A chart that says nothing about its names' layout (a facet panel: the grid lays them out). */
    ChartFigure(JFreeChart chart, Size size, String description, List<String> warnings) {
        this(chart, size, description, warnings, LeftOutNames.NONE);
    }

    /** A chart whose warnings end with what {@code leftOutNames} says after drawing. */
    ChartFigure(JFreeChart chart, Size size, String description, List<String> warnings, LeftOutNames leftOutNames) {
        this.chart = chart;
        this.size = size;
        this.description = description;
        this.warnings = List.copyOf(warnings);
        this.leftOutNames = leftOutNames;
    }

    /** The chart this figure draws; it belongs to this figure and to nothing global. */
    public JFreeChart chart() {
        return chart;
    }

    @Override
    public Size size() {
        return size;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> warnings() {
        List<String> names = leftOutNames.of(this);
        if (names.isEmpty()) {
            return warnings;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(names);
        return List.copyOf(all);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        chart.draw(g2, area);
        leftOutNames.drawn(area, size);
    }
}
