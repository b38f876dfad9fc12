package dev.plotpress.model;

import java.util.Arrays;

/**
 * A column of points in time as milliseconds since 1970-01-01 UTC; a missing value is NaN. {@code format}
 * is how the file wrote them (e.g. {@code MMM d yyyy}, or ISO-8601), for messages; {@link #hasTimeOfDay()} says
 * whether any value is not midnight, so an axis can label days rather than hours. Immutable.
 */
public final class TemporalColumn implements Column {
    private static final double DAY = 86_400_000;

    private final String name;
    private final double[] millis;
    private final String format;
    private final boolean timeOfDay;
    private DatePrecision precision; // found on first use: reading a large file never pays for it

    public TemporalColumn(String name, double[] millis, String format) {
        this(millis.clone(), name, format, null);
    }

    /** {@code precision} null: the values' own; a selection keeps its column's, so every facet panel spells alike. */
    private TemporalColumn(double[] owned, String name, String format, DatePrecision precision) {
        this.name = name;
        this.millis = owned;
        this.format = format;
        boolean time = false;
        for (double value : owned) {
            if (Double.isFinite(value) && value % DAY != 0) {
                time = true;
                break;
            }
        }
        this.timeOfDay = time;
        this.precision = precision;
    }

    /** A column that takes {@code millis} as its own; the caller must not change the array afterwards. */
    public static TemporalColumn wrap(String name, double[] millis, String format) {
        return new TemporalColumn(millis, name, format, null);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return millis.length;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(millis[row]);
    }

    public double get(int row) {
        return millis[row];
    }

    public double[] toArray() {
        return millis.clone();
    }

    public String format() {
        return format;
    }

    public boolean hasTimeOfDay() {
        return timeOfDay;
    }

    /** How precisely the values are written as names ({@link #text}). */
    public DatePrecision precision() {
        DatePrecision found = precision;
        if (found == null) {
            found = DatePrecision.of(millis); // the same value whichever thread finds it first
            precision = found;
        }
        return found;
    }

    /** Row {@code row} as a name, at the column's {@link #precision()} ({@code 2012}, {@code 2012-03-05}); null if missing. */
    public String text(int row) {
        double value = millis[row];
        return Double.isNaN(value) ? null : precision().spell(value);
    }

    @Override
    public TemporalColumn select(int[] rows) {
        double[] picked = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = millis[rows[i]];
        }
        return new TemporalColumn(picked, name, format, precision());
    }

    @Override
    public TemporalColumn renamed(String newName) {
        return new TemporalColumn(millis, newName, format, precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TemporalColumn other && name.equals(other.name) && Arrays.equals(millis, other.millis);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(millis);
    }

    @Override
    public String toString() {
        return "TemporalColumn[" + name + ", " + millis.length + " rows]";
    }
}
