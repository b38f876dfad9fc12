package dev.plotpress.compare;

import dev.plotpress.model.BadInputException;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Compares two images pixel by pixel with matplotlib's {@code compare_images} metric: the RMS of the
 * differences of every pixel's R, G and B values, on a 0-255 scale,
 * {@code sqrt(sum((a - b)^2) / (width * height * 3))}.
 *
 * <p>Alpha: both images are composited over white first, and the RMS is taken over R, G, B. For opaque
 * images (every rendered chart) this is exactly matplotlib's number. matplotlib compares translucent
 * images as RGBA instead (four channels, hidden colours under transparent pixels count); here what counts
 * is what a person sees on a white page, so a transparent pixel equals white and equals any other
 * transparent pixel.
 */
public final class ImageComparison {
    private ImageComparison() {
    }

    /** Reads and compares two image files; errors name the file (missing, unreadable, different size). */
    public static ImageDifference compare(Path expected, Path actual) {
        BufferedImage e = ImageInput.read(expected);
        BufferedImage a = ImageInput.read(actual);
        return compare(e, expected.toString(), a, actual.toString());
    }

    public static ImageDifference compare(BufferedImage expected, BufferedImage actual) {
        return compare(expected, "the expected image", actual, "the actual image");
    }

    /**
     * Compares two images, naming them in the error when their sizes differ
     * ({@code expected.png is 1200x800 but actual.png is 1200x799}).
     */
    public static ImageDifference compare(BufferedImage expected, String expectedName,
                                          BufferedImage actual, String actualName) {
        requireSameSize(expected, expectedName, actual, actualName);
        int width = expected.getWidth();
        int height = expected.getHeight();
        VisibleRgb e = new VisibleRgb(expected);
        VisibleRgb a = new VisibleRgb(actual);
        int[] eRow = new int[width];
        int[] aRow = new int[width];
        long sumOfSquares = 0;
        long differing = 0;
        int minX = width, minY = height, maxX = -1, maxY = -1;
        for (int y = 0; y < height; y++) {
            e.row(y, eRow);
            a.row(y, aRow);
            for (int x = 0; x < width; x++) {
                int p = eRow[x];
                int q = aRow[x];
                if (p == q) {
                    continue;
                }
                int dr = ((p >> 16) & 0xFF) - ((q >> 16) & 0xFF);
                int dg = ((p >> 8) & 0xFF) - ((q >> 8) & 0xFF);
                int db = (p & 0xFF) - (q & 0xFF);
                sumOfSquares += (long) dr * dr + (long) dg * dg + (long) db * db;
                differing++;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        long total = (long) width * height;
        double rms = Math.sqrt(sumOfSquares / (total * 3.0));
        Region bounds = differing == 0 ? Region.EMPTY : new Region(minX, minY, maxX - minX + 1, maxY - minY + 1);
        return new ImageDifference(rms, differing, total, bounds);
    }

    static void requireSameSize(BufferedImage expected, String expectedName,
                                BufferedImage actual, String actualName) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            throw new BadInputException(expectedName + " is " + size(expected) + " but " + actualName + " is "
                    + size(actual) + "; images of different sizes cannot be compared pixel by pixel"
                    + " (render the actual image at the baseline's size, or regenerate the baseline)");
        }
    }

    private static String size(BufferedImage image) {
        return image.getWidth() + "x" + image.getHeight();
    }
}
