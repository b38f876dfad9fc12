package dev.plotpress.internal.model;

import dev.plotpress.model.InvalidSpecException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A spec's date pattern ({@code dateFormat}), checked: a valid pattern that names a day, not only a time. */
public final class DatePattern {
    private DatePattern() {
    }

    public static DateTimeFormatter check(String field, String pattern) {
        DateTimeFormatter formatter;
        try {
            formatter = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException(field, "'" + pattern + "' is not a date pattern (" + e.getMessage()
                    + "); write e.g. yyyy-MM-dd or dd/MM/yyyy HH:mm");
        }
        try {
            String sample = formatter.format(ZonedDateTime.of(2001, 2, 3, 4, 5, 6, 0, ZoneOffset.UTC));
            LocalDate.from(formatter.parse(sample));
        } catch (RuntimeException e) {
            throw new InvalidSpecException(field, "'" + pattern + "' has no complete date (year, month and day); "
                    + (monthAsMinutes(pattern) ? "mm is minutes and MM is the month: write " + pattern.replaceFirst("mm", "MM")
                    : "a time alone cannot place values on a time axis: write e.g. yyyy-MM-dd HH:mm"));
        }
        return formatter;
    }

    private static boolean monthAsMinutes(String pattern) {
        return pattern.contains("y") && pattern.contains("d") && pattern.contains("mm") && !pattern.contains("M")
                && !pattern.contains("L");
    }
}
