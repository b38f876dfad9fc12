package dev.plotpress.export;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;

import java.awt.image.BufferedImage;

/**
 * PNG bytes from an image, through the pngencoder library: several times faster than ImageIO's writer on
 * chart images (see docs/PERFORMANCE.md). Single-threaded on purpose: batch runs parallelise across
 * charts, and one chart's compression must not compete with the other workers. No timestamp chunk is
 * written, so equal pixels give equal bytes.
 */
public final class PngEncoding {
    private PngEncoding() {
    }

    /** PNG bytes of any image (diffs, screenshots, baselines), without a resolution chunk. */
    public static byte[] encode(BufferedImage image) {
        return new PngEncoder().withBufferedImage(image).withMultiThreadedCompressionEnabled(false).toBytes();
    }

    static byte[] encode(BufferedImage image, double dpi) {
        return new PngEncoder()
                .withBufferedImage(image)
                .withMultiThreadedCompressionEnabled(false)
                .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.dotsPerInch((int) Math.round(dpi)))
                .toBytes();
    }
}
