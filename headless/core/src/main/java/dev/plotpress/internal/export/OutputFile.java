package dev.plotpress.internal.export;

import dev.plotpress.model.BadInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers only ever see the old content or the complete new one: the bytes go to a
 * temporary file beside the target, which is then renamed over it.
 */
public final class OutputFile {
    /** Temporary files carry this prefix, so a resumed batch can recognise and remove leftovers. */
    public static final String TEMP_PREFIX = ".plotpress-";

    private OutputFile() {
    }

    public static void write(Path target, byte[] data) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new BadInputException(target + ": is a folder; give a file name such as " + target.resolve("chart.png"));
        }
        Path temp = null;
        try {
            createFolder(folder);
            temp = Files.createTempFile(folder, TEMP_PREFIX, ".tmp");
            Files.write(temp, data);
            makeReadable(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new BadInputException(folder + ": cannot write here (" + e.getClass().getSimpleName()
                    + "); choose an output folder you can write to, or fix its permissions", e);
        } catch (FileSystemException e) {
            throw new BadInputException(target + ": cannot write the file: " + e.getReason()
                    + "; choose another output path", e);
        } catch (IOException e) {
            throw new BadInputException(target + ": writing failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Temporary files are created owner-only; an image is for others to read too, as any new file is. */
    public static void makeReadable(Path temp) throws IOException {
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void createFolder(Path folder) throws IOException {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new BadInputException(p + ": is a file, not a folder, so nothing can be written under it; "
                        + "choose another output folder");
            }
        }
        Files.createDirectories(folder);
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the rename succeeded or the folder vanished; nothing left to clean
            }
        }
    }
}
