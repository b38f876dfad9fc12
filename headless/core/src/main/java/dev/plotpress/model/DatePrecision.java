package dev.plotpress.model;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How precisely a column's points in time are written where they name something (hue levels, facet titles, bar and
 * box categories, heatmap rows, pivoted column names): as coarse as the values allow, as pandas' {@code dt.year}
 * after a yearly timeUnit. Every value on January 1 at midnight: 2012; on the 1st of a month: 2012-03 (ISO, the name
 * a pivot gives a column, so the spec can refer to it); at midnight: 2012-03-05; else the date and time.
 */
public enum DatePrecision {
    YEAR("uuuu"), MONTH("uuuu-MM"), DAY("uuuu-MM-dd"), MINUTE("uuuu-MM-dd HH:mm"), SECOND("uuuu-MM-dd HH:mm:ss"),
    MILLISECOND("uuuu-MM-dd HH:mm:ss.SSS");

    private final DateTimeFormatter spelling;

    DatePrecision(String pattern) {
        this.spelling = DateTimeFormatter.ofPattern(pattern);
    }

    /** The coarsest precision that writes every one of {@code millis} (NaN ignored) exactly. */
    public static DatePrecision of(double[] millis) {
        DatePrecision coarsest = YEAR;
        for (double value : millis) {
            if (!Double.isNaN(value)) {
                DatePrecision needed = needed(time(value));
                coarsest = needed.ordinal() > coarsest.ordinal() ? needed : coarsest;
            }
        }
        return coarsest;
    }

    /** {@code millis} (since 1970-01-01 UTC) written at this precision. */
    public String spell(double millis) {
        return spelling.format(time(millis));
    }

    private static DatePrecision needed(LocalDateTime t) {
        if (t.getNano() % 1_000_000_000 != 0) {
            return MILLISECOND;
        }
        if (t.getSecond() != 0) {
            return SECOND;
        }
        if (t.getHour() != 0 || t.getMinute() != 0) {
            return MINUTE;
        }
        return t.getDayOfYear() == 1 ? YEAR : t.getDayOfMonth() == 1 ? MONTH : DAY;
    }

    private static LocalDateTime time(double millis) {
        long ms = (long) millis;
        return LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000L), (int) Math.floorMod(ms, 1000L) * 1_000_000, ZoneOffset.UTC);
    }
}
