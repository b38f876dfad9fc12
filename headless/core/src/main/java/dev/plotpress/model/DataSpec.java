package dev.plotpress.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a chart's data comes from: a CSV or JSON file (resolved against the spec file's folder) or
 * generated random numbers; how its columns are typed; then an optional transform ({@code data.transform},
 * e.g. correlation) and the spec's {@code transform:} list, applied in that order.
 */
public record DataSpec(Path file, RandomData random, Transform transform, ColumnTypes types, List<TransformStep> steps,
                       InlineData inline) {
    public DataSpec {
        int sources = (file != null ? 1 : 0) + (random != null ? 1 : 0) + (inline != null ? 1 : 0);
        if (sources != 1) {
            throw new InvalidSpecException("data", "give exactly one of data.file, data.random, data.csv or data.values");
        }
        if (transform == null) {
            transform = Transform.NONE;
        }
        types = types == null ? ColumnTypes.NONE : types;
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public DataSpec(Path file, RandomData random, Transform transform) {
        this(file, random, transform, ColumnTypes.NONE, List.of(), null);
    }

    public DataSpec(Path file, RandomData random, Transform transform, ColumnTypes types, List<TransformStep> steps) {
        this(file, random, transform, types, steps, null);
    }

    /** Rows written into the spec (a request body, a program's string). */
    public DataSpec(Path file, RandomData random, InlineData inline, Transform transform) {
        this(file, random, transform, ColumnTypes.NONE, List.of(), inline);
    }

    public static DataSpec inline(InlineData inline) {
        return new DataSpec(null, null, inline, Transform.NONE);
    }

    public static DataSpec file(Path file) {
        return new DataSpec(file, null, Transform.NONE);
    }

    public static DataSpec random(int rows, int columns, long seed) {
        return new DataSpec(null, new RandomData(rows, columns, seed), Transform.NONE);
    }

    public DataSpec withTransform(Transform newTransform) {
        return new DataSpec(file, random, newTransform, types, steps, inline);
    }

    public DataSpec withTypes(ColumnTypes newTypes) {
        return new DataSpec(file, random, transform, newTypes, steps, inline);
    }

    public DataSpec withSteps(List<TransformStep> newSteps) {
        return new DataSpec(file, random, transform, types, newSteps, inline);
    }

    public DataSpec withDateFormat(String pattern) {
        return withTypes(types.withDateFormat(pattern));
    }

    /** This source read and transformed as {@code other} says (a batch job: the job's file, the spec's steps). */
    public DataSpec preparedLike(DataSpec other) {
        return other == null ? this : new DataSpec(file, random, other.transform, other.types, other.steps, inline);
    }

    /** How error messages and reports name this source. */
    public String describe() {
        if (inline != null) {
            return inline.describe();
        }
        return file != null ? file.toString()
                : "random(" + random.rows() + "x" + random.columns() + ", seed " + random.seed() + ")";
    }
}
