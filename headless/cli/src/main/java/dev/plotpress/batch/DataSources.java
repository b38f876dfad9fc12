package dev.plotpress.batch;

import dev.plotpress.model.BadInputException;
import dev.plotpress.internal.model.Limit;
import dev.plotpress.model.DataSpec;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * The data sources of a batch, addressed by position so that any job can be built from its index alone:
 * that is what lets a million-job batch start at once and shards pick their jobs without a coordinator.
 */
public sealed interface DataSources {

    long count();

    DataSource get(long index);

    /** The key a template's {@code {key}} takes when the job file does not say. */
    KeyKind defaultKey();

    /** Every CSV file matching a glob, in sorted path order (so the order is the same on every machine). */
    record CsvFiles(String glob, List<Path> files) implements DataSources {
        public CsvFiles {
            files = List.copyOf(files);
        }

        /** Finds the files; a glob is relative to {@code folder} unless absolute. */
        public static CsvFiles matching(String glob, Path folder) {
            Path pattern;
            try {
                pattern = folder.resolve(glob).toAbsolutePath().normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw new BadInputException("data.files: '" + glob.replace("\0", "\\0") + "' is not a file path ("
                        + e.getReason() + "); give a glob such as data/*.csv", e);
            }
            Path base = literalPrefix(pattern);
            PathMatcher matcher;
            try {
                matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new BadInputException("data.files: '" + glob + "' is not a valid glob (" + e.getDescription()
                        + "); use *, ?, {a,b} and [abc] with their brackets closed, e.g. data/*.csv", e);
            }
            if (!Files.isDirectory(base)) {
                throw new BadInputException("data.files: " + glob + ": the folder " + base
                        + " does not exist; give a glob relative to the job file, e.g. data/*.csv");
            }
            // only as deep as the glob reaches: "../*.csv" must not walk everything under the parent folder
            int depth = pattern.toString().contains("**") ? Integer.MAX_VALUE : base.relativize(pattern).getNameCount();
            try (Stream<Path> walk = Files.walk(base, depth)) {
                long[] seen = {0};
                List<Path> found = walk.peek(entry -> Limit.GLOB_ENTRIES.check(++seen[0], "data.files: " + glob,
                        "narrow the glob (a ** under a large folder looks through all of it)"))
                        .filter(Files::isRegularFile).filter(matcher::matches).sorted().toList();
                if (found.isEmpty()) {
                    throw new BadInputException("data.files: no file matches " + glob + " (looked under " + base + ")");
                }
                return new CsvFiles(glob, found);
            } catch (IOException e) {
                throw new BadInputException("data.files: cannot list " + base + ": " + e.getMessage(), e);
            } catch (java.io.UncheckedIOException e) { // a folder under the glob's base that cannot be read
                throw new BadInputException("data.files: " + glob + ": cannot list " + e.getCause().getMessage()
                        + " (" + e.getCause().getClass().getSimpleName() + "); make it readable or narrow the glob", e);
            }
        }

        private static Path literalPrefix(Path pattern) {
            Path base = pattern.getRoot();
            for (Path part : pattern) {
                if (part.toString().matches(".*[*?\\[{].*")) {
                    break;
                }
                base = base.resolve(part);
            }
            return Files.isRegularFile(base) ? base.getParent() : base;
        }

        @Override
        public long count() {
            return files.size();
        }

        @Override
        public DataSource get(long index) {
            Path file = files.get((int) index);
            String name = file.getFileName().toString();
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            return new DataSource(index, stem, DataSpec.file(file));
        }

        @Override
        public KeyKind defaultKey() {
            return KeyKind.STEM;
        }
    }

    /** {@code count} random tables; table i uses seed {@code seed + i}. */
    record RandomTables(long count, int rows, int columns, long seed) implements DataSources {
        @Override
        public DataSource get(long index) {
            long tableSeed = seed + index;
            return new DataSource(index, "random_" + tableSeed, DataSpec.random(rows, columns, tableSeed));
        }

        @Override
        public KeyKind defaultKey() {
            return KeyKind.INDEX;
        }
    }
}
