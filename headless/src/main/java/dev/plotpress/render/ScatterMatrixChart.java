package dev.plotpress.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's scatter matrix: cell (i, j) plots column j on x against column i on y, black dots of
 * size 3 at half opacity unless the spec's style says otherwise, no ticks unless asked.
 */
final class ScatterMatrixChart {
    /** The report's {@code scatter(s=3, color='black', alpha=0.5)}. */
    private static final Style REPORT_DOTS = new Style("black", 0.5, 3.0, null);
    private static final float CELL_TICK_FONT = 6.5f;

    private ScatterMatrixChart() {
    }

    static GridFigure build(ChartSpec spec, Table table, String description) {
        ScatterMatrixOptions options = spec.scatterMatrix();
        List<NumericColumn> columns = SeriesColumns.named(options.columns(), table);
        Style style = spec.style().over(REPORT_DOTS);
        Paint paint = style.colorOr(Color.BLACK);
        Shape dot = Theme.dot(style.markerSizeOr(3));
        int n = columns.size();
        List<double[]> values = columns.stream().map(NumericColumn::toArray).toList();
        List<JFreeChart> cells = new ArrayList<>(n * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cells.add(cell(values.get(j), values.get(i), paint, dot, options.ticks()));
            }
        }
        List<String> names = columns.stream().map(NumericColumn::name).toList();
        return new GridFigure(spec.size(), description, spec.title(), n, n, cells,
                options.labels() ? names : List.of(), options.labels() ? names : List.of());
    }

    private static JFreeChart cell(double[] xs, double[] ys, Paint paint, Shape dot, boolean ticks) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        dataset.addSeries("points", LineScatterChart.finitePairs(xs, ys));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setDrawOutlines(false);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setSeriesPaint(0, paint);
        renderer.setSeriesShape(0, dot);
        XYPlot plot = new XYPlot(dataset, cellAxis(ticks), cellAxis(ticks), renderer);
        Theme.plot(plot);
        plot.setBackgroundPaint(null); // the grid paints the white once, not 2 x N x N times
        JFreeChart chart = Theme.chart(null, plot, false);
        chart.setBackgroundPaint(null);
        // half the frame's width inside the cell, so no side of the frame is clipped away
        // with ticks, room for the end labels that stick out past the frame
        double inset = Theme.FRAME_WIDTH / 2.0;
        chart.setPadding(ticks ? new RectangleInsets(4, 6, inset, 8) : new RectangleInsets(inset, inset, inset, inset));
        return chart;
    }

    private static NumberAxis cellAxis(boolean ticks) {
        NumberAxis axis = Theme.numberAxis(null);
        axis.setVisible(ticks);
        axis.setTickLabelFont(Theme.TICK_FONT.deriveFont(CELL_TICK_FONT));
        axis.setTickMarkOutsideLength(2f);
        return axis;
    }
}
