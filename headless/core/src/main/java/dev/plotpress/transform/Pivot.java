package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.model.TransformStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Long to wide, as pandas' {@code pivot_table(index=groupBy, columns=column, values=value, aggfunc=op)}: one row per
 * group of {@code groupBy} values (default: every other column), one numeric column per category of
 * {@code column} (in category order) holding {@code op} (default mean) of {@code value}; NaN where a group has
 * no such row. A numeric or temporal {@code column} is spread too, its distinct values in ascending order named as
 * written: 2012 for a number, and a date by its coarsest exact spelling (2012 for the years timeUnit leaves,
 * 2012-03 for months, else the day), as pandas names the columns of {@code pivot_table(columns=df.date.dt.year)}.
 */
public record Pivot(String column, String value, List<String> groupBy, Statistic op) implements TransformStep {
    public Pivot {
        groupBy = groupBy == null ? null : List.copyOf(groupBy);
        op = op == null ? Statistic.MEAN : op;
    }

    @Override
    public Table apply(Table table) {
        TextColumn categories = PivotKeys.of(Columns.find(table, column, "pivot.column"));
        Column measured = Columns.find(table, value, "pivot.value");
        if (!(measured instanceof NumericColumn numbers)) {
            throw new InvalidSpecException("pivot.value", "column '" + value + "' is not numeric");
        }
        List<String> keysNames = groupBy != null ? groupBy
                : table.columnNames().stream().filter(n -> !n.equals(column) && !n.equals(value)).toList();
        List<Column> keys = new ArrayList<>();
        for (String name : keysNames) {
            keys.add(Columns.find(table, name, "pivot.groupBy"));
        }
        Groups groups = Groups.of(keys, table.rowCount());
        List<Column> result = new ArrayList<>();
        int[] first = groups.firstRows();
        for (Column key : keys) {
            result.add(key.select(first));
        }
        int width = categories.categories().size();
        int[] count = new int[groups.count() * width];
        for (int row = 0; row < table.rowCount(); row++) {
            if (categories.code(row) >= 0) {
                count[groups.of(row) * width + categories.code(row)]++;
            }
        }
        int[] offsets = new int[count.length + 1];
        for (int cell = 0; cell < count.length; cell++) {
            offsets[cell + 1] = offsets[cell] + count[cell];
        }
        double[] gathered = new double[offsets[count.length]];
        int[] next = java.util.Arrays.copyOf(offsets, count.length);
        for (int row = 0; row < table.rowCount(); row++) {
            if (categories.code(row) >= 0) {
                gathered[next[groups.of(row) * width + categories.code(row)]++] = numbers.get(row);
            }
        }
        for (int c = 0; c < width; c++) {
            double[] out = new double[groups.count()];
            for (int g = 0; g < out.length; g++) {
                int cell = g * width + c;
                out[g] = offsets[cell] == offsets[cell + 1] ? Double.NaN : op.of(gathered, offsets[cell], offsets[cell + 1]);
            }
            result.add(NumericColumn.wrap(categories.categories().get(c), out));
        }
        return new Table(table.source(), result).keyedBy(keysNames);
    }

    @Override
    public Object toSpec() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("column", column);
        body.put("value", value);
        if (groupBy != null) {
            body.put("groupBy", groupBy);
        }
        if (op != Statistic.MEAN) {
            body.put("op", op.specName);
        }
        return Map.of("pivot", body);
    }
}
