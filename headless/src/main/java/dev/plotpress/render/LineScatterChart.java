package dev.plotpress.render;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Colors;
import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

import java.util.List;

/**
 * Line and scatter charts: y columns against the x column (or the row number), one series each. A missing
 * value (NaN) breaks a line and is left out of a scatter. A text x column plots against the row number
 * with the texts as tick labels.
 */
final class LineScatterChart {
    private LineScatterChart() {
    }

    static JFreeChart build(ChartSpec spec, Table table) {
        boolean lines = spec.kind() == ChartKind.LINE;
        List<NumericColumn> ys = SeriesColumns.y(spec, table);
        Column xColumn = spec.x() == null ? null : table.column(spec.x());
        double[] xs = xColumn instanceof NumericColumn numeric
                ? SeriesColumns.requireNumbers(table, numeric).toArray()
                : rowNumbers(table.rowCount());

        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(lines, !lines);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDrawOutlines(false);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setAutoPopulateSeriesStroke(false);
        for (int i = 0; i < ys.size(); i++) {
            NumericColumn y = ys.get(i);
            dataset.addSeries(y.name(), lines ? new double[][]{xs, y.toArray()} : finitePairs(xs, y.toArray()));
            Style style = spec.styleOf(y.name());
            renderer.setSeriesPaint(i, style.colorOr(Colors.palette(i)));
            renderer.setSeriesStroke(i, Theme.line(style.lineWidthOr(Theme.LINE_WIDTH)));
            boolean markers = !lines || style.markerSize() != null;
            renderer.setSeriesShapesVisible(i, markers);
            renderer.setSeriesShape(i, Theme.dot(style.markerSizeOr(Theme.MARKER_AREA)));
        }

        ValueAxis xAxis = xColumn instanceof TextColumn text
                ? Theme.axis(new SymbolAxis(xLabel(spec), texts(text)))
                : Theme.numberAxis(xLabel(spec));
        if (xAxis instanceof SymbolAxis symbols) {
            symbols.setGridBandsVisible(false);
        }
        XYPlot plot = new XYPlot(dataset, xAxis, Theme.numberAxis(yLabel(spec, ys)), renderer);
        Theme.plot(plot);
        return Theme.chart(spec.title(), plot, ys.size() > 1);
    }

    static String xLabel(ChartSpec spec) {
        return spec.xLabel() != null ? spec.xLabel() : spec.x();
    }

    static String yLabel(ChartSpec spec, List<NumericColumn> ys) {
        return spec.yLabel() != null ? spec.yLabel() : ys.size() == 1 ? ys.get(0).name() : null;
    }

    static double[] rowNumbers(int rows) {
        double[] numbers = new double[rows];
        for (int row = 0; row < rows; row++) {
            numbers[row] = row;
        }
        return numbers;
    }

    /** The (x, y) pairs where both are numbers, as JFreeChart's {x[], y[]} series. */
    static double[][] finitePairs(double[] xs, double[] ys) {
        int count = 0;
        for (int row = 0; row < xs.length; row++) {
            if (Double.isFinite(xs[row]) && Double.isFinite(ys[row])) {
                count++;
            }
        }
        double[][] pairs = new double[2][count];
        int at = 0;
        for (int row = 0; row < xs.length; row++) {
            if (Double.isFinite(xs[row]) && Double.isFinite(ys[row])) {
                pairs[0][at] = xs[row];
                pairs[1][at] = ys[row];
                at++;
            }
        }
        return pairs;
    }

    private static String[] texts(TextColumn column) {
        String[] texts = new String[column.size()];
        for (int row = 0; row < texts.length; row++) {
            texts[row] = column.get(row) == null ? "" : column.get(row);
        }
        return texts;
    }
}
