package dev.plotpress.render;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.CategoryOrder;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.Column;
import dev.plotpress.model.Estimate;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.HistogramOptions;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Palette;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.plotpress.model.ChartKind.AREA;
import static dev.plotpress.model.ChartKind.BAR;
import static dev.plotpress.model.ChartKind.BOX;
import static dev.plotpress.model.ChartKind.HEATMAP;
import static dev.plotpress.model.ChartKind.HISTOGRAM;
import static dev.plotpress.model.ChartKind.LINE;
import static dev.plotpress.model.ChartKind.SCATTER;
import static dev.plotpress.model.ChartKind.SCATTER_MATRIX;

/**
 * Options a kind cannot draw are errors, not silently dropped: every option either takes effect or is refused
 * here with what to do instead (OptionSweepTest holds every option of every kind to that).
 */
final class KindOptions {
    private static final Set<ChartKind> HUE = EnumSet.of(LINE, SCATTER, BAR, BOX, HISTOGRAM, AREA, SCATTER_MATRIX);
    private static final Set<ChartKind> CATEGORY_X = EnumSet.of(BAR, BOX);

    private KindOptions() {
    }

    static void requireFit(ChartSpec spec, Table table) {
        ChartKind kind = spec.kind();
        if (spec.hue() != null && !HUE.contains(kind)) {
            throw new InvalidSpecException("hue", "works with " + names(HUE) + " charts, not " + kind + "; remove hue");
        }
        if (spec.hue() != null && spec.y().size() > 1) {
            throw new InvalidSpecException("hue", "splits one y column into series, but y names " + spec.y()
                    + "; keep one y column, or drop hue to draw each column as a series");
        }
        if (!spec.y2().isEmpty() && kind != LINE && kind != SCATTER) {
            throw new InvalidSpecException("y2", "a second y axis is for line and scatter charts, not " + kind
                    + "; remove y2");
        }
        if (spec.y2Label() != null && spec.y2().isEmpty()) {
            throw new InvalidSpecException("y2Label", "labels the second y axis, but there is no y2; add y2: [column] or remove y2Label");
        }
        if (!spec.y2().isEmpty() && spec.hue() != null) {
            throw new InvalidSpecException("y2", "cannot be combined with hue yet; remove y2 or hue");
        }
        if (spec.stacked() && kind != BAR && kind != AREA) {
            throw new InvalidSpecException("stacked", "works with bar and area charts, not " + kind);
        }
        AxisOptions axes = spec.axes();
        if (!axes.equals(AxisOptions.DEFAULT) && (kind == HEATMAP || kind == SCATTER_MATRIX)) {
            throw new InvalidSpecException("axes", "log scales, ranges, tick formats and grids are for line, scatter, "
                    + "area, bar, histogram and box charts, not " + kind + "; remove axes");
        }
        if (CATEGORY_X.contains(kind) && (axes.logX() || axes.xMin() != null || axes.xMax() != null)) {
            throw new InvalidSpecException(axes.logX() ? "axes.logX" : axes.xMin() != null ? "axes.xMin" : "axes.xMax",
                    "a " + kind + " chart's x axis is categories, which have no scale or range; remove it");
        }
        if (spec.theme() != ColorTheme.LIGHT && kind == SCATTER_MATRIX) {
            throw new InvalidSpecException("theme", "scatter-matrix is drawn in the light theme only so far; remove theme");
        }
        if (spec.binWidth() != null && kind != HISTOGRAM) {
            throw new InvalidSpecException("binWidth", "is for histograms, not " + kind + "; remove it");
        }
        boolean diagonalHistograms = spec.scatterMatrix().diagonal() == ScatterMatrixOptions.Diagonal.HISTOGRAM;
        if (spec.bins() != ChartSpec.DEFAULT_BINS && kind != HISTOGRAM && !(kind == SCATTER_MATRIX && diagonalHistograms)) {
            throw new InvalidSpecException("bins", kind == SCATTER_MATRIX
                    ? "counts the diagonal's histograms, but the diagonal shows scatters; add scatterMatrix: {diagonal: histogram} or remove bins"
                    : "is for histograms, not " + kind + "; remove it");
        }
        if (!spec.heatmap().equals(HeatmapOptions.DEFAULT) && kind != HEATMAP) {
            throw new InvalidSpecException("heatmap", "options are for heatmaps, not " + kind + "; remove heatmap");
        }
        if (!spec.scatterMatrix().equals(ScatterMatrixOptions.DEFAULT) && kind != SCATTER_MATRIX) {
            throw new InvalidSpecException("scatterMatrix", "options are for scatter matrices, not " + kind
                    + "; remove scatterMatrix");
        }
        if (!spec.histogram().equals(HistogramOptions.DEFAULT) && kind != HISTOGRAM) {
            throw new InvalidSpecException(spec.histogram().stat() != HistogramOptions.Stat.COUNT ? "stat" : "multiple",
                    "is for histograms, not " + kind + "; remove it");
        }
        if (spec.histogram().multiple() != HistogramOptions.Multiple.LAYER && spec.hue() == null) {
            throw new InvalidSpecException("multiple", "says how the bars of hue groups share the bins, but there is no hue; "
                    + "add hue: COLUMN or remove multiple");
        }
        if (!spec.estimate().equals(Estimate.DEFAULT) && kind != BAR && kind != LINE) {
            throw new InvalidSpecException(spec.estimate().estimator() != null ? "estimator" : "errorbar",
                    "sums up the rows of each bar or line point, so it is for bar and line charts, not " + kind
                            + "; remove it");
        }
        if (kind == LINE && spec.estimate().estimator() == Estimate.Estimator.NONE && spec.estimate().errorBar() != null
                && spec.estimate().errorBar() != Estimate.ErrorBar.NONE) {
            throw new InvalidSpecException("errorbar", "is the band around a line's estimate, and estimator: none draws "
                    + "every row as it is, with no estimate; remove errorbar, or choose an estimator such as mean");
        }
        if (!spec.categoryOrder().equals(CategoryOrder.DEFAULT) && !CATEGORY_X.contains(kind)) {
            throw new InvalidSpecException(spec.categoryOrder().sort() != null ? "sort" : "order", "orders the categories "
                    + "of a bar or box chart, and a " + kind + " chart has none; remove it"
                    + (spec.hue() != null ? " (hueOrder orders the hue groups)" : ""));
        }
        requireStyleFits(spec);
        if ((spec.xLabel() != null || spec.yLabel() != null) && kind == SCATTER_MATRIX) {
            throw new InvalidSpecException(spec.xLabel() != null ? "xLabel" : "yLabel", "a scatter matrix labels each "
                    + "row and column with its column's name; remove it (scatterMatrix: {labels: false} hides the names)");
        }
        if (spec.palette() != Palette.OKABE_ITO && (kind == HEATMAP || kind == SCATTER_MATRIX && spec.hue() == null)) {
            throw new InvalidSpecException("palette", kind == HEATMAP ? "colours series, and a heatmap's colours are "
                    + "heatmap.colormap; remove palette" : "colours the hue groups, and there is no hue; add hue: COLUMN, "
                    + "or set style.color for every dot");
        }
    }

    /**
     * The categories {@code order} lists are the whole table's (checked before facet panels, each of which may lack
     * some): the x values of a bar chart, the boxes (hue values, else y columns) of a box chart.
     */
    static void requireOrderFits(ChartSpec spec, Table table) {
        CategoryOrder arranged = spec.categoryOrder();
        if (arranged.equals(CategoryOrder.DEFAULT)) {
            return;
        }
        if (!arranged.order().isEmpty() && spec.kind() == BAR && spec.x() == null) {
            throw new InvalidSpecException("order", "lists x values, and the spec has no x (one bar per row); "
                    + "add x: COLUMN or remove order");
        }
        if (!arranged.order().isEmpty() && spec.kind() == BOX && !spec.hueOrder().isEmpty()) {
            throw new InvalidSpecException("order", "and hueOrder both order the boxes; keep one of them");
        }
        String what = spec.kind() == BAR ? spec.x() : spec.hue() != null ? spec.hue() : "y";
        java.util.List<String> names = spec.kind() == BAR
                ? (spec.x() == null ? Categories.rows(table.rowCount()) : Categories.of(table.column(spec.x()))).names()
                : spec.hue() != null ? HueGroups.of(table, spec.hue()).names()
                : SeriesColumns.y(spec, table).stream().map(Column::name).toList();
        Categories.requireListed(arranged, names, what, table.source());
        if (arranged.sort() != null && names.size() < 2) {
            throw new InvalidSpecException("sort", "orders the " + (spec.kind() == BAR ? "bars" : "boxes")
                    + " by their value, and this chart has one; remove sort");
        }
    }

    /** Which style fields a kind draws: lines have widths, dots have sizes, a heatmap takes its colours from the colormap. */
    private static void requireStyleFits(ChartSpec spec) {
        ChartKind kind = spec.kind();
        if (kind == HEATMAP && (!spec.style().equals(Style.NONE) || !spec.seriesStyles().isEmpty())) {
            throw new InvalidSpecException(spec.style().equals(Style.NONE) ? "seriesStyles" : "style",
                    "a heatmap's colours come from heatmap.colormap and it has no lines or dots; remove it");
        }
        if (!spec.seriesStyles().isEmpty() && kind == SCATTER_MATRIX) {
            throw new InvalidSpecException("seriesStyles", "a scatter matrix draws every column alike; use style");
        }
        for (var entry : spec.seriesStyles().entrySet()) {
            requireStyleFieldsFit(kind, entry.getValue(), "seriesStyles." + entry.getKey());
        }
        requireStyleFieldsFit(kind, spec.style(), "style");
    }

    private static void requireStyleFieldsFit(ChartKind kind, Style style, String field) {
        if (style.lineWidth() != null && kind != LINE) {
            throw new InvalidSpecException(field + ".lineWidth", "is the width of lines, and a " + kind
                    + " chart draws none; remove it");
        }
        if (style.markerSize() != null && !EnumSet.of(LINE, SCATTER, SCATTER_MATRIX).contains(kind)) {
            throw new InvalidSpecException(field + ".markerSize", "is the size of dots, and a " + kind
                    + " chart draws none; remove it");
        }
    }

    private static String names(Set<ChartKind> kinds) {
        return kinds.stream().map(ChartKind::specName).collect(Collectors.joining(", "));
    }
}
