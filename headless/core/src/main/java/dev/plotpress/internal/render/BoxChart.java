package dev.plotpress.internal.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Box plots as seaborn's boxplot draws them: a box from the first to the third quartile, a line at the median,
 * whiskers to the furthest points within 1.5 IQR and every point beyond them an outlier. With {@code x}, one box of
 * y per x category (text in order of first appearance; numbers and dates sorted, as seaborn treats a numeric x as
 * categories), and {@code hue} dodges one box per hue value within each category, in the hue's colours, with a
 * legend headed by the hue column. Without x: one box per hue value, or one per y column.
 */
final class BoxChart {
    /** A numeric x with more values than this is almost always a measurement, not a grouping. */
    static final int MAX_NUMERIC_BOXES = 50;
    /** matplotlib's flier: an open circle 6 pt across. */
    private static final double OUTLIER_DIAMETER = 6;
    private static final BasicStroke OUTLIER_EDGE = new BasicStroke(1f);

    private BoxChart() {
    }

    /** What is drawn: one box per series (hue value, or the one y column) and category. */
    private record Boxes(List<String> series, List<String> categories, BoxStatistics[][] statistics) {
    }

    static JFreeChart build(ChartSpec spec, Table table, Warnings warnings) {
        boolean dodged = spec.x() != null && spec.hue() != null;
        Boxes boxes = arranged(spec.x() != null ? byCategory(spec, table, warnings) : withoutX(spec, table, warnings), spec);
        List<NumericColumn> ys = spec.x() != null ? List.of(table.numeric(spec.y().get(0))) : SeriesColumns.y(spec, table);
        DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
        double[][][] outliers = new double[boxes.series().size()][boxes.categories().size()][];
        for (int s = 0; s < boxes.series().size(); s++) {
            for (int c = 0; c < boxes.categories().size(); c++) {
                BoxStatistics box = boxes.statistics()[s][c];
                dataset.add(item(box), boxes.series().get(s), boxes.categories().get(c));
                outliers[s][c] = box.outliers();
            }
        }

        boolean perColumn = spec.x() == null && spec.hue() == null;
        List<Color> colors = spec.theme().seriesColors(spec.palette(),
                dodged ? boxes.series().size() : boxes.categories().size());
        BoxAndWhiskerRenderer renderer = new BoxRenderer(outliers) {
            @Override
            public Paint getItemPaint(int row, int column) {
                // hue colours its series; otherwise each box takes its own colour, a y column's own style first
                String styled = perColumn ? ys.get(column).name() : ys.get(0).name();
                return spec.styleOf(styled).colorOr(colors.get(dodged ? row : column));
            }
        };
        renderer.setMeanVisible(false);
        renderer.setMedianVisible(true);
        renderer.setFillBox(true);
        renderer.setMaxOutlierVisible(false);
        renderer.setMinOutlierVisible(false);
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setDefaultOutlinePaint(Theme.INK);
        renderer.setDefaultOutlineStroke(new BasicStroke(1f));
        renderer.setArtifactPaint(Theme.INK);
        // seaborn's dodged boxes share 0.8 of their category; a lone box per category is at most 0.15 of the plot
        renderer.setItemMargin(dodged ? 0.02 : 0);
        renderer.setMaximumBarWidth(dodged ? 1 : 0.15);
        renderer.setWhiskerWidth(0.5);
        renderer.setDefaultSeriesVisibleInLegend(dodged);
        for (int s = 0; dodged && s < boxes.series().size(); s++) {
            renderer.setSeriesPaint(s, spec.styleOf(ys.get(0).name()).colorOr(colors.get(s)));
            renderer.setSeriesOutlinePaint(s, Theme.INK);
        }

        CategoryAxis xAxis = Theme.axis(new ReadableCategoryAxis(spec.xLabel() != null ? spec.xLabel()
                : spec.x() != null ? spec.x() : spec.hue()));
        xAxis.setCategoryMargin(dodged ? 0.2 : 0.3);
        xAxis.setLowerMargin(0.03); // the bar chart's ends, so the same names get the same room (and slant) as its
        xAxis.setUpperMargin(0.03);
        NumberAxis yAxis = Theme.numberAxis(spec.yLabel() != null ? spec.yLabel()
                : ys.size() == 1 || spec.hue() != null || spec.x() != null ? ys.get(0).name() : null);
        CategoryPlot plot = new CategoryPlot(dataset, xAxis, yAxis, renderer);
        Theme.plot(plot);
        return Theme.chart(spec.title(), plot, dodged, dodged ? spec.hue() : null);
    }

    /**
     * The boxes in the order {@code order:} lists or {@code sort:} asks for: by median (with hue, the first hue
     * group's), boxes without rows last.
     */
    private static Boxes arranged(Boxes boxes, ChartSpec spec) {
        double[] medians = new double[boxes.categories().size()];
        for (int c = 0; c < medians.length; c++) {
            BoxStatistics box = boxes.statistics()[0][c];
            medians[c] = box.count() == 0 ? Double.NaN : box.median();
        }
        int[] positions = Categories.arrangement(boxes.categories(), spec.categoryOrder(), medians);
        List<String> categories = new ArrayList<>();
        BoxStatistics[][] statistics = new BoxStatistics[boxes.series().size()][positions.length];
        for (int i = 0; i < positions.length; i++) {
            categories.add(boxes.categories().get(positions[i]));
            for (int s = 0; s < statistics.length; s++) {
                statistics[s][i] = boxes.statistics()[s][positions[i]];
            }
        }
        return new Boxes(boxes.series(), categories, statistics);
    }

    /**
     * The x column's categories in drawing order: text in order of first appearance, numbers and dates sorted.
     * A numeric x with more than {@link #MAX_NUMERIC_BOXES} values is refused rather than drawn as a wall of boxes.
     */
    static Categories categories(ChartSpec spec, Table table) {
        Categories categories = Categories.of(table.column(spec.x()));
        if (!(table.column(spec.x()) instanceof TextColumn) && categories.size() > MAX_NUMERIC_BOXES) {
            throw new InvalidSpecException("x", String.format("a box plot draws one box per x value, and '%s' has %,d "
                            + "different values (more than the %d boxes it draws for a numeric x); bin it first "
                            + "(transform: [bin: {column: %s, bins: 10}] and x: %s_start) or choose a column of categories",
                    spec.x(), categories.size(), MAX_NUMERIC_BOXES, spec.x(), spec.x()));
        }
        return categories;
    }

    private static Boxes byCategory(ChartSpec spec, Table table, Warnings warnings) {
        if (spec.y().isEmpty()) {
            List<String> numeric = table.numericColumns().stream().map(NumericColumn::name)
                    .filter(name -> !name.equals(spec.x())).toList();
            throw new InvalidSpecException("y", "a box plot needs a numeric y: it draws the spread of y within each x "
                    + "category; add y: COLUMN" + (numeric.isEmpty() ? "" : " (one of " + numeric + ")")
                    + ", or draw the count per category with kind: bar");
        }
        if (spec.y().size() > 1) {
            throw new InvalidSpecException("y", "with x, a box plot shows one y column per category, but y names "
                    + spec.y() + "; keep one y column (hue splits it further), or drop x to draw one box per column");
        }
        NumericColumn y = SeriesColumns.requireNumbers(table, NamedColumns.numeric(table, spec.y().get(0), "y"));
        Categories categories = categories(spec, table);
        warnings.rows(categories.missing(), "have no " + spec.x() + " value and are left out");
        double[] values = DrawnValues.on(y.toArray(), y.name(), spec.axes().logY(), "y", warnings);
        List<String> series;
        List<int[]> seriesRows = new ArrayList<>();
        if (spec.hue() != null) {
            HueGroups hue = HueGroups.of(table, spec.hue(), spec.hueOrder(), warnings);
            series = hue.names();
            seriesRows.addAll(hue.rows());
        } else {
            series = List.of(y.name());
            seriesRows.add(java.util.stream.IntStream.range(0, table.rowCount()).toArray());
        }
        BoxStatistics[][] statistics = new BoxStatistics[series.size()][categories.size()];
        for (int s = 0; s < series.size(); s++) {
            List<List<Double>> perCategory = new ArrayList<>();
            for (int c = 0; c < categories.size(); c++) {
                perCategory.add(new ArrayList<>());
            }
            for (int row : seriesRows.get(s)) {
                int c = categories.codes()[row];
                if (c >= 0) {
                    perCategory.get(c).add(values[row]);
                }
            }
            for (int c = 0; c < categories.size(); c++) {
                statistics[s][c] = BoxStatistics.of(perCategory.get(c).stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return new Boxes(series, categories.names(), statistics);
    }

    private static Boxes withoutX(ChartSpec spec, Table table, Warnings warnings) {
        List<NumericColumn> ys = SeriesColumns.y(spec, table);
        boolean log = spec.axes().logY();
        if (spec.hue() != null) {
            HueGroups groups = HueGroups.of(table, spec.hue(), spec.hueOrder(), warnings);
            double[] values = DrawnValues.on(ys.get(0).toArray(), ys.get(0).name(), log, "y", warnings);
            BoxStatistics[][] statistics = new BoxStatistics[1][groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                statistics[0][g] = BoxStatistics.of(groups.pick(values, g));
            }
            return new Boxes(List.of(ys.get(0).name()), groups.names(), statistics);
        }
        BoxStatistics[][] statistics = new BoxStatistics[1][ys.size()];
        for (int c = 0; c < ys.size(); c++) {
            NumericColumn y = ys.get(c);
            statistics[0][c] = BoxStatistics.of(DrawnValues.on(y.toArray(), y.name(), log, "y", warnings));
        }
        return new Boxes(List.of(ys.size() == 1 ? ys.get(0).name() : "values"),
                ys.stream().map(NumericColumn::name).toList(), statistics);
    }

    /**
     * JFreeChart's item with our statistics. The outliers themselves are drawn by {@link BoxRenderer}; the item
     * keeps their extremes so the axis range reaches them.
     */
    private static BoxAndWhiskerItem item(BoxStatistics box) {
        if (box.count() == 0) { // a hue value with no rows in this category: an empty slot, as seaborn leaves it
            return new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, null);
        }
        return new BoxAndWhiskerItem(box.mean(), box.median(), box.q1(), box.q3(), box.lowWhisker(),
                box.highWhisker(), box.min(), box.max(), List.of());
    }

    /**
     * JFreeChart's boxes, with the outliers drawn as matplotlib's fliers on each box's centre line (JFreeChart's own
     * scale with the box width and spread sideways), and a range that reaches them.
     */
    private static class BoxRenderer extends BoxAndWhiskerRenderer {
        private final double[][][] outliers;

        BoxRenderer(double[][][] outliers) {
            this.outliers = outliers;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                             int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            double x = centre(state, dataArea, plot, domainAxis, row, column);
            g2.setPaint(Theme.INK);
            g2.setStroke(OUTLIER_EDGE);
            for (double value : outliers[row][column]) {
                double y = rangeAxis.valueToJava2D(value, dataArea, plot.getRangeAxisEdge());
                g2.draw(new Ellipse2D.Double(x - OUTLIER_DIAMETER / 2, y - OUTLIER_DIAMETER / 2,
                        OUTLIER_DIAMETER, OUTLIER_DIAMETER));
            }
        }

        /** The centre line of box (row, column), placed as BoxAndWhiskerRenderer.drawVerticalItem places it. */
        private double centre(CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                              CategoryAxis domainAxis, int row, int column) {
            double start = domainAxis.getCategoryStart(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
            double end = domainAxis.getCategoryEnd(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
            double width = state.getBarWidth();
            int series = getRowCount();
            if (series <= 1) {
                return (start + end) / 2;
            }
            double gap = dataArea.getWidth() * getItemMargin() / (getColumnCount() * (series - 1));
            double used = width * series + gap * (series - 1);
            return start + (end - start - used) / 2 + row * (width + gap) + width / 2;
        }

        /** JFreeChart's own bounds stop at the whiskers, which would clip the outliers off the plot. */
        @Override
        public Range findRangeBounds(CategoryDataset data) {
            return DatasetUtils.findRangeBounds(data, true);
        }
    }
}
