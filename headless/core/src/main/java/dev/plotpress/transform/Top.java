package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.model.TransformStep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the {@code n} categories of {@code column} with the largest sum of {@code by} (or the most rows when by is
 * not given) and renames every other one {@code other}: the rows stay, so counts and sums still add up. The kept
 * categories come first, largest first, then "other". Ties keep category order.
 */
public record Top(String column, int n, String by, String other) implements TransformStep {
    public Top {
        other = other == null ? "other" : other;
    }

    @Override
    public Table apply(Table table) {
        Column found = Columns.find(table, column, "top.column");
        if (!(found instanceof TextColumn text)) {
            throw new InvalidSpecException("top.column", "column '" + column + "' is not categorical; top keeps the "
                    + "largest categories (declare it with types: {" + column + ": categorical})");
        }
        NumericColumn measure = null;
        if (by != null) {
            Column byColumn = Columns.find(table, by, "top.by");
            if (!(byColumn instanceof NumericColumn numeric)) {
                throw new InvalidSpecException("top.by", "column '" + by + "' is not numeric; top ranks by a sum of numbers");
            }
            measure = numeric;
        }
        int categories = text.categories().size();
        double[] size = new double[categories];
        for (int row = 0; row < text.size(); row++) {
            int code = text.code(row);
            if (code >= 0) {
                double amount = measure == null ? 1 : measure.get(row);
                size[code] += Double.isNaN(amount) ? 0 : amount;
            }
        }
        Integer[] order = new Integer[categories];
        for (int i = 0; i < categories; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(size[b], size[a]));
        if (categories <= n) {
            return table;
        }
        List<String> names = new ArrayList<>();
        int[] recode = new int[categories];
        for (int r = 0; r < categories; r++) {
            if (r < n) {
                recode[order[r]] = names.size();
                names.add(text.categories().get(order[r]));
            } else {
                recode[order[r]] = n;
            }
        }
        if (names.contains(other)) {
            throw new InvalidSpecException("top.other", "'" + other + "' is already a category of '" + column
                    + "'; name the rest something else (other: ...)");
        }
        names.add(other);
        int[] codes = new int[text.size()];
        for (int row = 0; row < codes.length; row++) {
            codes[row] = text.code(row) < 0 ? -1 : recode[text.code(row)];
        }
        TextColumn recoded = TextColumn.ofCodes(column, codes, names);
        List<Column> columns = table.columns().stream().map(c -> c.name().equals(column) ? (Column) recoded : c).toList();
        return new Table(table.source(), columns, TimeUnit.lines(table)).keyedBy(table.keys());
    }

    @Override
    public Object toSpec() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("column", column);
        body.put("n", n);
        if (by != null) {
            body.put("by", by);
        }
        if (!other.equals("other")) {
            body.put("other", other);
        }
        return Map.of("top", body);
    }
}
