package dev.plotpress;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.CategoryOrder;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.Palette;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Size;
import dev.plotpress.model.Style;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The spec's options as methods of {@link Chart}, under the spec's names: {@code Chart.scatter(xs, ys).title("Sales")}.
 * Each returns a new Chart and leaves this one as it was. An option of the spec without a method here is reached
 * through {@link #with(UnaryOperator)} and {@link ChartSpec.Builder}. Only Chart implements this interface.
 */
public sealed interface ChartOptions permits Chart {

    /** This chart with any option of the spec changed, under the spec's names: {@code with(b -> b.y2("volume"))}. */
    Chart with(UnaryOperator<ChartSpec.Builder> change);

    /** The spec this chart draws: its kind, columns and every option. */
    ChartSpec spec();

    /** The chart's title, above it; also the alt text of {@link Chart#imgTag()}. */
    default Chart title(String title) {
        return with(b -> b.title(title));
    }

    /** The x column; null means the row number. */
    default Chart x(String column) {
        return with(b -> b.x(column));
    }

    /** The y columns, one series each. */
    default Chart y(String... columns) {
        return with(b -> b.y(columns));
    }

    /** Columns drawn against a second y axis on the right (line and scatter). */
    default Chart y2(String... columns) {
        return with(b -> b.y2(columns));
    }

    /** The label under the x axis. */
    default Chart xLabel(String label) {
        return with(b -> b.xLabel(label));
    }

    /** The label beside the y axis. */
    default Chart yLabel(String label) {
        return with(b -> b.yLabel(label));
    }

    /** The label beside the second y axis, on the right ({@link #y2(String...)}). */
    default Chart y2Label(String label) {
        return with(b -> b.y2Label(label));
    }

    /** A column whose values split the rows into series, one colour and legend entry each (seaborn's hue). */
    default Chart hue(String column) {
        return with(b -> b.hue(column));
    }

    /** The histogram's bin count (1 to 10,000). */
    default Chart bins(int bins) {
        return with(b -> b.bins(bins));
    }

    /** The histogram's bin width in data units; wins over {@link #bins(int)}. */
    default Chart binWidth(double width) {
        return with(b -> b.binWidth(width));
    }

    /** Bar and area series stacked on each other. */
    default Chart stacked(boolean stacked) {
        return with(b -> b.stacked(stacked));
    }

    /**
     * Bar and box: these categories first, in this order (seaborn's {@code order=}); the rest follow in their usual
     * order. A category no row has is refused when the chart is drawn.
     */
    default Chart order(String... categories) {
        return with(b -> b.categoryOrder(new CategoryOrder(List.of(categories), spec().categoryOrder().sort())));
    }

    /** Bar and box: the categories by their drawn value, {@code ascending} or {@code descending}; not with {@link #order}. */
    default Chart sort(String direction) {
        return sort(CategoryOrder.Sort.fromSpecName(direction));
    }

    /** Bar and box: the categories by their drawn value (see {@link #sort(String)}). */
    default Chart sort(CategoryOrder.Sort direction) {
        return with(b -> b.categoryOrder(new CategoryOrder(spec().categoryOrder().order(), direction)));
    }

    /** The colours around the data: {@code light}, {@code dark}, ... as a spec names them. */
    default Chart theme(String name) {
        return theme(ColorTheme.fromSpecName(name));
    }

    /** The colours around the data (see {@link #theme(String)}). */
    default Chart theme(ColorTheme theme) {
        return with(b -> b.theme(theme));
    }

    /** The series colours: {@code okabe-ito}, {@code tab10}, ... as a spec names them. */
    default Chart palette(String name) {
        return palette(Palette.fromSpecName(name));
    }

    /** The series colours (see {@link #palette(String)}). */
    default Chart palette(Palette palette) {
        return with(b -> b.palette(palette));
    }

    /** How every series is drawn (colour, alpha, marker size, line width); series styles go through {@link #with}. */
    default Chart style(Style style) {
        return with(b -> b.style(style));
    }

    /** Log scales, fixed ranges, tick format and grid. */
    default Chart axes(AxisOptions axes) {
        return with(b -> b.axes(axes));
    }

    /** The heatmap's colour map, cell annotations and their format, colour bar, value range and mask. */
    default Chart heatmap(HeatmapOptions heatmap) {
        return with(b -> b.heatmap(heatmap));
    }

    /** The scatter matrix's columns, ticks, labels, diagonal and corner. */
    default Chart scatterMatrix(ScatterMatrixOptions scatterMatrix) {
        return with(b -> b.scatterMatrix(scatterMatrix));
    }

    /** How the x column's text dates are written ({@code dd/MM/yyyy}); ISO-8601 unless told. */
    default Chart dateFormat(String pattern) {
        return with(b -> b.dateFormat(pattern));
    }

    /** The size in pixels at the chart's dpi (100 unless told). */
    default Chart size(int widthPixels, int heightPixels) {
        return with(b -> b.size(spec().size().withPixels(widthPixels, heightPixels, null)));
    }

    /** The size, in pixels at a dpi or in inches (see {@link Size}). */
    default Chart size(Size size) {
        return with(b -> b.size(size));
    }

    /** The resolution: the same picture (fonts and lines are sized in points) in more or fewer pixels. */
    default Chart dpi(double dpi) {
        return with(b -> b.size(spec().size().withPixels(null, null, dpi)));
    }
}
