package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The column a pivot spreads, as categories that become column names: a categorical column as it is; a numeric or
 * temporal one by its distinct values in ascending order, each named as a person writes it (2012, 2.5, 2012-03).
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
        DateTimeFormatter spelling = column instanceof TemporalColumn ? spelling(distinct) : null;
        List<String> names = new ArrayList<>();
        for (double value : distinct) {
            names.add(spelling != null ? spelling.format(Instant.ofEpochMilli((long) value).atZone(ZoneOffset.UTC)) : number(value));
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

    /** The coarsest spelling that tells every value apart exactly: a year, a month, a day or a time. */
    private static DateTimeFormatter spelling(double[] millis) {
        boolean years = true;
        boolean months = true;
        boolean days = true;
        for (double value : millis) {
            ZonedDateTime t = Instant.ofEpochMilli((long) value).atZone(ZoneOffset.UTC);
            boolean midnight = t.toLocalTime().toNanoOfDay() == 0;
            days &= midnight;
            months &= midnight && t.getDayOfMonth() == 1;
            years &= midnight && t.getDayOfYear() == 1;
        }
        String pattern = years ? "uuuu" : months ? "uuuu-MM" : days ? "uuuu-MM-dd" : "uuuu-MM-dd HH:mm:ss";
        return DateTimeFormatter.ofPattern(pattern);
    }
}
