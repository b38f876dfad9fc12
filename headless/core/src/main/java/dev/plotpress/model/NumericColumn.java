package dev.plotpress.model;

import java.util.Arrays;

/** A column of numbers; a missing value is NaN. Immutable: the values are copied in and never handed out. */
public final class NumericColumn implements Column {
    private final String name;
    private final double[] values;

    public NumericColumn(String name, double[] values) {
        this(values.clone(), name);
    }

    private NumericColumn(double[] owned, String name) {
        this.name = name;
        this.values = owned;
    }

    /** A column that takes {@code values} as its own (no copy); the caller must not change the array afterwards. */
    public static NumericColumn wrap(String name, double[] values) {
        return new NumericColumn(values, name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    public double get(int row) {
        return values[row];
    }

    public double[] toArray() {
        return values.clone();
    }

    @Override
    public NumericColumn select(int[] rows) {
        double[] picked = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return new NumericColumn(picked, name);
    }

    @Override
    public NumericColumn renamed(String newName) {
        return new NumericColumn(values, newName);
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
