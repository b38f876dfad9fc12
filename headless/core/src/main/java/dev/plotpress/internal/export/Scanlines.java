package dev.plotpress.internal.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * An image as unfiltered PNG scanlines (filter byte 0, then samples): palette indices when an opaque image has at
 * most 256 colours (a scatter matrix does: a third of the bytes to compress), RGB for other opaque images, RGBA
 * when the image has alpha, grey samples for an 8-bit grey image. Filter 0 everywhere because chart colours are flat: the predictors cost more time
 * than they save. Palette order is first appearance, so equal pixels give equal bytes. The bytes may sit in a longer
 * array handed in by the caller (kept between charts: a 640x480 RGB chart is 0.9 MB, which G1 allocates as a humongous
 * object, and each one started a concurrent cycle); only the first {@link #length()} count.
 */
record Scanlines(byte[] bytes, int width, int height, int pixelBytes, int colourType, int[] palette) {
    static final int GREY = 0;
    static final int PALETTE = 3;
    static final int RGB = 2;
    static final int RGBA = 6;
    private static final int MAX_PALETTE = 256;

    int rowBytes() {
        return 1 + width * pixelBytes;
    }

    /** How many of {@link #bytes()} are the scanlines. */
    int length() {
        return height * rowBytes();
    }

    static Scanlines of(BufferedImage image) {
        return of(image, byte[]::new);
    }

    /** @param arrays gives an array of at least the length asked for; its contents are overwritten */
    static Scanlines of(BufferedImage image, IntFunction<byte[]> arrays) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return grey(image, arrays);
        }
        Pixels pixels = new Pixels(image);
        if (!image.getColorModel().hasAlpha()) {
            Scanlines indexed = indexed(pixels, arrays);
            return indexed != null ? indexed : samples(pixels, 3, RGB, arrays);
        }
        return samples(pixels, 4, RGBA, arrays);
    }

    /** Palette indices, or null as soon as a 257th colour shows up. */
    private static Scanlines indexed(Pixels pixels, IntFunction<byte[]> arrays) {
        int width = pixels.width();
        byte[] bytes = arrays.apply(pixels.height() * (width + 1));
        int[] palette = new int[MAX_PALETTE];
        int colours = 0;
        // Open addressing, 4x the palette so probes stay short; a slot holds colour | 1 << 24 (0 = empty).
        int[] slotColour = new int[4 * MAX_PALETTE];
        byte[] slotIndex = new byte[slotColour.length];
        int mask = slotColour.length - 1;
        int previous = -1;
        byte previousIndex = 0;
        int at = 0;
        for (int y = 0; y < pixels.height(); y++) {
            int[] row = pixels.row(y);
            int start = pixels.start(y);
            bytes[at++] = 0;
            for (int x = start; x < start + width; x++) {
                int rgb = row[x] & 0xFF_FFFF;
                if (rgb != previous) {
                    int key = rgb | 1 << 24;
                    int slot = (rgb * 0x9E37_79B1) >>> 22 & mask;
                    while (slotColour[slot] != key && slotColour[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    if (slotColour[slot] == 0) {
                        if (colours == MAX_PALETTE) {
                            return null;
                        }
                        slotColour[slot] = key;
                        slotIndex[slot] = (byte) colours;
                        palette[colours++] = rgb;
                    }
                    previous = rgb;
                    previousIndex = slotIndex[slot];
                }
                bytes[at++] = previousIndex;
            }
        }
        return new Scanlines(bytes, width, pixels.height(), 1, PALETTE, Arrays.copyOf(palette, colours));
    }

    /** Grey samples as they are: going through ARGB would convert them from Java's linear grey (128 becomes 187). */
    private static Scanlines grey(BufferedImage image, IntFunction<byte[]> arrays) {
        int width = image.getWidth();
        byte[] bytes = arrays.apply(image.getHeight() * (width + 1));
        byte[] row = new byte[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRaster().getDataElements(0, y, width, 1, row);
            bytes[y * (width + 1)] = 0;
            System.arraycopy(row, 0, bytes, y * (width + 1) + 1, width);
        }
        return new Scanlines(bytes, width, image.getHeight(), 1, GREY, null);
    }

    private static Scanlines samples(Pixels pixels, int pixelBytes, int colourType, IntFunction<byte[]> arrays) {
        int width = pixels.width();
        byte[] bytes = arrays.apply(pixels.height() * (1 + width * pixelBytes));
        int at = 0;
        for (int y = 0; y < pixels.height(); y++) {
            int[] row = pixels.row(y);
            int start = pixels.start(y);
            bytes[at++] = 0;
            for (int x = start; x < start + width; x++) {
                int argb = row[x];
                bytes[at++] = (byte) (argb >>> 16);
                bytes[at++] = (byte) (argb >>> 8);
                bytes[at++] = (byte) argb;
                if (pixelBytes == 4) {
                    bytes[at++] = (byte) (argb >>> 24);
                }
            }
        }
        return new Scanlines(bytes, width, pixels.height(), pixelBytes, colourType, null);
    }

    /**
     * Rows of non-premultiplied ARGB ints: read in place from the int array of the images Plotpress draws (the
     * chart's pixels are never copied), converted a row at a time for any other image.
     */
    private static final class Pixels {
        private final BufferedImage image;
        private final int[] packed;
        private final int[] row;

        Pixels(BufferedImage image) {
            this.image = image;
            this.packed = packedInts(image);
            this.row = packed != null ? null : new int[image.getWidth()];
        }

        int width() {
            return image.getWidth();
        }

        int height() {
            return image.getHeight();
        }

        /** The array holding row {@code y}, starting at {@link #start(int)}. */
        int[] row(int y) {
            if (packed != null) {
                return packed;
            }
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            return row;
        }

        int start(int y) {
            return packed != null ? y * image.getWidth() : 0;
        }

        private static int[] packedInts(BufferedImage image) {
            boolean intPixels = image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB;
            WritableRaster raster = image.getRaster();
            if (intPixels && raster.getDataBuffer() instanceof DataBufferInt buffer
                    && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
                    && model.getScanlineStride() == image.getWidth() && buffer.getOffset() == 0
                    && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
                return buffer.getData();
            }
            return null;
        }
    }
}
