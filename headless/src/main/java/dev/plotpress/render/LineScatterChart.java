package dev.plotpress.render;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

import java.util.List;

/**
 * Line and scatter charts: y columns against the x column (or the row number), one series each. A missing
 * value (NaN) breaks a line and is left out of a scatter. A text x column of dates makes a time axis; other
 * text plots against the row number with the texts as tick labels ({@link XValues}). With {@code hue}, the
 * y column is split into one series per hue value ({@link HueGroups}).
 */
final class LineScatterChart {
    private LineScatterChart() {
    }

    static JFreeChart build(ChartSpec spec, Table table) {
        boolean lines = spec.kind() == ChartKind.LINE;
        List<NumericColumn> ys = SeriesColumns.y(spec, table);
        XValues x = XValues.of(spec, table);
        double[] xs = x.values();
        List<Series> series = series(spec, table, ys, xs);
        Palette palette = spec.theme().palette(spec.palette());

        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(lines, !lines);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDrawOutlines(false);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setAutoPopulateSeriesStroke(false);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            dataset.addSeries(s.name(), lines ? new double[][]{s.xs(), s.ys()} : finitePairs(s.xs(), s.ys()));
            Style style = spec.styleOf(s.column());
            renderer.setSeriesPaint(i, style.colorOr(palette.color(i)));
            renderer.setSeriesStroke(i, Theme.line(style.lineWidthOr(Theme.LINE_WIDTH)));
            boolean markers = !lines || style.markerSize() != null;
            renderer.setSeriesShapesVisible(i, markers);
            renderer.setSeriesShape(i, Theme.dot(style.markerSizeOr(Theme.MARKER_AREA)));
        }

        XYPlot plot = new XYPlot(dataset, x.axis(), Theme.numberAxis(yLabel(spec, ys)), renderer);
        Theme.plot(plot);
        return Theme.chart(spec.title(), plot, series.size() > 1);
    }

    /** One drawn series: a y column, or with hue the rows of one hue value (of the first y column). */
    private record Series(String name, String column, double[] xs, double[] ys) {
    }

    private static List<Series> series(ChartSpec spec, Table table, List<NumericColumn> ys, double[] xs) {
        if (spec.hue() == null) {
            return ys.stream().map(y -> new Series(y.name(), y.name(), xs, y.toArray())).toList();
        }
        HueGroups groups = HueGroups.of(table, spec.hue());
        NumericColumn y = ys.get(0);
        double[] values = y.toArray();
        return java.util.stream.IntStream.range(0, groups.size())
                .mapToObj(g -> new Series(groups.names().get(g), y.name(), groups.pick(xs, g), groups.pick(values, g)))
                .toList();
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
}
