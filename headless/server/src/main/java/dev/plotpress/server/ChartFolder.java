package dev.plotpress.server;

import dev.plotpress.DataFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The served folder ({@code --charts DIR}): chart {@code NAME} is the spec {@code NAME.yaml} in it. Names are letters,
 * digits, _ and - only, so a name can never climb out of the folder; data files are read inside it only
 * ({@link DataFolder#inside}, links resolved).
 */
final class ChartFolder {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String EXTENSION = ".yaml";

    private final Path root;
    private final DataFolder data;

    ChartFolder(Path root) {
        this.data = DataFolder.inside(root);
        this.root = data.root();
    }

    DataFolder data() {
        return data;
    }

    /** The folder's real path with a trailing separator, to keep it out of messages sent to clients. */
    String hidden() {
        return root + root.getFileSystem().getSeparator();
    }

    /** Every chart in the folder, by name, sorted. */
    List<String> names() {
        try (Stream<Path> files = Files.list(root)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(EXTENSION))
                    .map(f -> f.substring(0, f.length() - EXTENSION.length())).filter(n -> NAME.matcher(n).matches())
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The spec file of chart {@code name} (its real path); 404 when there is no such chart, 400 for a name that cannot be one. */
    Path specFile(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new Problem(400, "path", "'" + shorten(name) + "' is not a chart name", "a chart name is 1 to 64 letters, "
                    + "digits, _ or -: the name of a .yaml file in the served folder");
        }
        Path file = root.resolve(name + EXTENSION);
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root) || !Files.isRegularFile(real)) {
                throw missing(name);
            }
            return real;
        } catch (IOException e) {
            throw missing(name);
        }
    }

    Problem missing(String name) {
        List<String> names = names();
        return new Problem(404, "path", "there is no chart '" + name + "' in the served folder",
                names.isEmpty() ? "put NAME.yaml specs into the folder given to --charts"
                        : "the charts are " + String.join(", ", names.subList(0, Math.min(names.size(), 20))));
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
