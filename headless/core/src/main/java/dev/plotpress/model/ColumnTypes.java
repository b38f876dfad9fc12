package dev.plotpress.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the columns of a file are read: the types the spec declares ({@code types: {year: categorical}}; every
 * other column's type is inferred from all its values) and the spec's {@code dateFormat}, the pattern of the
 * columns read as dates. {@link #NONE}: infer everything, dates in the spellings Plotpress knows.
 */
public record ColumnTypes(Map<String, ColumnType> declared, String dateFormat) {
    public static final ColumnTypes NONE = new ColumnTypes(Map.of(), null);

    public ColumnTypes {
        declared = declared == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(declared));
    }

    /** The declared type of {@code column}, or null when it is inferred. */
    public ColumnType of(String column) {
        return declared.get(column);
    }

    public ColumnTypes withDateFormat(String pattern) {
        return new ColumnTypes(declared, pattern);
    }

    /** These types with {@code column} declared {@code type} (e.g. to read it again as text). */
    public ColumnTypes with(String column, ColumnType type) {
        Map<String, ColumnType> more = new LinkedHashMap<>(declared);
        more.put(column, type);
        return new ColumnTypes(more, dateFormat);
    }
}
