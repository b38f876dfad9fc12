package dev.plotpress.model;

import java.util.Arrays;
import java.util.OptionalInt;

/** A column of text; a missing value is null. Immutable. */
public final class TextColumn implements Column {
    private final String name;
    private final String[] values;

    public TextColumn(String name, String[] values) {
        this.name = name;
        this.values = values.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return values.length;
    }

    public String get(int row) {
        return values[row];
    }

    /** The first row whose value is neither missing nor a number (see {@link NumberText}), if any. */
    public OptionalInt firstNonNumber() {
        for (int row = 0; row < values.length; row++) {
            if (!NumberText.fitsNumericColumn(values[row])) {
                return OptionalInt.of(row);
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextColumn other && name.equals(other.name) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TextColumn[" + name + ", " + values.length + " rows]";
    }
}
