package dev.plotpress.model;

import java.nio.file.Path;

/**
 * Where a chart's data comes from: a CSV or JSON file (resolved against the spec file's folder), generated
 * random numbers, or rows written into the spec ({@link InlineData}); then an optional transform.
 */
public record DataSpec(Path file, RandomData random, InlineData inline, Transform transform) {
    public DataSpec {
        int sources = (file != null ? 1 : 0) + (random != null ? 1 : 0) + (inline != null ? 1 : 0);
        if (sources != 1) {
            throw new InvalidSpecException("data", "give exactly one of data.file, data.random, data.csv or data.values");
        }
        if (transform == null) {
            transform = Transform.NONE;
        }
    }

    public DataSpec(Path file, RandomData random, Transform transform) {
        this(file, random, null, transform);
    }

    public static DataSpec file(Path file) {
        return new DataSpec(file, null, null, Transform.NONE);
    }

    public static DataSpec random(int rows, int columns, long seed) {
        return new DataSpec(null, new RandomData(rows, columns, seed), null, Transform.NONE);
    }

    public static DataSpec inline(InlineData inline) {
        return new DataSpec(null, null, inline, Transform.NONE);
    }

    public DataSpec withTransform(Transform newTransform) {
        return new DataSpec(file, random, inline, newTransform);
    }

    /** How error messages and reports name this source. */
    public String describe() {
        if (file != null) {
            return file.toString();
        }
        return inline != null ? inline.describe()
                : "random(" + random.rows() + "x" + random.columns() + ", seed " + random.seed() + ")";
    }
}
