package dev.plotpress.model;

import java.util.Arrays;

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
