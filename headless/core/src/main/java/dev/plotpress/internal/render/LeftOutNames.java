package dev.plotpress.internal.render;

import dev.plotpress.model.Size;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The warning a chart owes when its category names do not all fit: each axis that wrote only some of its names, or
 * shortened some, says so ("penguins.json: the x axis writes 20 of its 40 names ..."). The names are laid out only
 * when the chart is drawn, so the warnings are taken from the axes after the first drawing at the chart's own size;
 * asked before any, the chart is drawn once onto a one-pixel image that keeps nothing. One per figure.
 */
final class LeftOutNames {
    /** For a chart without category or matrix axes: they alone choose their names' layout. */
    static final LeftOutNames NONE = new LeftOutNames(List.of(), "");

    private final List<ReadableAxis> axes;
    private final String source;
    /** Null until the chart was laid out at its own size. */
    private volatile List<String> warnings;

    private LeftOutNames(List<ReadableAxis> axes, String source) {
        this.axes = axes;
        this.source = source;
        this.warnings = axes.isEmpty() ? List.of() : null;
    }

    static LeftOutNames of(Plot plot, String source) {
        List<ReadableAxis> readable = readable(plot);
        return readable.isEmpty() ? NONE : new LeftOutNames(readable, source);
    }

    /**
     * The same for facet panels, each named by its source ("cars.json (Origin = USA)"): their names were laid out
     * when the grid fixed the room for their axes ({@link AlignedAxes}), and a panel whose shared axis writes no
     * labels says nothing.
     */
    static List<String> ofPanels(List<JFreeChart> panels, List<String> sources) {
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            if (panels.get(i) != null) {
                for (ReadableAxis axis : readable(panels.get(i).getPlot())) {
                    String leftOut = axis.leftOut();
                    if (leftOut != null) {
                        warnings.add(sources.get(i) + ": " + leftOut);
                    }
                }
            }
        }
        return warnings;
    }

    private static List<ReadableAxis> readable(Plot plot) {
        Stream<Axis> axes = plot instanceof XYPlot xy ? Stream.of(xy.getDomainAxis(), xy.getRangeAxis())
                : plot instanceof CategoryPlot category ? Stream.of(category.getDomainAxis(), category.getRangeAxis())
                : Stream.empty();
        return axes.filter(ReadableAxis.class::isInstance).map(ReadableAxis.class::cast).toList();
    }

    /** After {@code figure} was drawn into {@code area}: the axes' layout is the one the warnings speak of when the area is the figure's own size. */
    void drawn(Rectangle2D area, Size size) {
        if (warnings == null && area.getWidth() == size.pointWidth() && area.getHeight() == size.pointHeight()) {
            List<String> said = new ArrayList<>();
            for (ReadableAxis axis : axes) {
                String leftOut = axis.leftOut();
                if (leftOut != null) {
                    said.add(source + ": " + leftOut);
                }
            }
            warnings = List.copyOf(said);
        }
    }

    /** The warnings, drawing {@code figure} on a scratch image first when it was never drawn at its own size. */
    List<String> of(ChartFigure figure) {
        if (warnings == null) {
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g2 = scratch.createGraphics();
            try {
                g2.clipRect(0, 0, 1, 1);
                figure.draw(g2, new Rectangle2D.Double(0, 0, figure.size().pointWidth(), figure.size().pointHeight()));
            } finally {
                g2.dispose();
            }
        }
        return warnings;
    }
}
