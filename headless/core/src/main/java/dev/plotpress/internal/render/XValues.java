package dev.plotpress.internal.render;

import dev.plotpress.internal.model.DateSpellings;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;


/**
 * The x positions of an XY chart and the axis that labels them: numbers on a number axis, a temporal column as
 * milliseconds on a UTC date axis, other text as row numbers labelled by the text (but text that looks like dates
 * the reader could not read is an error, never row numbers), and no x column as the row number.
 */
record XValues(double[] values, ValueAxis axis, boolean dates) {

    static XValues of(ChartSpec spec, Table table) {
        String label = LineScatterChart.xLabel(spec);
        Column column = spec.x() == null ? null : table.column(spec.x());
        if (column instanceof NumericColumn numeric) {
            return new XValues(SeriesColumns.requireNumbers(table, numeric).toArray(), Theme.numberAxis(label), false);
        }
        if (column instanceof TemporalColumn time) {
            DateAxis axis = Theme.axis(EdgeLabelRoom.dateAxis(label));
            return new XValues(time.toArray(), axis, true);
        }
        if (column instanceof TextColumn text && DateSpellings.asTemporal(text, spec.dateFormat(), table.source()) != null) {
            DateAxis axis = Theme.axis(EdgeLabelRoom.dateAxis(label)); // a table built in code
            return new XValues(DateSpellings.asTemporal(text, spec.dateFormat(), table.source()).toArray(), axis, true);
        }
        if (column instanceof TextColumn text) {
            if (looksLikeDates(text)) {
                throw DateSpellings.notDates(table.source(), text, spec.dateFormat()); // never dates as row numbers
            }
            // one position per category, in order of first appearance, as seaborn places a categorical x
            Categories categories = Categories.of(text);
            double[] positions = new double[table.rowCount()];
            for (int row = 0; row < positions.length; row++) {
                positions[row] = categories.codes()[row] < 0 ? Double.NaN : categories.codes()[row];
            }
            ReadableSymbolAxis axis = Theme.axis(new ReadableSymbolAxis(label, categories.names().toArray(String[]::new)));
            return new XValues(positions, axis, false);
        }
        return new XValues(LineScatterChart.rowNumbers(table.rowCount()), Theme.numberAxis(label), false);
    }

    /**
     * The rows in x order (stable: rows sharing an x keep theirs; rows without an x last) when x is numbers or dates,
     * as seaborn's lineplot and matplotlib's fill_between draw a line or area ({@code sort=True}); categorical x and
     * no x keep the rows' order. The same table when it is in order already.
     */
    static Table sortedByX(ChartSpec spec, Table table) {
        if (spec.x() == null || !table.has(spec.x())) {
            return table;
        }
        XValues x = of(spec, table);
        if (!x.dates() && !(table.column(spec.x()) instanceof NumericColumn)) {
            return table;
        }
        double[] xs = x.values();
        boolean sorted = true;
        for (int row = 1; row < xs.length && sorted; row++) {
            sorted = Double.compare(xs[row - 1], xs[row]) <= 0;
        }
        if (sorted) {
            return table;
        }
        int[] order = java.util.stream.IntStream.range(0, xs.length).boxed()
                .sorted(java.util.Comparator.comparingDouble(row -> xs[row])) // NaN compares last
                .mapToInt(Integer::intValue).toArray();
        return table.select(order);
    }

    /**
     * {@code spec} with the hue groups of the rows as they came ({@code unsorted}) as its hueOrder, so sorting by x
     * never changes which group comes first in the legend and takes the first colour (seaborn orders hue first).
     */
    static ChartSpec keepingHueOrder(ChartSpec spec, Table unsorted, Table sorted) {
        if (sorted == unsorted || spec.hue() == null || !spec.hueOrder().isEmpty()) {
            return spec;
        }
        return spec.toBuilder().hueOrder(HueGroups.of(unsorted, spec.hue()).names()).build();
    }

    /** True when most values have the shape of a date: a date column the reader could not read as one. */
    private static boolean looksLikeDates(TextColumn column) {
        long dateLike = column.categories().stream().filter(DateSpellings::looksLikeDate).count();
        return dateLike > 0 && dateLike * 2 >= column.categories().size();
    }
}
