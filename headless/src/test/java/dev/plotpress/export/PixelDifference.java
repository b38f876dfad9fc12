package dev.plotpress.export;

import java.awt.image.BufferedImage;

/**
 * How far apart two renderings of the same figure are: the mean absolute difference of the red, green and
 * blue channels (0 = identical, 255 = black against white), with transparent pixels seen on white, as a page
 * shows them. Sizes may differ by a pixel of rounding; the common area is compared.
 */
final class PixelDifference {
    private PixelDifference() {
    }

    static double meanAbsolute(BufferedImage a, BufferedImage b) {
        if (Math.abs(a.getWidth() - b.getWidth()) > 1 || Math.abs(a.getHeight() - b.getHeight()) > 1) {
            throw new AssertionError("sizes differ: " + a.getWidth() + "x" + a.getHeight() + " and "
                    + b.getWidth() + "x" + b.getHeight());
        }
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        long sum = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = onWhite(a.getRGB(x, y));
                int q = onWhite(b.getRGB(x, y));
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return sum / (3.0 * width * height);
    }

    private static int onWhite(int argb) {
        int alpha = argb >>> 24;
        int rgb = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int channel = (argb >> shift) & 0xFF;
            rgb |= ((channel * alpha + 255 * (255 - alpha)) / 255) << shift;
        }
        return rgb;
    }
}
