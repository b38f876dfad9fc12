package dev.plotpress.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plotpress.model.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds chart specs among files and folders given on a command line. A folder is searched recursively
 * for {@code .yaml}, {@code .yml} and {@code .json} files that have a top-level {@code kind} key (so batch
 * job files, schemas and Kubernetes manifests beside them are passed over). Each spec gets a name: its path relative to the
 * folder it was found in, without the extension ({@code gallery/box}); a file given directly is named by
 * its stem.
 */
public final class SpecFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A spec file and the name its outputs and baselines go by. */
    public record NamedSpec(String name, Path file) {
    }

    private SpecFiles() {
    }

    public static List<NamedSpec> collect(List<Path> filesOrFolders) {
        List<NamedSpec> specs = new ArrayList<>();
        for (Path given : filesOrFolders) {
            if (Files.isDirectory(given)) {
                try (Stream<Path> walk = Files.walk(given)) {
                    walk.filter(Files::isRegularFile).filter(SpecFiles::isSpecFileName).filter(SpecFiles::hasKind)
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(file -> specs.add(new NamedSpec(stem(given.relativize(file)), file)));
                } catch (IOException e) {
                    throw new BadInputException(given + ": cannot list the folder: " + e.getMessage());
                } catch (java.io.UncheckedIOException e) { // a folder inside it that cannot be read
                    throw new BadInputException(given + ": cannot list " + e.getCause().getMessage() + " ("
                            + e.getCause().getClass().getSimpleName() + "); make it readable or give the spec files");
                }
            } else if (Files.isRegularFile(given)) {
                specs.add(new NamedSpec(stem(given.getFileName()), given));
            } else {
                throw new BadInputException(given + ": no such file or folder");
            }
        }
        if (specs.isEmpty()) {
            throw new BadInputException("no chart specs found in " + filesOrFolders
                    + "; a spec is a .yaml, .yml or .json file with a top-level kind: key");
        }
        return specs;
    }

    private static boolean isSpecFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** YAML is a superset of JSON, so one parser reads both. A file that does not parse is left to the reader to report. */
    private static boolean hasKind(Path file) {
        try {
            JsonNode root = YAML.readTree(file.toFile());
            // a Kubernetes manifest has a kind too (examples/kubernetes/), and an apiVersion no chart has
            return root != null && root.isObject() && root.has("kind") && !root.has("apiVersion");
        } catch (IOException e) {
            return true;
        }
    }

    private static String stem(Path relative) {
        String path = relative.toString().replace('\\', '/');
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
    }
}
