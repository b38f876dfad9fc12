package dev.plotpress.internal.export;

import dev.plotpress.model.Size;
import dev.plotpress.render.Figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a Figure into a new opaque image: the raster target behind PNG, JPEG and data URIs.
 */
public final class Raster {
    private Raster() {
    }

    /** Opaque int pixels: what the PNG encoder reads in place. */
    public static BufferedImage draw(Figure figure, Size size) {
        return draw(figure, size, BufferedImage.TYPE_INT_RGB);
    }

    /**
     * @param imageType an opaque {@link BufferedImage} type: charts have a white background, and encoders are
     *                  faster without alpha. ImageIO's JPEG writer takes {@code TYPE_3BYTE_BGR} as it is.
     */
    public static BufferedImage draw(Figure figure, Size size, int imageType) {
        return drawOn(new BufferedImage(size.pixelWidth(), size.pixelHeight(), imageType), figure, size);
    }

    /** Draws over whatever {@code image} holds (it is painted white first); the image must be the size's pixels. */
    public static BufferedImage drawOn(BufferedImage image, Figure figure, Size size) {
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            // Figures draw in points; scale so the whole requested size maps onto the pixels.
            g2.scale(image.getWidth() / size.pointWidth(), image.getHeight() / size.pointHeight());
            figure.draw(g2, new Rectangle2D.Double(0, 0, size.pointWidth(), size.pointHeight()));
        } finally {
            g2.dispose();
        }
        return image;
    }
}
