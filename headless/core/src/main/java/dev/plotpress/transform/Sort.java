package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;
import dev.plotpress.model.TransformStep;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the rows by columns, each ascending or descending, stable, missing values last (pandas'
 * {@code sort_values(by, ascending, kind="stable")}); text sorts by its characters. Categories then appear in the
 * new order. {@code sort: {by: [symbol, price], descending: [false, true]}}.
 */
public record Sort(List<String> by, List<Boolean> descending) implements TransformStep {
    public Sort {
        by = List.copyOf(by);
        descending = List.copyOf(descending);
    }

    @Override
    public Table apply(Table table) {
        Comparator<Integer> order = null;
        for (int i = 0; i < by.size(); i++) {
            Comparator<Integer> next = comparator(Columns.find(table, by.get(i), "sort.by"), descending.get(i));
            order = order == null ? next : order.thenComparing(next);
        }
        Integer[] rows = new Integer[table.rowCount()];
        for (int row = 0; row < rows.length; row++) {
            rows[row] = row;
        }
        Arrays.sort(rows, order);
        return table.select(Arrays.stream(rows).mapToInt(Integer::intValue).toArray());
    }

    private static Comparator<Integer> comparator(Column column, boolean descending) {
        if (column instanceof TextColumn text) {
            int n = text.categories().size();
            Integer[] codes = new Integer[n];
            for (int i = 0; i < n; i++) {
                codes[i] = i;
            }
            Arrays.sort(codes, Comparator.comparing(text.categories()::get));
            int[] rank = new int[n];
            for (int r = 0; r < n; r++) {
                rank[codes[r]] = r;
            }
            return (a, b) -> {
                int ca = text.code(a);
                int cb = text.code(b);
                if (ca < 0 || cb < 0) {
                    return Boolean.compare(ca < 0, cb < 0);
                }
                return descending ? Integer.compare(rank[cb], rank[ca]) : Integer.compare(rank[ca], rank[cb]);
            };
        }
        double[] values = column instanceof NumericColumn n ? n.toArray() : ((TemporalColumn) column).toArray();
        return (a, b) -> {
            double va = values[a];
            double vb = values[b];
            if (Double.isNaN(va) || Double.isNaN(vb)) {
                return Boolean.compare(Double.isNaN(va), Double.isNaN(vb));
            }
            return descending ? Double.compare(vb, va) : Double.compare(va, vb);
        };
    }

    @Override
    public Object toSpec() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("by", by);
        if (descending.contains(true)) {
            body.put("descending", descending);
        }
        return Map.of("sort", body);
    }
}
