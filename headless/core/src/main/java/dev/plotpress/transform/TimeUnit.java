package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;
import dev.plotpress.model.TransformStep;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Truncates a temporal column to the start of its year, quarter, month, week (Monday, ISO-8601), day, hour,
 * minute or second, in UTC, as pandas' {@code dt.to_period(unit).dt.start_time}; the result replaces the column
 * or goes into {@code as}. Monthly means are {@code timeUnit} then {@code aggregate}. The units {@code monthOfYear}
 * and {@code dayOfWeek} take a part of the date instead (pandas' {@code dt.month} / {@code dt.dayofweek}, Vega-Lite's
 * {@code month} / {@code day}): a categorical column of "Jan" ... "Dec" or "Mon" ... "Sun" in calendar order, so
 * months of different years fall together (a month x year heatmap: timeUnit, then pivot by the year).
 */
public record TimeUnit(String column, Unit unit, String as) implements TransformStep {
    private static final long DAY = 86_400_000L;

    public enum Unit {
        YEAR("year"), QUARTER("quarter"), MONTH("month"), WEEK("week"), DAY("day"), HOUR("hour"), MINUTE("minute"),
        SECOND("second"), MONTH_OF_YEAR("monthOfYear"), DAY_OF_WEEK("dayOfWeek");

        private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                "Oct", "Nov", "Dec");
        private static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

        final String specName;

        Unit(String specName) {
            this.specName = specName;
        }

        static Unit fromSpecName(String name) {
            for (Unit unit : values()) {
                if (unit.specName.equals(name)) {
                    return unit;
                }
            }
            return null;
        }

        /** A part of the date (a category) rather than a truncated date. */
        boolean isPart() {
            return this == MONTH_OF_YEAR || this == DAY_OF_WEEK;
        }

        /** The part's categories in calendar order. */
        List<String> parts() {
            return this == MONTH_OF_YEAR ? MONTHS : WEEKDAYS;
        }

        /** The part of {@code millis}, as an index into {@link #parts()}; -1 for a missing time. */
        int part(double millis) {
            if (Double.isNaN(millis)) {
                return -1;
            }
            LocalDate date = LocalDate.ofEpochDay(Math.floorDiv((long) millis, TimeUnit.DAY));
            return this == MONTH_OF_YEAR ? date.getMonthValue() - 1 : date.getDayOfWeek().getValue() - 1;
        }

        double truncate(double millis) {
            if (Double.isNaN(millis)) {
                return millis;
            }
            long t = (long) millis;
            return switch (this) {
                case SECOND -> Math.floorDiv(t, 1000L) * 1000L;
                case MINUTE -> Math.floorDiv(t, 60_000L) * 60_000L;
                case HOUR -> Math.floorDiv(t, 3_600_000L) * 3_600_000L;
                case DAY -> Math.floorDiv(t, TimeUnit.DAY) * TimeUnit.DAY;
                case WEEK -> (Math.floorDiv(Math.floorDiv(t, TimeUnit.DAY) + 3, 7) * 7 - 3) * TimeUnit.DAY; // 1970-01-01 was a Thursday
                default -> {
                    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(t, TimeUnit.DAY));
                    LocalDate start = switch (this) {
                        case YEAR -> date.withDayOfYear(1);
                        case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
                        default -> date.withDayOfMonth(1);
                    };
                    yield start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                }
            };
        }
    }

    @Override
    public Table apply(Table table) {
        Column found = Columns.find(table, column, "timeUnit.column");
        if (!(found instanceof TemporalColumn time)) {
            throw new InvalidSpecException("timeUnit.column", "column '" + column + "' does not hold dates; timeUnit "
                    + "truncates a temporal column (declare it with types: {" + column + ": temporal} if it should)");
        }
        String name = as == null ? column : as;
        Column truncated = unit.isPart() ? parts(name, time) : truncated(name, time);
        List<Column> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c.name().equals(name)) {
                columns.add(truncated);
            } else {
                columns.add(c);
            }
        }
        if (!table.has(name)) {
            columns.add(truncated);
        }
        return new Table(table.source(), columns, lines(table)).keyedBy(table.keys());
    }

    private TemporalColumn truncated(String name, TemporalColumn time) {
        double[] values = time.toArray();
        for (int row = 0; row < values.length; row++) {
            values[row] = unit.truncate(values[row]);
        }
        return TemporalColumn.wrap(name, values, time.format());
    }

    /** The parts present, in calendar order (a heatmap's rows run Jan to Dec, whichever month comes first). */
    private TextColumn parts(String name, TemporalColumn time) {
        int[] parts = new int[time.size()];
        boolean[] present = new boolean[unit.parts().size()];
        for (int row = 0; row < parts.length; row++) {
            parts[row] = unit.part(time.get(row));
            if (parts[row] >= 0) {
                present[parts[row]] = true;
            }
        }
        int[] code = new int[present.length];
        List<String> categories = new ArrayList<>();
        for (int part = 0; part < present.length; part++) {
            code[part] = present[part] ? categories.size() : -1;
            if (present[part]) {
                categories.add(unit.parts().get(part));
            }
        }
        for (int row = 0; row < parts.length; row++) {
            parts[row] = parts[row] < 0 ? -1 : code[parts[row]];
        }
        return TextColumn.ofCodes(name, parts, categories);
    }

    static int[] lines(Table table) {
        if (table.rowCount() == 0 || table.sourceLine(0).isEmpty()) {
            return null;
        }
        int[] lines = new int[table.rowCount()];
        for (int row = 0; row < lines.length; row++) {
            lines[row] = table.sourceLine(row).getAsInt();
        }
        return lines;
    }

    @Override
    public Object toSpec() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("column", column);
        body.put("unit", unit.specName);
        if (as != null) {
            body.put("as", as);
        }
        return Map.of("timeUnit", body);
    }
}
