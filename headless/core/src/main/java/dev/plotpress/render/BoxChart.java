package dev.plotpress.render;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;

/**
 * Box plots as matplotlib and seaborn draw them: a box from the first to the third quartile, a line at the
 * median, whiskers to the furthest points within 1.5 IQR and every point beyond them as an outlier. One box
 * per y column, or with {@code hue} one box per hue value of the (first) y column; each box its palette colour.
 */
final class BoxChart {
    private BoxChart() {
    }

    static JFreeChart build(ChartSpec spec, Table table, Warnings warnings) {
        List<NumericColumn> ys = SeriesColumns.y(spec, table);
        DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
        String series = ys.size() == 1 || spec.hue() != null ? ys.get(0).name() : "values";
        List<String> names = new ArrayList<>();
        List<BoxStatistics> boxes = new ArrayList<>();
        if (spec.hue() != null) {
            HueGroups groups = HueGroups.of(table, spec.hue(), spec.hueOrder(), warnings);
            double[] values = DrawnValues.on(ys.get(0).toArray(), ys.get(0).name(), spec.axes().logY(), "y", warnings);
            for (int g = 0; g < groups.size(); g++) {
                names.add(groups.names().get(g));
                boxes.add(BoxStatistics.of(groups.pick(values, g)));
            }
        } else {
            for (NumericColumn y : ys) {
                names.add(y.name());
                boxes.add(BoxStatistics.of(DrawnValues.on(y.toArray(), y.name(), spec.axes().logY(), "y", warnings)));
            }
        }
        int[] arrangement = Categories.arrangement(names, spec.categoryOrder(),
                boxes.stream().mapToDouble(BoxStatistics::median).toArray());
        List<double[]> outliers = new ArrayList<>();
        // one box per y column takes that column's own style; hue boxes share the y column's
        List<String> styled = new ArrayList<>();
        for (int g : arrangement) {
            dataset.add(item(boxes.get(g)), series, names.get(g));
            outliers.add(boxes.get(g).outliers());
            styled.add(spec.hue() != null ? ys.get(0).name() : names.get(g));
        }

        Palette palette = spec.theme().palette(spec.palette());
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return spec.styleOf(styled.get(column)).colorOr(palette.color(column));
            }

            /** JFreeChart's own bounds stop at the whiskers, which would clip the outliers off the plot. */
            @Override
            public Range findRangeBounds(CategoryDataset data) {
                return DatasetUtils.findRangeBounds(data, true);
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
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(0.15);
        renderer.setWhiskerWidth(0.5);
        renderer.setDefaultSeriesVisibleInLegend(false);

        CategoryAxis xAxis = Theme.axis(new ReadableCategoryAxis(spec.xLabel() != null ? spec.xLabel() : spec.hue()));
        xAxis.setCategoryMargin(0.3);
        NumberAxis yAxis = Theme.numberAxis(spec.yLabel() != null ? spec.yLabel()
                : ys.size() == 1 || spec.hue() != null ? ys.get(0).name() : null);
        CategoryPlot plot = new CategoryPlot(dataset, xAxis, yAxis, renderer);
        Theme.plot(plot);
        plot.addAnnotation(new OutlierMarks(outliers, Theme.INK), false);
        return Theme.chart(spec.title(), plot, false);
    }

    /**
     * JFreeChart's item with our statistics. The outliers themselves are drawn by {@link OutlierMarks}; the
     * item keeps their extremes so the axis range reaches them.
     */
    private static BoxAndWhiskerItem item(BoxStatistics box) {
        return new BoxAndWhiskerItem(box.mean(), box.median(), box.q1(), box.q3(), box.lowWhisker(),
                box.highWhisker(), box.min(), box.max(), List.of());
    }
}
