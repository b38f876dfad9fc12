package dev.plotpress.model;

import java.nio.file.Path;

/**
 * Where a chart's data comes from: a CSV or JSON file (resolved against the spec file's folder) or
 * generated random numbers; then an optional transform.
 */
public record DataSpec(Path file, RandomData random, Transform transform) {
    public DataSpec {
        if ((file == null) == (random == null)) {
            throw new InvalidSpecException("data", "give exactly one of data.file or data.random");
        }
        if (transform == null) {
            transform = Transform.NONE;
        }
    }

    public static DataSpec file(Path file) {
        return new DataSpec(file, null, Transform.NONE);
    }

    public static DataSpec random(int rows, int columns, long seed) {
        return new DataSpec(null, new RandomData(rows, columns, seed), Transform.NONE);
    }

    public DataSpec withTransform(Transform newTransform) {
        return new DataSpec(file, random, newTransform);
    }

    /** How error messages and reports name this source. */
    public String describe() {
        return file != null ? file.toString()
                : "random(" + random.rows() + "x" + random.columns() + ", seed " + random.seed() + ")";
    }
}
