package dev.plotpress.compare;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;

/**
 * Reads an image row by row as the 8-bit sRGB colours a person sees when it is shown on white: translucent
 * pixels are composited over white, so a fully transparent pixel is white whatever RGB it hides.
 *
 * <p>Grey PNGs are read from their samples directly: {@link BufferedImage#getRGB} would put them through
 * Java's linear grey colour space and change every value (a grey of 128 would come back as 187).
 */
final class VisibleRgb {
    private final BufferedImage image;
    private final boolean grey;

    VisibleRgb(BufferedImage image) {
        this.image = image;
        this.grey = image.getColorModel() instanceof ComponentColorModel
                && image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
    }

    /** Fills {@code out} (length at least the width) with 0xRRGGBB values of row {@code y}. */
    void row(int y, int[] out) {
        int width = image.getWidth();
        if (grey) {
            greyRow(y, out, width);
        } else {
            image.getRGB(0, y, width, 1, out, 0, width);
        }
        for (int x = 0; x < width; x++) {
            out[x] = overWhite(out[x]);
        }
    }

    private void greyRow(int y, int[] out, int width) {
        Raster raster = image.getRaster();
        boolean hasAlpha = raster.getNumBands() > 1;
        int shift = Math.max(0, image.getColorModel().getComponentSize(0) - 8);
        for (int x = 0; x < width; x++) {
            int g = raster.getSample(x, y, 0) >> shift;
            int a = hasAlpha ? raster.getSample(x, y, 1) >> shift : 255;
            out[x] = a << 24 | g << 16 | g << 8 | g;
        }
    }

    private static int overWhite(int argb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb & 0xFFFFFF;
        }
        int r = blend((argb >> 16) & 0xFF, a);
        int g = blend((argb >> 8) & 0xFF, a);
        int b = blend(argb & 0xFF, a);
        return r << 16 | g << 8 | b;
    }

    private static int blend(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha) + 127) / 255;
    }
}
