package dev.plotpress.model;

import dev.plotpress.internal.model.Suggestion;
import java.util.Arrays;
import java.util.Locale;

/** What a column holds, as Vega-Lite types an encoding: numbers, points in time, or categories. */
public enum ColumnType {
    NUMERIC("numeric"),
    TEMPORAL("temporal"),
    CATEGORICAL("categorical");

    private final String specName;

    ColumnType(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    public static ColumnType of(Column column) {
        if (column instanceof NumericColumn) {
            return NUMERIC;
        }
        return column instanceof TemporalColumn ? TEMPORAL : CATEGORICAL;
    }

    /** @param field where the name was written, for the error */
    public static ColumnType fromSpecName(String field, String name) {
        for (ColumnType type : values()) {
            if (type.specName.equals(name.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new InvalidSpecException(field, "unknown type '" + name + "'" + Suggestion.hint(name,
                Arrays.stream(values()).map(ColumnType::specName).toList()) + "; use numeric, temporal or categorical");
    }

    @Override
    public String toString() {
        return specName;
    }
}
