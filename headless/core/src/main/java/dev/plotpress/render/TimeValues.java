package dev.plotpress.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.TextColumn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * A text column of dates or timestamps as milliseconds since 1970 (UTC), for a time axis. Reads ISO-8601
 * ({@code 2024-03-01}, {@code 2024-03-01T12:30}, {@code 2024-03-01 12:30:00}, with or without an offset) or the
 * spec's {@code dateFormat}. Times without an offset are UTC, never the machine's zone, so every machine draws
 * the same chart.
 */
public final class TimeValues {
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter(Locale.ROOT);

    private TimeValues() {
    }

    /** True when the first non-empty value reads as a date: how a text x column is recognised as time. */
    public static boolean looksLikeDates(TextColumn column, String dateFormat) {
        for (int row = 0; row < column.size(); row++) {
            String value = column.get(row);
            if (value != null && !value.isBlank()) {
                try {
                    millis(value.strip(), formatter(dateFormat));
                    return true;
                } catch (DateTimeParseException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Every value as epoch milliseconds; an empty cell is NaN, an unreadable one an error naming its row. */
    public static double[] millis(TextColumn column, String dateFormat, String source) {
        DateTimeFormatter formatter = formatter(dateFormat);
        double[] result = new double[column.size()];
        for (int row = 0; row < result.length; row++) {
            String value = column.get(row);
            if (value == null || value.isBlank()) {
                result[row] = Double.NaN;
                continue;
            }
            try {
                result[row] = millis(value.strip(), formatter);
            } catch (DateTimeParseException e) {
                throw new BadInputException(source + ": column '" + column.name() + "', row " + (row + 1) + ": '"
                        + value + "' is not a date in " + (dateFormat == null ? "ISO-8601 (e.g. 2024-03-01 or "
                        + "2024-03-01T12:30:00)" : "the format " + dateFormat)
                        + "; fix the value or set dateFormat in the spec to the pattern the file uses");
            }
        }
        return result;
    }

    private static DateTimeFormatter formatter(String dateFormat) {
        return dateFormat == null ? ISO : DateTimeFormatter.ofPattern(dateFormat, Locale.ROOT);
    }

    private static double millis(String text, DateTimeFormatter formatter) {
        TemporalAccessor parsed = formatter.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        Instant instant;
        if (parsed instanceof OffsetDateTime offset) {
            instant = offset.toInstant();
        } else if (parsed instanceof LocalDateTime local) {
            instant = local.toInstant(ZoneOffset.UTC);
        } else {
            instant = ((LocalDate) parsed).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return instant.toEpochMilli();
    }
}
