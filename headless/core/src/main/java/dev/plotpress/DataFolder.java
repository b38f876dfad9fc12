package dev.plotpress;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.DataSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which data files a spec may read. A command line reads what its user names ({@link #ANYWHERE}); a server reads
 * only files inside the folder it serves ({@link #inside}), after resolving symbolic links, so a spec cannot reach
 * {@code ../../etc/passwd} or a link pointing out; {@link #NONE} allows inline and random data only.
 */
public record DataFolder(Path root, boolean confined) {
    public static final DataFolder ANYWHERE = new DataFolder(null, false);
    public static final DataFolder NONE = new DataFolder(null, true);

    public static DataFolder inside(Path root) {
        try {
            return new DataFolder(root.toRealPath(), true);
        } catch (IOException e) {
            throw new BadInputException(root + ": the data folder cannot be opened (" + e.getMessage() + ")");
        }
    }

    /** Refuses a data file this folder does not allow; the message never reveals where a link points. */
    public void check(DataSpec data) {
        if (!confined || data.file() == null) {
            return;
        }
        if (root == null) {
            throw new BadInputException("data.file: files cannot be read here; give the data inline");
        }
        Path real;
        try {
            real = data.file().toRealPath();
        } catch (IOException e) {
            throw new BadInputException("data.file: '" + root.relativize(data.file().toAbsolutePath().normalize())
                    + "' does not exist in the served folder; check the name (a data file is named relative to the spec)");
        }
        if (!real.startsWith(root) || !Files.isRegularFile(real)) {
            throw new BadInputException("data.file: only regular files inside the served folder can be read; name a file "
                    + "of the served folder relative to the spec (data: {file: NAME.csv}), or give the data inline");
        }
    }
}
