package dev.plotpress.app;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.Estimate;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.HistogramOptions;
import dev.plotpress.model.Palette;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Style;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.plotpress.model.ChartKind.AREA;
import static dev.plotpress.model.ChartKind.BAR;
import static dev.plotpress.model.ChartKind.BOX;
import static dev.plotpress.model.ChartKind.HEATMAP;
import static dev.plotpress.model.ChartKind.HISTOGRAM;
import static dev.plotpress.model.ChartKind.LINE;
import static dev.plotpress.model.ChartKind.SCATTER;
import static dev.plotpress.model.ChartKind.SCATTER_MATRIX;

/**
 * A kind picked in the sheet: the chart keeps its data, columns, title, size and colours, and lets go of the options
 * the new kind does not draw (the rows the sheet no longer shows), which the renderer would refuse.
 */
final class KindChange {
    private static final Set<ChartKind> HUE = EnumSet.of(LINE, SCATTER, BAR, BOX, HISTOGRAM, SCATTER_MATRIX);
    private static final Set<ChartKind> DOTS = EnumSet.of(LINE, SCATTER, SCATTER_MATRIX);

    private KindChange() {
    }

    static ChartSpec to(ChartSpec s, ChartKind kind) {
        ChartSpec.Builder b = s.toBuilder().kind(kind);
        boolean grid = kind == HEATMAP || kind == SCATTER_MATRIX;
        if (!HUE.contains(kind)) {
            b.hue(null).hueOrder(null);
        }
        if (kind != LINE && kind != SCATTER) {
            b.y2(List.of()).y2Label(null);
        }
        if (kind != BAR && kind != AREA) {
            b.stacked(false);
        }
        if (kind != HISTOGRAM) {
            b.binWidth(null).histogram(HistogramOptions.DEFAULT);
        }
        if (kind != HISTOGRAM && kind != SCATTER_MATRIX) {
            b.bins(ChartSpec.DEFAULT_BINS);
        }
        if (kind != HEATMAP) {
            b.heatmap(HeatmapOptions.DEFAULT);
        }
        if (kind != SCATTER_MATRIX) {
            b.scatterMatrix(ScatterMatrixOptions.DEFAULT);
        }
        if (kind != BAR) {
            b.estimate(Estimate.DEFAULT);
        }
        if (kind == BOX || grid) {
            b.x(null); // a box chart's groups are its hue; the grids pick their own columns
        }
        if (kind == HISTOGRAM && s.x() != null && !s.y().isEmpty()) {
            b.x(null); // counts the y columns
        }
        if (grid) {
            b.axes(AxisOptions.DEFAULT).facet(null).xLabel(null).yLabel(null).y(List.of()).seriesStyles(Map.of());
        } else if (kind == BAR || kind == BOX) {
            AxisOptions a = s.axes();
            b.axes(new AxisOptions(false, a.logY(), null, null, a.yMin(), a.yMax(), a.tickFormat(), a.grid()));
        }
        if (kind == SCATTER_MATRIX) {
            b.theme(ColorTheme.LIGHT);
        }
        if (kind == HEATMAP || kind == SCATTER_MATRIX && s.hue() == null) {
            b.palette(Palette.OKABE_ITO);
        }
        if (kind == HEATMAP) {
            b.style(Style.NONE);
        } else {
            b.style(fit(s.style(), kind));
            if (!grid) {
                Map<String, Style> styles = new LinkedHashMap<>();
                s.seriesStyles().forEach((column, style) -> styles.put(column, fit(style, kind)));
                b.seriesStyles(styles);
            }
        }
        return b.build();
    }

    private static Style fit(Style style, ChartKind kind) {
        return new Style(style.color(), style.alpha(), DOTS.contains(kind) ? style.markerSize() : null,
                kind == LINE ? style.lineWidth() : null);
    }
}
