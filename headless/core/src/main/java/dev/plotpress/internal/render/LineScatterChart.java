package dev.plotpress.internal.render;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Estimate.ErrorBar;
import dev.plotpress.model.Estimate.Estimator;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;

/**
 * Line and scatter charts: y columns against the x column (or the row number), one series each. A missing
 * value (NaN) breaks a line and is left out of a scatter. A text x column of dates makes a time axis; other
 * text plots against the row number with the texts as tick labels ({@link XValues}). With {@code hue}, the
 * y column is split into one series per hue value ({@link HueGroups}). The {@code y2} columns are drawn
 * against a second y axis on the right, in the palette's next colours.
 *
 * <p>A line whose rows repeat an x (in any series) is summed up as seaborn's lineplot: the estimator per x (the
 * mean by default) with a translucent band ({@code errorbar}, a 95% bootstrap CI by default) in the line's colour;
 * {@code estimator: none} draws the rows as they are. A line over a numeric or temporal x joins its rows in x order,
 * as seaborn's lineplot ({@code sort=True}), unless {@code sortX: false} (seaborn's {@code sort=False}: a path in the
 * rows' order); over categories, in row order.
 *
 * <p>A numeric hue is coloured by value ({@link NumericHue}): a scatter's dots one by one, whatever the number of
 * values; a line's one line per value (as many as {@link HueGroups} allows).
 */
final class LineScatterChart {
    /** seaborn's band: the line's colour at alpha 0.2. */
    private static final float BAND_ALPHA = 0.2f;
    /** seaborn's regplot band: alpha 0.15. */
    private static final float FIT_BAND_ALPHA = 0.15f;
    /** seaborn's regplot scatter_kws alpha. */
    private static final double REGPLOT_POINT_ALPHA = 0.8;

    private LineScatterChart() {
    }

    static JFreeChart build(ChartSpec asked, Table unsorted, Warnings warnings) {
        Table table = asked.kind() == ChartKind.LINE && asked.sortX() ? XValues.sortedByX(asked, unsorted) : unsorted;
        ChartSpec spec = pointsUnderAFit(XValues.keepingHueOrder(asked, unsorted, table));
        NumericHue numericHue = NumericHue.of(spec, table);
        List<NumericColumn> ys = SeriesColumns.y(spec, table);
        XValues x = XValues.of(spec, table);
        double[] xs = spec.x() == null ? x.values()
                : DrawnValues.on(x.values(), spec.x(), spec.axes().logX(), "x", warnings);
        List<Series> series = estimated(spec, series(spec, table, ys, xs, numericHue != null, warnings));

        if (spec.kind() == ChartKind.LINE) {
            loneLinePoints(spec, series, warnings);
        }
        XYPlot plot = new XYPlot(null, x.axis(), Theme.numberAxis(yLabel(spec, ys)), null);
        List<NumericColumn> y2s = SeriesColumns.y2(spec, table);
        List<Color> colors = numericHue != null
                ? series.stream().map(s -> s.hues() != null ? Color.BLACK : numericHue.colorOf(Double.parseDouble(s.name()))).toList()
                : spec.theme().seriesColors(spec.palette(), series.size() + y2s.size());
        addSeries(plot, 0, series, 0, spec, colors, numericHue);
        if (spec.fit() != null) {
            addFits(plot, series, spec, colors, x, numericHue != null, warnings);
        }
        if (!y2s.isEmpty()) {
            // the right-hand axis' series take the palette's next colours, so the legend tells them apart
            List<Series> right = y2s.stream().map(y -> new Series(y.name(), y.name(), xs,
                    DrawnValues.on(y.toArray(), y.name(), false, "y", warnings), null, null)).toList();
            NumberAxis axis = Theme.numberAxis(spec.y2Label() != null ? spec.y2Label()
                    : y2s.size() == 1 ? y2s.get(0).name() : null);
            axis.setLabelAngle(Math.PI); // reads bottom to top as matplotlib's twinx label, not JFreeChart's top to bottom
            plot.setRangeAxis(1, axis);
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
            addSeries(plot, 1, right, series.size(), spec, colors, null);
            plot.mapDatasetToRangeAxis(1, 1);
        }
        if (numericHue != null) {
            Style style = spec.styleOf(ys.get(0).name());
            plot.setFixedLegendItems(numericHue.legend(spec.kind() == ChartKind.LINE,
                    Theme.dot(style.markerSizeOr(Theme.MARKER_AREA)), Theme.line(style.lineWidthOr(Theme.LINE_WIDTH))));
        }
        Theme.plot(plot);
        return Theme.chart(spec.title(), plot, numericHue != null || series.size() + y2s.size() > 1, spec.hue());
    }

    /** The series summed up per x when they are a line's and some x has several rows; else as they are. */
    private static List<Series> estimated(ChartSpec spec, List<Series> series) {
        Estimator estimator = spec.estimate().estimatorOr(Estimator.MEAN);
        if (spec.kind() != ChartKind.LINE || estimator == Estimator.NONE
                || series.stream().noneMatch(s -> EstimatedLine.repeatsX(s.xs(), s.ys()))) {
            return series;
        }
        ErrorBar errorBar = spec.estimate().errorBar() != null ? spec.estimate().errorBar() : ErrorBar.CI;
        return series.stream().map(s -> {
            EstimatedLine line = EstimatedLine.of(s.xs(), s.ys(), estimator, errorBar);
            return new Series(s.name(), s.column(), line.xs(), line.ys(), line.lows(), line.highs());
        }).toList();
    }

    /**
     * Refuses {@code estimator} (but {@code none}, which asks for the rows as they are) and {@code errorbar} on a line
     * whose rows never share an x (within a hue group): there is nothing to sum up, so they would change nothing. Checked on the whole table, before facet panels.
     */
    static void requireRowsToSumUp(ChartSpec spec, Table table) {
        if (spec.kind() != ChartKind.LINE || spec.estimate().equals(dev.plotpress.model.Estimate.DEFAULT)
                || spec.estimate().estimator() == Estimator.NONE || spec.x() == null) {
            return;
        }
        if (!repeatsX(spec, table)) {
            String field = spec.estimate().estimator() != null ? "estimator" : "errorbar";
            throw new InvalidSpecException(field, "sums up the rows that share an x, but every " + spec.x()
                    + " value of " + table.source() + " has one row" + (spec.hue() == null ? "" : " per " + spec.hue())
                    + ", so there is nothing to sum up; remove " + field);
        }
    }

    /** True when some x of a line has several rows (in one hue group): the line sums them up per x. */
    private static boolean repeatsX(ChartSpec spec, Table table) {
        XValues x = XValues.of(spec, table);
        List<NumericColumn> ys = SeriesColumns.y(spec, table);
        Warnings counted = new Warnings(table.source(), table.rowCount()); // the chart itself counts the rows left out
        return series(spec, table, ys, x.values(), false, counted).stream()
                .anyMatch(s -> EstimatedLine.repeatsX(s.xs(), s.ys()));
    }

    /**
     * Refuses {@code sortX: false} where the line is in the rows' order anyway (no x, or categories) or is summed up
     * per x (rows sharing an x, and an estimator), so that it never changes nothing.
     */
    static void requireRowOrderToMatter(ChartSpec spec, Table table) {
        if (spec.kind() != ChartKind.LINE || spec.sortX()) {
            return;
        }
        if (spec.x() == null || !(table.column(spec.x()) instanceof NumericColumn || XValues.of(spec, table).dates())) {
            throw new InvalidSpecException("sortX", "false joins the rows in their own order instead of x order, and a line over "
                    + (spec.x() == null ? "the row number" : "categories (" + spec.x() + ")") + " is drawn in the rows' order already; remove sortX");
        }
        if (spec.estimate().estimator() != Estimator.NONE && repeatsX(spec, table)) {
            throw new InvalidSpecException("sortX", "false joins the rows in their own order, and some " + spec.x()
                    + " values of " + table.source() + " have several rows, which the line draws as their " + spec.estimate().estimatorOr(Estimator.MEAN).specName() + " per x, in x order; "
                    + "add estimator: none to join every row as it comes, or remove sortX");
        }
    }

    /**
     * {@code series} as dataset {@code index} of the plot, coloured from entry {@code firstColor} on; a series with hue
     * values has each dot coloured by {@code numericHue}.
     */
    private static void addSeries(XYPlot plot, int index, List<Series> series, int firstColor, ChartSpec spec,
                                  List<Color> colors, NumericHue numericHue) {
        boolean lines = spec.kind() == ChartKind.LINE;
        boolean bands = series.stream().anyMatch(s -> s.lows() != null);
        DefaultXYDataset dataset = new DefaultXYDataset();
        YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
        double[] dotHues = series.size() == 1 && series.get(0).hues() != null ? finiteHues(series.get(0)) : null;
        XYLineAndShapeRenderer renderer = bands ? new DeviationRenderer(true, false)
                : dotHues != null ? new HueDots(numericHue, dotHues, spec.styleOf(series.get(0).column())) : new XYLineAndShapeRenderer(lines, !lines);
        if (renderer instanceof DeviationRenderer deviation) {
            deviation.setAlpha(BAND_ALPHA);
            deviation.setAutoPopulateSeriesFillPaint(false);
        }
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDrawOutlines(false);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setAutoPopulateSeriesStroke(false);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (bands) {
                intervals.addSeries(band(s));
            } else {
                dataset.addSeries(s.name(), lines ? new double[][]{s.xs(), s.ys()} : finitePairs(s.xs(), s.ys()));
            }
            Style style = spec.styleOf(s.column());
            renderer.setSeriesPaint(i, style.colorOr(colors.get(firstColor + i)));
            renderer.setSeriesFillPaint(i, style.colorOr(colors.get(firstColor + i)));
            renderer.setSeriesStroke(i, Theme.line(style.lineWidthOr(Theme.LINE_WIDTH)));
            boolean markers = !lines || style.markerSize() != null;
            renderer.setSeriesShapesVisible(i, markers);
            renderer.setSeriesShape(i, Theme.dot(style.markerSizeOr(Theme.MARKER_AREA)));
        }
        plot.setDataset(index, bands ? intervals : dataset);
        plot.setRenderer(index, renderer);
    }

    /** A line of one point draws nothing (a line joins two); unless its points are marked, the chart says so. */
    private static void loneLinePoints(ChartSpec spec, List<Series> series, Warnings warnings) {
        long lone = 0;
        long drawn = 0;
        for (Series s : series) {
            int points = finitePoints(s.xs(), s.ys());
            drawn += points > 0 ? 1 : 0;
            lone += points == 1 && spec.styleOf(s.column()).markerSize() == null ? 1 : 0;
        }
        warnings.counted(lone, drawn, "lines have a single point and draw nothing (a line joins two); "
                + "style: {markerSize: 6} marks every point");
    }

    /** seaborn's regplot: the points at alpha 0.8 unless a style says otherwise, so the curve over them shows. */
    private static ChartSpec pointsUnderAFit(ChartSpec spec) {
        if (spec.fit() == null || spec.style().alpha() != null) {
            return spec;
        }
        Style style = spec.style();
        return spec.toBuilder().style(new Style(style.color(), REGPLOT_POINT_ALPHA, style.markerSize(), style.lineWidth())).build();
    }

    /**
     * A fitted curve per series in its colour (opaque), drawn over the points and left out of the legend, as seaborn's regplot.
     * Refused where the curve would mean something else than it does there: a second axis, log axes, categories.
     */
    private static void addFits(XYPlot plot, List<Series> series, ChartSpec spec, List<Color> colors, XValues x,
                                boolean numericHue, Warnings warnings) {
        if (numericHue) {
            throw new InvalidSpecException("fit", "draws a curve per hue group, and " + spec.hue() + " is numbers coloured "
                    + "by value; make it groups with types: {" + spec.hue() + ": categorical} (as seaborn's lmplot does), "
                    + "or remove hue for one curve");
        }
        if (!spec.y2().isEmpty()) {
            throw new InvalidSpecException("fit", "fits the y columns' points, and y2 draws a second axis beside them; "
                    + "remove y2 or fit");
        }
        if (spec.axes().logX() || spec.axes().logY()) {
            throw new InvalidSpecException("fit", "fits a curve in the data's own units, which a log axis would bend; "
                    + "remove logX/logY or fit");
        }
        if (x.axis() instanceof ReadableSymbolAxis) {
            throw new InvalidSpecException("fit", "needs numbers or dates on x, but " + spec.x() + " is categories; "
                    + "compare categories with kind: bar (a mean and its 95% CI per category) or kind: box");
        }
        YIntervalSeriesCollection curves = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(FIT_BAND_ALPHA);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesFillPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        int unfitted = 0;
        int fittable = 0;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            FittedCurve curve = FittedCurve.of(s.xs(), s.ys(), spec.fit());
            // a hue group with no point in this panel draws nothing and is not counted; one with too few x values is
            boolean hasPoints = finitePoints(s.xs(), s.ys()) > 0;
            fittable += hasPoints ? 1 : 0;
            if (curve == null) {
                unfitted += hasPoints ? 1 : 0;
                continue;
            }
            YIntervalSeries drawn = new YIntervalSeries(s.name(), false, false);
            for (int p = 0; p < curve.xs().length; p++) {
                drawn.add(curve.xs()[p], curve.ys()[p], curve.lows() == null ? curve.ys()[p] : curve.lows()[p],
                        curve.highs() == null ? curve.ys()[p] : curve.highs()[p]);
            }
            int index = curves.getSeriesCount();
            curves.addSeries(drawn);
            Color color = new Color(spec.styleOf(s.column()).colorOr(colors.get(i)).getRGB() | 0xFF000000);
            renderer.setSeriesPaint(index, color);
            renderer.setSeriesFillPaint(index, color);
            renderer.setSeriesStroke(index, Theme.line(Theme.FIT_LINE_WIDTH));
            renderer.setSeriesVisibleInLegend(index, false);
        }
        warnings.counted(unfitted, fittable, "series have fewer than " + (spec.fit().order() + 1)
                + " different x values, which a curve of order " + spec.fit().order() + " needs: no fitted curve");
        int index = plot.getDatasetCount();
        plot.setDataset(index, curves);
        plot.setRenderer(index, renderer);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    }

    private static YIntervalSeries band(Series s) {
        YIntervalSeries band = new YIntervalSeries(s.name(), false, false);
        for (int i = 0; i < s.xs().length; i++) {
            band.add(s.xs()[i], s.ys()[i], s.lows()[i], s.highs()[i]);
        }
        return band;
    }

    /**
     * One drawn series: a y column, or with hue the rows of one hue value (of the first y column); summed up per
     * x, with the band's ends per x ({@code lows}, {@code highs}, else null).
     */
    private record Series(String name, String column, double[] xs, double[] ys, double[] lows, double[] highs, double[] hues) {
        Series(String name, String column, double[] xs, double[] ys, double[] lows, double[] highs) {
            this(name, column, xs, ys, lows, highs, null);
        }
    }

    /** The hue values of the dots {@link #finitePairs} keeps: the rows where x and y are numbers. */
    private static double[] finiteHues(Series s) {
        return java.util.stream.IntStream.range(0, s.xs().length)
                .filter(row -> Double.isFinite(s.xs()[row]) && Double.isFinite(s.ys()[row]))
                .mapToDouble(row -> s.hues()[row]).toArray();
    }

    /** A scatter's dots, each in the colour of its row's numeric hue. */
    private static final class HueDots extends XYLineAndShapeRenderer {
        private final NumericHue hue;
        private final double[] values;
        private final Style style;

        HueDots(NumericHue hue, double[] values, Style style) {
            super(false, true);
            this.hue = hue;
            this.values = values;
            this.style = style;
        }

        @Override
        public java.awt.Paint getItemPaint(int series, int item) {
            return style.colorOr(hue.colorOf(values[item])); // style.alpha; a style.color is refused beside a numeric hue
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && other instanceof HueDots dots && dots.hue.equals(hue) && Arrays.equals(dots.values, values);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /** The series to draw; {@code byValue}: the hue is numbers, coloured by value (a scatter's dots in one series). */
    private static List<Series> series(ChartSpec spec, Table table, List<NumericColumn> ys, double[] xs, boolean byValue,
                                       Warnings warnings) {
        boolean log = spec.axes().logY();
        if (spec.hue() == null) {
            return ys.stream().map(y -> new Series(y.name(), y.name(), xs,
                    DrawnValues.on(y.toArray(), y.name(), log, "y", warnings), null, null)).toList();
        }
        if (byValue && spec.kind() == ChartKind.SCATTER) {
            NumericColumn y = ys.get(0);
            double[] values = DrawnValues.on(y.toArray(), y.name(), log, "y", warnings);
            double[] hues = ((NumericColumn) table.column(spec.hue())).toArray();
            int[] rows = java.util.stream.IntStream.range(0, hues.length).filter(row -> Double.isFinite(hues[row])).toArray();
            warnings.rows(hues.length - rows.length, "have no " + spec.hue() + " value and are left out");
            return List.of(new Series(spec.hue(), y.name(), pick(xs, rows), pick(values, rows), null, null, pick(hues, rows)));
        }
        HueGroups groups = HueGroups.of(table, spec.hue(), spec.hueOrder(), warnings);
        NumericColumn y = ys.get(0);
        double[] values = DrawnValues.on(y.toArray(), y.name(), log, "y", warnings);
        return java.util.stream.IntStream.range(0, groups.size())
                .mapToObj(g -> new Series(groups.names().get(g), y.name(), groups.pick(xs, g), groups.pick(values, g),
                        null, null))
                .toList();
    }

    private static double[] pick(double[] values, int[] rows) {
        return Arrays.stream(rows).mapToDouble(row -> values[row]).toArray();
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

    /** How many rows have both an x and a y that are numbers: the points a series draws. */
    static int finitePoints(double[] xs, double[] ys) {
        int count = 0;
        for (int row = 0; row < xs.length; row++) {
            if (Double.isFinite(xs[row]) && Double.isFinite(ys[row])) {
                count++;
            }
        }
        return count;
    }

    /** The (x, y) pairs where both are numbers, as JFreeChart's {x[], y[]} series. */
    static double[][] finitePairs(double[] xs, double[] ys) {
        double[][] pairs = new double[2][finitePoints(xs, ys)];
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
