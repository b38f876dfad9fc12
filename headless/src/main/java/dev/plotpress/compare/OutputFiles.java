package dev.plotpress.compare;

import dev.plotpress.model.BadInputException;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes what the comparison makes (diffs, actual images, baselines, reports). Files are written to a
 * temporary file in the target folder and renamed, so a reader never sees half a PNG. The export package
 * can take this job over once it exists; nothing else in compare encodes or writes files.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** PNG bytes of an image, encoded in memory (no ImageIO disk cache). */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a PNG in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static void writePng(Path file, BufferedImage image) {
        write(file, png(image));
    }

    /** Writes bytes to {@code file} atomically, creating its folder; an unwritable place is a {@link BadInputException}. */
    public static void write(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new BadInputException(file + ": cannot write it (" + e + "); check that the folder is writable", e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the write already failed; that error is the one to report
            }
        }
    }
}
