package dev.plotpress.internal.model;

import dev.plotpress.model.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The guard every reader passes first: only regular files are read (a FIFO would block forever, /dev/zero
 * never ends, a device is not a document), and none larger than its limit.
 */
public final class InputFile {
    private InputFile() {
    }

    /** Refuses anything but an existing regular file of at most {@code limit} bytes; {@code kind} names it. */
    public static void requireRegular(Path file, Limit limit, String kind) {
        if (!Files.exists(file)) {
            return;   // each reader says "no such file" in its own words
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a folder, not a " + kind + "; name a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": is not a regular file (a pipe, socket or device); Plotpress reads "
                    + kind + "s from ordinary files only: save the content to a file first");
        }
        try {
            long size = Files.size(file);
            limit.check(size, file.toString(), "use a smaller file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The bytes of a regular file, read no further than its limit even if it grows while being read. */
    public static byte[] readBytes(Path file, Limit limit, String kind) {
        requireRegular(file, limit, kind);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.value() + 1));
            limit.check(bytes.length, file.toString(), "use a smaller file");
            return bytes;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such " + kind + "; check the path", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
