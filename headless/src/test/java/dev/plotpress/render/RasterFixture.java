package dev.plotpress.render;

import org.jfree.chart.ChartRenderingInfo;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** The raster target as the exporter draws it: white RGB image, antialiased, scaled from points to pixels. */
final class RasterFixture {
    private RasterFixture() {
    }

    static BufferedImage draw(Figure figure) {
        return draw(figure, figure::draw);
    }

    /** Draws a one-chart figure and reports where its plot's data area landed, in points. */
    static DrawnChart drawChart(ChartFigure figure) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = draw(figure, (g2, area) -> figure.chart().draw(g2, area, info));
        return new DrawnChart(image, info.getPlotInfo().getDataArea(), figure.size().scale());
    }

    /** An image and where the plot's data went; {@code scale} turns points into pixels. */
    record DrawnChart(BufferedImage image, Rectangle2D dataArea, double scale) {
        int px(double points) {
            return (int) Math.floor(points * scale);
        }
    }

    private static BufferedImage draw(Figure figure, BiConsumer<Graphics2D, Rectangle2D> drawing) {
        var size = figure.size();
        BufferedImage image = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.scale(size.scale(), size.scale());
            drawing.accept(g2, new Rectangle2D.Double(0, 0, size.pointWidth(), size.pointHeight()));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** Writes {@code image} to /tmp/plotpress-render/{@code name}.png for a person to look at. */
    static Path save(BufferedImage image, String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "plotpress-render"));
            Path file = dir.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
