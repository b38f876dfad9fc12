package dev.plotpress.internal.export;

import dev.plotpress.export.Exporter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.zip.CRC32;

/**
 * PNG bytes from an image: {@link Scanlines} (a palette when the chart has at most 256 colours) compressed by
 * {@link ScanlineDeflater}, in the chunks IHDR, pHYs (when a resolution is given), PLTE, IDAT, IEND. No time
 * chunk, so equal pixels give equal bytes. Why not a library: docs/PERFORMANCE.md measures ImageIO and
 * pngencoder; both spend most of a chart's time in zlib, which this encoder does not need.
 */
public final class PngEncoding {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final double METRES_PER_INCH = 0.0254;

    private PngEncoding() {
    }

    /** PNG bytes of any image (diffs, screenshots, baselines), without a resolution chunk. */
    public static byte[] encode(BufferedImage image) {
        return encode(image, 0);
    }

    /** PNG bytes with a pHYs chunk saying {@code dpi} (none when dpi is 0). */
    public static byte[] encode(BufferedImage image, double dpi) {
        return encode(image, dpi, byte[]::new);
    }

    /** The same bytes, with the scanlines written into an array from {@code arrays} (one kept between charts). */
    public static byte[] encode(BufferedImage image, double dpi, IntFunction<byte[]> arrays) {
        Scanlines scanlines = Scanlines.of(image, arrays);
        byte[] compressed = ScanlineDeflater.zlib(scanlines.bytes(), scanlines.length(), scanlines.pixelBytes(), scanlines.rowBytes());
        ByteArrayOutputStream png = new ByteArrayOutputStream(compressed.length + 1024);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(scanlines.width()).putInt(scanlines.height())
                .put((byte) 8).put((byte) scanlines.colourType()).put((byte) 0).put((byte) 0).put((byte) 0).array());
        if (dpi > 0) {
            int perMetre = (int) Math.round(dpi / METRES_PER_INCH);
            chunk(png, "pHYs", ByteBuffer.allocate(9).putInt(perMetre).putInt(perMetre).put((byte) 1).array());
        }
        if (scanlines.palette() != null) {
            ByteBuffer palette = ByteBuffer.allocate(3 * scanlines.palette().length);
            for (int rgb : scanlines.palette()) {
                palette.put((byte) (rgb >>> 16)).put((byte) (rgb >>> 8)).put((byte) rgb);
            }
            chunk(png, "PLTE", palette.array());
        }
        chunk(png, "IDAT", compressed);
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
