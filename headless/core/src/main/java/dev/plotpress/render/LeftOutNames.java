package dev.plotpress.render;

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
 * The warning a chart owes when its category names do not all fit: the names are laid out as they will be drawn
 * (the chart drawn once, at its size, onto a one-pixel image that keeps nothing), and each axis that wrote only
 * some of them, or shortened some, says so ("penguins.json: the x axis writes 20 of its 40 names ...").
 */
final class LeftOutNames {
    private LeftOutNames() {
    }

    static List<String> of(ChartFigure figure, String source) {
        List<ReadableAxis> axes = axes(figure.chart().getPlot());
        if (axes.isEmpty()) {
            return List.of(); // only category and matrix axes choose their names' layout: nothing to draw for
        }
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            g2.clipRect(0, 0, 1, 1);
            figure.draw(g2, new Rectangle2D.Double(0, 0, figure.size().pointWidth(), figure.size().pointHeight()));
        } finally {
            g2.dispose();
        }
        List<String> warnings = new ArrayList<>();
        for (ReadableAxis axis : axes) {
            String leftOut = axis.leftOut();
            if (leftOut != null) {
                warnings.add(source + ": " + leftOut);
            }
        }
        return warnings;
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
                for (ReadableAxis axis : axes(panels.get(i).getPlot())) {
                    String leftOut = axis.leftOut();
                    if (leftOut != null) {
                        warnings.add(sources.get(i) + ": " + leftOut);
                    }
                }
            }
        }
        return warnings;
    }

    private static List<ReadableAxis> axes(Plot plot) {
        Stream<Axis> axes = plot instanceof XYPlot xy ? Stream.of(xy.getDomainAxis(), xy.getRangeAxis())
                : plot instanceof CategoryPlot category ? Stream.of(category.getDomainAxis(), category.getRangeAxis())
                : Stream.empty();
        return axes.filter(ReadableAxis.class::isInstance).map(ReadableAxis.class::cast).toList();
    }
}
