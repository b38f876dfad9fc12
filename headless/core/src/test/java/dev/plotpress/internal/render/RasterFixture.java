package dev.plotpress.internal.render;

import dev.plotpress.render.Figure;
import dev.plotpress.internal.export.Raster;
import dev.plotpress.model.Size;
import org.jfree.chart.ChartRenderingInfo;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** Charts drawn by the exporter's raster target (white RGB image, antialiased, points scaled to pixels). */
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

    /** Draws through the exporter's own raster target, with {@code drawing} in place of the figure's. */
    private static BufferedImage draw(Figure figure, BiConsumer<Graphics2D, Rectangle2D> drawing) {
        return Raster.draw(new Figure() {
            @Override
            public Size size() {
                return figure.size();
            }

            @Override
            public String description() {
                return figure.description();
            }

            @Override
            public void draw(Graphics2D g2, Rectangle2D area) {
                drawing.accept(g2, area);
            }
        }, figure.size());
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
