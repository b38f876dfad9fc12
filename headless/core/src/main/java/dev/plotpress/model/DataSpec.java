package dev.plotpress.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a chart's data comes from: a CSV or JSON file (resolved against the spec file's folder) or
 * generated random numbers; how its columns are typed; then an optional transform ({@code data.transform},
 * e.g. correlation) and the spec's {@code transform:} list, applied in that order.
 */
public record DataSpec(Path file, RandomData random, Transform transform, ColumnTypes types, List<TransformStep> steps) {
    public DataSpec {
        if ((file == null) == (random == null)) {
            throw new InvalidSpecException("data", "give exactly one of data.file or data.random");
        }
        if (transform == null) {
            transform = Transform.NONE;
        }
        types = types == null ? ColumnTypes.NONE : types;
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public DataSpec(Path file, RandomData random, Transform transform) {
        this(file, random, transform, ColumnTypes.NONE, List.of());
    }

    public static DataSpec file(Path file) {
        return new DataSpec(file, null, Transform.NONE);
    }

    public static DataSpec random(int rows, int columns, long seed) {
        return new DataSpec(null, new RandomData(rows, columns, seed), Transform.NONE);
    }

    public DataSpec withTransform(Transform newTransform) {
        return new DataSpec(file, random, newTransform, types, steps);
    }

    public DataSpec withTypes(ColumnTypes newTypes) {
        return new DataSpec(file, random, transform, newTypes, steps);
    }

    public DataSpec withSteps(List<TransformStep> newSteps) {
        return new DataSpec(file, random, transform, types, newSteps);
    }

    public DataSpec withDateFormat(String pattern) {
        return withTypes(types.withDateFormat(pattern));
    }

    /** This source read and transformed as {@code other} says (a batch job: the job's file, the spec's steps). */
    public DataSpec preparedLike(DataSpec other) {
        return other == null ? this : new DataSpec(file, random, other.transform, other.types, other.steps);
    }

    /** How error messages and reports name this source. */
    public String describe() {
        return file != null ? file.toString()
                : "random(" + random.rows() + "x" + random.columns() + ", seed " + random.seed() + ")";
    }
}
