package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.model.DatePrecision;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The column a pivot spreads, as categories that become column names: a categorical column as it is; a numeric or
 * temporal one by its distinct values in ascending order, each named as a person writes it (2012, 2.5, 2012-03: a date at its column's {@link DatePrecision}).
 */
final class PivotKeys {
    private PivotKeys() {
    }

    static TextColumn of(Column column) {
        if (column instanceof TextColumn text) {
            return text;
        }
        double[] values = column instanceof TemporalColumn time ? time.toArray() : ((NumericColumn) column).toArray();
        double[] distinct = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().distinct().toArray();
        DatePrecision precision = column instanceof TemporalColumn time ? time.precision() : null;
        List<String> names = new ArrayList<>();
        for (double value : distinct) {
            names.add(precision != null ? precision.spell(value) : number(value));
        }
        int[] codes = new int[values.length];
        for (int row = 0; row < values.length; row++) {
            codes[row] = Double.isNaN(values[row]) ? -1 : Arrays.binarySearch(distinct, values[row]);
        }
        return TextColumn.ofCodes(column.name(), codes, names);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
