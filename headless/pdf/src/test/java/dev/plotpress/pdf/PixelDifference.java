package dev.plotpress.pdf;

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
        return meanAbsolute(a, b, 1);
    }

    /**
     * The same over {@code block} x {@code block} averages: two renderers that anti-alias a hairline or a glyph
     * edge differently agree once neighbouring pixels are pooled, while a missing or misplaced shape still differs.
     */
    static double meanAbsolute(BufferedImage a, BufferedImage b, int block) {
        return block == 1 ? pixelwise(a, b) : pixelwise(pooled(a, block), pooled(b, block));
    }

    private static BufferedImage pooled(BufferedImage image, int block) {
        int width = image.getWidth() / block;
        int height = image.getHeight() / block;
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] sum = new int[3];
                for (int dy = 0; dy < block; dy++) {
                    for (int dx = 0; dx < block; dx++) {
                        int rgb = onWhite(image.getRGB(x * block + dx, y * block + dy));
                        sum[0] += (rgb >> 16) & 0xFF;
                        sum[1] += (rgb >> 8) & 0xFF;
                        sum[2] += rgb & 0xFF;
                    }
                }
                int n = block * block;
                result.setRGB(x, y, (sum[0] / n) << 16 | (sum[1] / n) << 8 | sum[2] / n);
            }
        }
        return result;
    }

    private static double pixelwise(BufferedImage a, BufferedImage b) {
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
