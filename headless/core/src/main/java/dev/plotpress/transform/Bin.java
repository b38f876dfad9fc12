package dev.plotpress.transform;

import dev.plotpress.model.Column;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TransformStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts each value of a numeric column in a bin and adds the bin's start and end as two columns ({@code <column>_start},
 * {@code <column>_end} unless {@code as} names them). {@code step} gives bins of that width from 0 (start =
 * floor(x / step) * step); otherwise {@code bins} equal bins from the smallest to the largest value, the last one
 * closed, as numpy's {@code histogram_bin_edges(x, bins)}.
 */
public record Bin(String column, Double step, int bins, List<String> as) implements TransformStep {
    public static final int DEFAULT_BINS = 10;

    public Bin {
        as = as == null ? List.of(column + "_start", column + "_end") : List.copyOf(as);
    }

    @Override
    public Table apply(Table table) {
        Column found = Columns.find(table, column, "bin.column");
        if (!(found instanceof NumericColumn numeric)) {
            throw new InvalidSpecException("bin.column", "column '" + column + "' is not numeric; bin cuts numbers into "
                    + "ranges (for dates use timeUnit)");
        }
        double[] values = numeric.toArray();
        double[] starts = new double[values.length];
        double[] ends = new double[values.length];
        double width;
        double origin;
        double min = numeric.min();
        double max = numeric.max();
        if (step != null) {
            width = step;
            origin = 0;
        } else {
            origin = min;
            width = max > min ? (max - min) / bins : 1;
        }
        for (int row = 0; row < values.length; row++) {
            double x = values[row];
            if (!Double.isFinite(x)) {
                starts[row] = Double.NaN;
                ends[row] = Double.NaN;
                continue;
            }
            double index = Math.floor((x - origin) / width);
            if (step == null) {
                index = Math.min(index, bins - 1); // the largest value is in the last bin, as numpy's
            }
            starts[row] = origin + index * width;
            ends[row] = step == null && index == bins - 1 ? Math.max(max, origin + (index + 1) * width) : origin + (index + 1) * width;
        }
        List<Column> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            if (!c.name().equals(as.get(0)) && !c.name().equals(as.get(1))) {
                columns.add(c);
            }
        }
        columns.add(NumericColumn.wrap(as.get(0), starts));
        columns.add(NumericColumn.wrap(as.get(1), ends));
        return new Table(table.source(), columns, TimeUnit.lines(table)).keyedBy(table.keys());
    }

    @Override
    public Object toSpec() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("column", column);
        if (step != null) {
            body.put("step", step);
        } else if (bins != DEFAULT_BINS) {
            body.put("bins", bins);
        }
        if (!as.equals(List.of(column + "_start", column + "_end"))) {
            body.put("as", as);
        }
        return Map.of("bin", body);
    }
}
