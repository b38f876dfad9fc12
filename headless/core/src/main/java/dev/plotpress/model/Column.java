package dev.plotpress.model;

/** One named column of a {@link Table}: numbers, points in time, or categories (text). */
public sealed interface Column permits NumericColumn, TemporalColumn, TextColumn {
    String name();

    int size();

    /** True when row {@code row} has no value (NaN, or no category). */
    boolean isMissing(int row);

    /** This column's values at {@code rows}, in that order, under the same name. */
    Column select(int[] rows);

    /** The same values under another name. */
    Column renamed(String newName);
}
