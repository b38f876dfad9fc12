package dev.plotpress.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;

import java.util.Locale;
import java.util.TimeZone;

/**
 * The x positions of an XY chart and the axis that labels them: numbers on a number axis, dates (ISO-8601 or
 * the spec's {@code dateFormat}) as milliseconds on a UTC date axis, other text as row numbers labelled by the
 * text, and no x column as the row number.
 */
record XValues(double[] values, ValueAxis axis, boolean dates) {

    static XValues of(ChartSpec spec, Table table) {
        String label = LineScatterChart.xLabel(spec);
        Column column = spec.x() == null ? null : table.column(spec.x());
        if (column instanceof NumericColumn numeric) {
            return new XValues(SeriesColumns.requireNumbers(table, numeric).toArray(), Theme.numberAxis(label), false);
        }
        if (column instanceof TextColumn text && TimeValues.looksLikeDates(text, spec.dateFormat())) {
            DateAxis axis = Theme.axis(new DateAxis(label, TimeZone.getTimeZone("UTC"), Locale.ROOT));
            return new XValues(TimeValues.millis(text, spec.dateFormat(), table.source()), axis, true);
        }
        if (column instanceof TextColumn text) {
            SymbolAxis axis = Theme.axis(new SymbolAxis(label, texts(text)));
            axis.setGridBandsVisible(false);
            return new XValues(LineScatterChart.rowNumbers(table.rowCount()), axis, false);
        }
        return new XValues(LineScatterChart.rowNumbers(table.rowCount()), Theme.numberAxis(label), false);
    }

    private static String[] texts(TextColumn column) {
        String[] texts = new String[column.size()];
        for (int row = 0; row < texts.length; row++) {
            texts[row] = column.get(row) == null ? "" : column.get(row);
        }
        return texts;
    }
}
