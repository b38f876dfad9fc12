package dev.plotpress.model;

import java.util.Arrays;

/** A column of numbers; a missing value is NaN. Immutable: the values are copied in and never handed out. */
public final class NumericColumn implements Column {
    private final String name;
    private final double[] values;

    public NumericColumn(String name, double[] values) {
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

    public double get(int row) {
        return values[row];
    }

    public double[] toArray() {
        return values.clone();
    }

    /** Smallest finite value, or NaN when the column has none. */
    public double min() {
        return Arrays.stream(values).filter(Double::isFinite).min().orElse(Double.NaN);
    }

    public double max() {
        return Arrays.stream(values).filter(Double::isFinite).max().orElse(Double.NaN);
    }

    public long finiteCount() {
        return Arrays.stream(values).filter(Double::isFinite).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericColumn other && name.equals(other.name) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "NumericColumn[" + name + ", " + values.length + " rows]";
    }
}
