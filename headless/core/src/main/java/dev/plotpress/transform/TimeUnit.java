package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
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
 * or goes into {@code as}. Monthly means are {@code timeUnit} then {@code aggregate}.
 */
public record TimeUnit(String column, Unit unit, String as) implements TransformStep {
    private static final long DAY = 86_400_000L;

    public enum Unit {
        YEAR("year"), QUARTER("quarter"), MONTH("month"), WEEK("week"), DAY("day"), HOUR("hour"), MINUTE("minute"),
        SECOND("second");

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
        double[] values = time.toArray();
        for (int row = 0; row < values.length; row++) {
            values[row] = unit.truncate(values[row]);
        }
        String name = as == null ? column : as;
        TemporalColumn truncated = TemporalColumn.wrap(name, values, time.format());
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
        return new Table(table.source(), columns, lines(table));
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
