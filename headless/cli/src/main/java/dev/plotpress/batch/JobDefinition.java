package dev.plotpress.batch;

import java.util.List;

/**
 * A job file as written (docs/batch.schema.json): for each data source, render these specs and name the
 * outputs with a template. Paths are still relative to the job file here; {@link JobFileReader} resolves them.
 *
 * @param data   where each job's table comes from: every CSV matching a glob, or N random tables
 * @param specs  chart spec files; each one's data is replaced by the job's data source (its transform stays)
 * @param output output name template, relative to the output folder, e.g. {@code {key}_{spec}.png}
 * @param key    what {@code {key}} stands for: {@code stem}, {@code index} or {@code uuid}
 */
record JobDefinition(SourceDefinition data, List<String> specs, OutputTemplate output, String key) {
    JobDefinition {
        specs = specs == null ? List.of() : List.copyOf(specs);
    }

    /**
     * Missing fields are checked after parsing, not in the constructor: Jackson reports unknown fields only
     * after construction, and a misspelt field should be named as misspelt, not as missing.
     */
    String missingField() {
        if (data == null) {
            return "data: missing; give data.files (a glob such as data/*.csv) or data.random {count, rows, columns, seed}";
        }
        if (specs.isEmpty()) {
            return "specs: missing or empty; list at least one chart spec file";
        }
        if (output == null || output.template().isBlank()) {
            return "output: missing; give a name template such as {key}_{spec}.png";
        }
        return null;
    }

    /** {@code files} (a glob) or {@code random}, exactly one. */
    record SourceDefinition(String files, RandomSource random) {
        SourceDefinition {
            if ((files == null) == (random == null)) {
                throw new IllegalArgumentException("data: give exactly one of data.files or data.random");
            }
        }
    }

    /** {@code count} tables of {@code rows} x {@code columns} uniform numbers, seeds {@code seed}, seed+1, ... */
    record RandomSource(Long count, Integer rows, Integer columns, Long seed) {
        RandomSource {
            if (count == null || rows == null || columns == null || seed == null) {
                throw new IllegalArgumentException("data.random: give count, rows, columns and seed, e.g. "
                        + "{count: 250, rows: 4, columns: 8, seed: 0}; missing: " + String.join(", ",
                        java.util.stream.Stream.of(count == null ? "count" : null, rows == null ? "rows" : null,
                                columns == null ? "columns" : null, seed == null ? "seed" : null)
                                .filter(java.util.Objects::nonNull).toList()));
            }
            if (count < 1) {
                throw new IllegalArgumentException("data.random.count: must be at least 1, got " + count);
            }
            if (rows < 1 || columns < 1) {
                throw new IllegalArgumentException("data.random: rows and columns must be at least 1, got "
                        + rows + " x " + columns);
            }
            long maxSeed = dev.plotpress.model.RandomData.MAX_SEED;
            if (seed < 0 || seed > maxSeed) {
                throw new IllegalArgumentException("data.random.seed: must be between 0 and " + maxSeed
                        + " (numpy's seeds), got " + seed);
            }
            if (count - 1 > maxSeed - seed) {
                throw new IllegalArgumentException("data.random.count: table i uses seed " + seed + " + i, so " + count
                        + " tables would run past numpy's largest seed " + maxSeed + "; give count at most "
                        + (maxSeed - seed + 1) + " or a lower seed");
            }
        }
    }
}
