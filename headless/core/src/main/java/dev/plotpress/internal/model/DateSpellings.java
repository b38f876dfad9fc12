package dev.plotpress.internal.model;


import dev.plotpress.model.BadInputException;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ways a file may write its dates, and how a column's values choose one: ISO-8601 dates and date-times
 * (with or without an offset), {@code yyyy/MM/dd}, {@code MMM d yyyy} ({@code Jan 1 2000}), {@code d MMM yyyy},
 * and {@code MM/dd/yyyy} or {@code dd/MM/yyyy} when a value decides it (a number above 12 in one place). A
 * spelling is taken only when it reads every value of the column. Times without an offset are UTC, never the
 * machine's zone, so every machine draws the same chart.
 */
public final class DateSpellings {
    /** One spelling: the name a spec's {@code dateFormat} would give, and the parser. */
    public record Spelling(String name, DateTimeFormatter formatter) {
        /** The value as epoch milliseconds, or NaN when this spelling does not read it. */
        public double millis(String text) {
            String value = text.strip();
            ParsePosition position = new ParsePosition(0);
            if (formatter.parseUnresolved(value, position) == null || position.getIndex() != value.length()) {
                return Double.NaN; // the common miss, found without the cost of an exception
            }
            try {
                TemporalAccessor parsed = formatter.parse(value);
                LocalDate date = parsed.query(TemporalQueries.localDate());
                if (date == null) {
                    return Double.NaN;
                }
                LocalTime time = parsed.query(TemporalQueries.localTime());
                ZoneId zone = parsed.query(TemporalQueries.zone());
                return LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time)
                        .atZone(zone == null ? ZoneOffset.UTC : zone).toInstant().toEpochMilli();
            } catch (java.time.DateTimeException e) {
                return Double.NaN; // e.g. 2000-02-30: the right shape, not a day
            }
        }
    }

    static final Spelling ISO = new Spelling("ISO-8601", new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
    static final Spelling MONTH_DAY = known("MM/dd/yyyy", "M/d/uuuu");
    static final Spelling DAY_MONTH = known("dd/MM/yyyy", "d/M/uuuu");
    // Each name is a dateFormat that reads what its parser reads, because errors suggest it as the fix.
    static final List<Spelling> KNOWN = List.of(ISO, known("yyyy/MM/dd", "uuuu/M/d"),
            known("yyyy/MM/dd HH:mm", "uuuu/M/d H:mm"), known("yyyy/MM/dd HH:mm:ss", "uuuu/M/d H:mm:ss"),
            known("MMM d yyyy", "MMM d[,] uuuu"), known("d MMM yyyy", "d MMM uuuu"), MONTH_DAY, DAY_MONTH);

    private static final Pattern DATE_SHAPE = Pattern.compile("(?i).*(\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}"
            + "|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?[ ,-]+\\d|\\d[ -](jan|feb|mar|apr|may|jun"
            + "|jul|aug|sep|oct|nov|dec)).*");

    private DateSpellings() {
    }

    private static Spelling known(String name, String pattern) {
        return new Spelling(name, new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));
    }

    /** The spec's own pattern (checked: it must name a day). */
    public static Spelling declared(String pattern) {
        return new Spelling(pattern, DatePattern.check("dateFormat", pattern).withResolverStyle(ResolverStyle.SMART));
    }

    /**
     * The column as dates when one spelling reads every value ({@code dateFormat}'s, else a known one), else null.
     * Each distinct value is parsed once.
     */
    public static TemporalColumn asTemporal(TextColumn column, String dateFormat, String source) {
        List<String> categories = column.categories();
        Spelling spelling = dateFormat != null ? declared(dateFormat) : detect(categories, source, column.name());
        if (spelling == null || categories.isEmpty()) {
            return null;
        }
        double[] byCategory = new double[categories.size()];
        for (int i = 0; i < byCategory.length; i++) {
            byCategory[i] = spelling.millis(categories.get(i));
            if (Double.isNaN(byCategory[i])) {
                return null;
            }
        }
        double[] millis = new double[column.size()];
        for (int row = 0; row < millis.length; row++) {
            int code = column.code(row);
            millis[row] = code < 0 ? Double.NaN : byCategory[code];
        }
        return TemporalColumn.wrap(column.name(), millis, spelling.name());
    }

    /** One value (a filter's, a bin's start) in ISO-8601 or another known spelling; NaN when none reads it. */
    public static double millis(String value) {
        for (Spelling spelling : KNOWN) {
            double millis = spelling.millis(value);
            if (!Double.isNaN(millis)) {
                return millis;
            }
        }
        return Double.NaN;
    }

    /** True when {@code value} has the shape of a date (digits and separators, or a month name and a number). */
    public static boolean looksLikeDate(String value) {
        return value != null && value.length() < 64 && DATE_SHAPE.matcher(value).matches();
    }

    /**
     * The known spelling that reads every one of {@code values} (distinct, non-null), or null. When both month-first
     * and day-first read them all and some value means two different days, the file must say which.
     */
    public static Spelling detect(List<String> values, String source, String column) {
        if (values.isEmpty()) {
            return null;
        }
        Spelling found = null;
        for (Spelling spelling : KNOWN) {
            if (readsAll(spelling, values)) {
                if (spelling == DAY_MONTH && found == MONTH_DAY) {
                    String ambiguous = values.stream().filter(v -> MONTH_DAY.millis(v) != DAY_MONTH.millis(v))
                            .findFirst().orElse(null);
                    if (ambiguous != null) {
                        throw new BadInputException(source + " column '" + column + "': '" + ambiguous + "' could be "
                                + "month/day or day/month and no value decides it (none has a number above 12 in "
                                + "either place); add dateFormat: MM/dd/yyyy or dateFormat: dd/MM/yyyy");
                    }
                }
                if (found == null) {
                    found = spelling;
                }
            }
        }
        return found;
    }

    private static boolean readsAll(Spelling spelling, List<String> values) {
        for (String value : values) {
            if (Double.isNaN(spelling.millis(value))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why {@code column} cannot be read as dates, with the counts and the fix:
     * "stocks.csv column 'date': 0 of 560 values are dates in yyyy-MM-dd (first: 'Jan 1 2000'); add dateFormat: MMM d yyyy".
     *
     * @param dateFormat the spec's pattern, or null for the known spellings
     */
    public static BadInputException notDates(String source, TextColumn column, String dateFormat) {
        List<String> categories = column.categories();
        Spelling tried = dateFormat == null ? null : declared(dateFormat);
        Spelling fits = dateFormat == null ? bestKnown(categories) : tried;
        boolean[] reads = new boolean[categories.size()];
        for (int i = 0; i < reads.length; i++) {
            reads[i] = fits != null && !Double.isNaN(fits.millis(categories.get(i)));
        }
        int values = 0;
        int dates = 0;
        int firstBad = -1;
        for (int row = 0; row < column.size(); row++) {
            int code = column.code(row);
            if (code >= 0) {
                values++;
                if (reads[code]) {
                    dates++;
                } else if (firstBad < 0) {
                    firstBad = row;
                }
            }
        }
        String in = dateFormat != null ? " in dateFormat " + dateFormat : fits == null ? "" : " (read as " + fits.name() + ")";
        Spelling other;
        try {
            other = detect(categories, source, column.name());
        } catch (BadInputException ambiguous) {
            return ambiguous;
        }
        String fix = other != null && dateFormat != null
                ? "the values read as " + other.name() + (other == ISO ? ": leave dateFormat out" : ": set dateFormat: " + other.name())
                : dateFormat == null || !dateFormat.equals(patternFor(categories)) ? patternFix(categories)
                : "add dateFormat with the pattern the file uses (e.g. dateFormat: dd.MM.yyyy), or fix the values";
        String first = firstBad < 0 ? "" : " (first that is not: '" + column.get(firstBad) + "', row " + (firstBad + 1) + ")";
        return new BadInputException(source + " column '" + column.name() + "': " + dates + " of " + values
                + " values are dates" + in + first + "; " + fix);
    }

    /**
     * Patterns a file writes often besides the known spellings (which are read without dateFormat): the first that
     * reads every value is suggested, so the fix shows the file's own pattern. Two-digit forms come first, so
     * 03.01.2024 suggests dd.MM.yyyy rather than d.M.yyyy.
     */
    private static final List<String> SUGGESTED = suggested();

    private static List<String> suggested() {
        List<String> patterns = new java.util.ArrayList<>();
        for (String time : List.of("", " HH:mm", " HH:mm:ss")) {
            for (String separator : List.of(".", "-", "/", " ")) {
                for (String[] order : new String[][] {{"dd", "MM", "yyyy"}, {"MM", "dd", "yyyy"}, {"yyyy", "MM", "dd"},
                        {"d", "M", "yyyy"}, {"M", "d", "yyyy"}, {"yyyy", "M", "d"}}) {
                    patterns.add(String.join(separator, order) + time);
                }
            }
        }
        patterns.addAll(List.of("yyyyMMdd", "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "dd-MMM-yyyy",
                "d-MMM-yyyy", "dd-MMM-yy", "MM/dd/yy", "dd/MM/yy", "dd.MM.yy"));
        return List.copyOf(patterns);
    }

    /** The first {@link #SUGGESTED} pattern that reads every one of {@code values}, or null. */
    private static String patternFor(List<String> values) {
        return values.isEmpty() ? null : SUGGESTED.stream().filter(p -> readsAll(declared(p), values)).findFirst().orElse(null);
    }

    /** "add dateFormat: dd.MM.yyyy" when a pattern reads every value (both, when day and month could swap); else how to find one. */
    private static String patternFix(List<String> values) {
        String pattern = patternFor(values);
        if (pattern == null) {
            return "add dateFormat with the pattern the file uses (e.g. dateFormat: dd.MM.yyyy), or fix the values";
        }
        String swapped = pattern.contains("dd") && pattern.contains("MM") && !pattern.contains("MMM") ? swapDayMonth(pattern) : null;
        if (swapped != null && readsAll(declared(swapped), values)) {
            return "add dateFormat: " + pattern + " or dateFormat: " + swapped + " (no value decides whether the day "
                    + "or the month comes first)";
        }
        return "add dateFormat: " + pattern + " (it reads every value)";
    }

    private static String swapDayMonth(String pattern) {
        return pattern.replace("dd", "#").replace("MM", "dd").replace("#", "MM");
    }

    /** The known spelling that reads the most of {@code values}, or null when none reads any. */
    private static Spelling bestKnown(List<String> values) {
        Spelling best = null;
        int bestCount = 0;
        for (Spelling spelling : KNOWN) {
            int count = 0;
            for (String value : values) {
                if (!Double.isNaN(spelling.millis(value))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = spelling;
                bestCount = count;
            }
        }
        return best;
    }
}
