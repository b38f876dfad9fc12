package dev.plotpress.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Table} from a Java program's own values, column by column:
 * <pre>{@code
 * Table sales = Table.builder("sales").column("month", months).column("revenue", revenue).build();
 * }</pre>
 * Numbers become numeric columns (a missing value is {@code null} or NaN); text, enums, booleans and dates become
 * text columns ({@code toString()}: a {@link java.time.LocalDate} is ISO-8601, which a chart's x reads as a time
 * axis). Not thread-safe; the table it builds is immutable.
 */
public final class TableBuilder {
    private final String source;
    private final List<Column> columns = new ArrayList<>();

    TableBuilder(String source) {
        this.source = source;
    }

    /** A column of numbers (copied). */
    public TableBuilder column(String name, double[] values) {
        columns.add(new NumericColumn(name, values));
        return this;
    }

    /** A column of whole numbers (copied as doubles). */
    public TableBuilder column(String name, int[] values) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i];
        }
        return column(name, copy);
    }

    /** A column of numbers (copied as doubles; beyond 2^53 whole numbers lose precision). */
    public TableBuilder column(String name, long[] values) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i];
        }
        return column(name, copy);
    }

    /** A column of text (copied); a missing value is {@code null}. */
    public TableBuilder column(String name, String[] values) {
        columns.add(new TextColumn(name, values));
        return this;
    }

    /**
     * A column from any values: all numbers (or null) make a numeric column, anything else a text column of
     * {@code toString()}; an empty collection makes an empty numeric column.
     */
    public TableBuilder column(String name, Collection<?> values) {
        columns.add(columnOf(name, values));
        return this;
    }

    public Table build() {
        return new Table(source, columns);
    }

    static Column columnOf(String name, Collection<?> values) {
        boolean numbers = values.stream().allMatch(v -> v == null || v instanceof Number);
        if (numbers) {
            double[] array = new double[values.size()];
            Iterator<?> it = values.iterator();
            for (int i = 0; i < array.length; i++) {
                Object v = it.next();
                array[i] = v == null ? Double.NaN : ((Number) v).doubleValue();
            }
            return new NumericColumn(name, array);
        }
        String[] array = new String[values.size()];
        Iterator<?> it = values.iterator();
        for (int i = 0; i < array.length; i++) {
            array[i] = text(it.next());
        }
        return new TextColumn(name, array);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** One column per key, in the map's order; each value is a {@code double[]}, {@code String[]} or collection. */
    static Table ofColumns(String source, Map<String, ?> columns) {
        TableBuilder builder = new TableBuilder(source);
        columns.forEach((name, values) -> {
            if (values instanceof double[] numbers) {
                builder.column(name, numbers);
            } else if (values instanceof int[] numbers) {
                builder.column(name, numbers);
            } else if (values instanceof long[] numbers) {
                builder.column(name, numbers);
            } else if (values instanceof String[] text) {
                builder.column(name, text);
            } else if (values instanceof Collection<?> collection) {
                builder.column(name, collection);
            } else if (values instanceof Object[] array) {
                builder.column(name, List.of(array));
            } else {
                throw new BadInputException(source + ": column '" + name + "' is a " + (values == null ? "null"
                        : values.getClass().getSimpleName()) + "; give a double[], String[] or a collection of values");
            }
        });
        return builder.build();
    }
}
