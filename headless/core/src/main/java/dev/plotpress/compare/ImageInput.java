package dev.plotpress.compare;

import dev.plotpress.model.BadInputException;
import dev.plotpress.internal.model.InputFile;
import dev.plotpress.internal.model.Limit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Decodes PNG and JPEG (whatever ImageIO reads) from memory: the bytes are read first, so ImageIO never
 * touches its disk cache and no global ImageIO setting is changed.
 */
public final class ImageInput {
    private ImageInput() {
    }

    /** Reads an image file; a missing, unreadable or non-image file is a {@link BadInputException} naming it. */
    public static BufferedImage read(Path file) {
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file");
        }
        return decode(InputFile.readBytes(file, Limit.IMAGE_BYTES, "image"), file.toString());
    }

    /**
     * Decodes image bytes; {@code source} names them in error messages (a file name, or a chart name).
     */
    public static BufferedImage decode(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new BadInputException(source + ": the file is empty, expected a PNG or JPEG image");
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BadInputException(source + ": not an image ImageIO can read (expected PNG or JPEG)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // The header's size, before a pixel is decoded: a 2 MB PNG may claim 23170 x 23170 (2 GB decoded).
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (!Limit.IMAGE_PIXELS_IN.allows(pixels)) {
                    throw new BadInputException(source + ": the image says it is " + reader.getWidth(0) + " x "
                            + reader.getHeight(0) + " px: " + Limit.IMAGE_PIXELS_IN.exceeded(pixels,
                            "compare smaller images"));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException(source + ": broken or truncated image (" + e.getMessage() + ")", e);
        }
    }
}
