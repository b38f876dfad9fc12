package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;
import dev.plotpress.model.TransformStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per group of {@code groupBy} values (all rows when empty), with a statistic of a column per measure,
 * as pandas' {@code df.groupby(groupBy).agg(...)}. Groups come in key order; a missing key is a group of its own.
 * {@code aggregate: {groupBy: [date, symbol], mean: price}}.
 */
public record Aggregate(List<String> groupBy, List<Measure> measures) implements TransformStep {
    /**
     * One output column: {@code statistic} of {@code column} named {@code as}; a row count when column is null.
     */
    public record Measure(Statistic statistic, String column, String as) {
    }

    public Aggregate {
        groupBy = List.copyOf(groupBy);
        measures = List.copyOf(measures);
    }

    @Override
    public Table apply(Table table) {
        List<Column> keys = new ArrayList<>();
        for (int i = 0; i < groupBy.size(); i++) {
            keys.add(Columns.find(table, groupBy.get(i), "aggregate.groupBy"));
        }
        Groups groups = Groups.of(keys, table.rowCount());
        Groups.Members members = groups.members();
        int[] first = groups.firstRows();
        List<Column> result = new ArrayList<>();
        for (Column key : keys) {
            result.add(key.select(first));
        }
        for (Measure measure : measures) {
            result.add(measure(table, measure, groups, members));
        }
        return new Table(table.source(), result).keyedBy(groupBy);
    }

    private static Column measure(Table table, Measure measure, Groups groups, Groups.Members members) {
        int count = groups.count();
        double[] out = new double[count];
        if (measure.column() == null) {
            for (int g = 0; g < count; g++) {
                out[g] = members.offsets()[g + 1] - members.offsets()[g];
            }
            return NumericColumn.wrap(measure.as(), out);
        }
        String field = "aggregate." + measure.statistic().specName;
        Column column = Columns.find(table, measure.column(), field);
        double[] values;
        if (column instanceof TextColumn text) {
            if (!measure.statistic().countsOnly()) {
                throw new InvalidSpecException(field, "column '" + column.name() + "' is categorical, so it has no "
                        + measure.statistic().specName + "; count it (count or distinct) or aggregate a numeric column");
            }
            values = new double[text.size()];
            for (int row = 0; row < values.length; row++) {
                values[row] = text.code(row) < 0 ? Double.NaN : text.code(row);
            }
        } else if (column instanceof TemporalColumn time) {
            if (measure.statistic() == Statistic.SUM || measure.statistic() == Statistic.STD) {
                throw new InvalidSpecException(field, "column '" + column.name() + "' holds dates, which have no "
                        + measure.statistic().specName + "; use min, max, mean, median, count or distinct");
            }
            values = time.toArray();
        } else {
            values = ((NumericColumn) column).toArray();
        }
        if (measure.statistic() == Statistic.MEAN || measure.statistic() == Statistic.SUM || measure.statistic() == Statistic.COUNT) {
            streaming(measure.statistic(), values, groups, out);
        } else {
            double[] gathered = new double[values.length];
            int[] rows = members.rows();
            for (int i = 0; i < rows.length; i++) {
                gathered[i] = values[rows[i]];
            }
            for (int g = 0; g < count; g++) {
                out[g] = measure.statistic().of(gathered, members.offsets()[g], members.offsets()[g + 1]);
            }
        }
        if (column instanceof TemporalColumn time && measure.statistic().keepsTime()) {
            return TemporalColumn.wrap(measure.as(), out, time.format());
        }
        return NumericColumn.wrap(measure.as(), out);
    }

    /** Sum, mean and count in one pass over the rows, without gathering them by group. */
    private static void streaming(Statistic statistic, double[] values, Groups groups, double[] out) {
        long[] counts = new long[out.length];
        for (int row = 0; row < values.length; row++) {
            double value = values[row];
            if (!Double.isNaN(value)) {
                int g = groups.of(row);
                out[g] += value;
                counts[g]++;
            }
        }
        for (int g = 0; g < out.length; g++) {
            if (statistic == Statistic.COUNT) {
                out[g] = counts[g];
            } else if (statistic == Statistic.MEAN) {
                out[g] = counts[g] == 0 ? Double.NaN : out[g] / counts[g];
            }
        }
    }

    @Override
    public Object toSpec() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!groupBy.isEmpty()) {
            body.put("groupBy", groupBy);
        }
        for (Measure measure : measures) {
            Object value = measure.column() == null ? (Object) true : measure.column();
            body.merge(measure.statistic().specName, value, (earlier, more) -> {
                List<Object> list = new ArrayList<>(earlier instanceof List<?> l ? l : List.of(earlier));
                list.add(more);
                return list;
            });
        }
        return Map.of("aggregate", body);
    }
}
