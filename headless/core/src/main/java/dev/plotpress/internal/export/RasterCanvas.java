package dev.plotpress.internal.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.WritableRaster;

/**
 * Pixels that one chart at a time is drawn into, and the bytes of its PNG scanlines, kept for the next chart. A batch draws thousands of charts of a
 * few sizes, and a new 1200x800 image costs 0.4 ms to allocate and zero and hands the collector 3.8 MB per
 * chart; so the int array is kept (and grown), and each chart gets an image of its own size over it. Charts of
 * more than {@link #MAX_KEPT_PIXELS} pixels get an array of their own that is not kept, so one poster-sized
 * export does not pin its memory. Not thread-safe: one caller at a time.
 */
public final class RasterCanvas {
    static final int MAX_KEPT_PIXELS = 4 << 20;   // 16 MiB of ints: a 2000x2000 chart
    private static final DirectColorModel RGB = new DirectColorModel(24, 0xFF0000, 0xFF00, 0xFF);

    private int[] pixels = new int[0];
    private byte[] scanlines = new byte[0];

    /** An opaque TYPE_INT_RGB image of this size; its previous contents are whatever the last chart left. */
    public BufferedImage image(int width, int height) {
        int count = Math.multiplyExact(width, height);
        int[] array;
        if (count > MAX_KEPT_PIXELS) {
            array = new int[count];
        } else {
            if (pixels.length < count) {
                pixels = new int[count];
            }
            array = pixels;
        }
        WritableRaster raster = java.awt.image.Raster.createPackedRaster(new DataBufferInt(array, count), width, height,
                width, RGB.getMasks(), null);
        return new BufferedImage(RGB, raster, false, null);
    }

    /**
     * An array of at least {@code length} bytes for the chart's PNG scanlines, kept like the pixels: a 640x480 chart's
     * RGB scanlines are 0.9 MB, which G1 allocates as a humongous object (one concurrent cycle started every few charts).
     */
    public byte[] scanlines(int length) {
        if (length > 4 * MAX_KEPT_PIXELS) {
            return new byte[length];
        }
        if (scanlines.length < length) {
            scanlines = new byte[length];
        }
        return scanlines;
    }
}
