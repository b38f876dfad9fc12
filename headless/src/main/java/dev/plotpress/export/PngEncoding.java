package dev.plotpress.export;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;

import java.awt.image.BufferedImage;

/**
 * PNG bytes from an image, through the pngencoder library. Tuned on the reports' charts (bench/, see
 * docs/PERFORMANCE.md): deflate level 3 instead of the library's default 9 (which is ~10x slower for a few
 * percent), no predictor filtering (it costs more time than it saves on flat chart colours), and a palette
 * when the image has at most 256 colours - a scatter matrix does, and comes out at half of ImageIO's bytes;
 * a heatmap does not and stays RGB. Lossless either way. Single-threaded on purpose: batch runs parallelise
 * across charts. No timestamp chunk is written, so equal pixels give equal bytes.
 */
public final class PngEncoding {
    static final int COMPRESSION_LEVEL = 3;

    private PngEncoding() {
    }

    /** PNG bytes of any image (diffs, screenshots, baselines), without a resolution chunk. */
    public static byte[] encode(BufferedImage image) {
        return encoder(image).toBytes();
    }

    static byte[] encode(BufferedImage image, double dpi) {
        return encoder(image)
                .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.dotsPerInch((int) Math.round(dpi)))
                .toBytes();
    }

    private static PngEncoder encoder(BufferedImage image) {
        return new PngEncoder()
                .withBufferedImage(image)
                .withCompressionLevel(COMPRESSION_LEVEL)
                .withPredictorEncoding(false)
                .withTryIndexedEncoding(true)
                .withMultiThreadedCompressionEnabled(false);
    }
}
