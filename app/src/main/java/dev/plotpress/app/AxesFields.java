package dev.plotpress.app;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartSpec;

import java.util.List;

import static dev.plotpress.model.ChartKind.BAR;
import static dev.plotpress.model.ChartKind.BOX;
import static dev.plotpress.model.ChartKind.HEATMAP;
import static dev.plotpress.model.ChartKind.SCATTER_MATRIX;

/** The editor's Axes rows: log scales, fixed ranges (blank: the data's own), tick label format and grid. */
final class AxesFields {
    private AxesFields() {
    }

    static List<SpecField<?>> of(SpecFields f) {
        return List.of(
                f.field("Log x", "Axes", Boolean.class, s -> s.axes().logX(), (s, v) -> with(s,
                        new AxisOptions(v, a(s).logY(), a(s).xMin(), a(s).xMax(), a(s).yMin(), a(s).yMax(), a(s).tickFormat(), a(s).grid()))).except(HEATMAP, SCATTER_MATRIX, BAR, BOX),
                f.field("Log y", "Axes", Boolean.class, s -> s.axes().logY(), (s, v) -> with(s,
                        new AxisOptions(a(s).logX(), v, a(s).xMin(), a(s).xMax(), a(s).yMin(), a(s).yMax(), a(s).tickFormat(), a(s).grid()))).except(HEATMAP, SCATTER_MATRIX),
                f.number("X min", "Axes", "axes.xMin", s -> s.axes().xMin(), (s, v) -> with(s,
                        new AxisOptions(a(s).logX(), a(s).logY(), v, a(s).xMax(), a(s).yMin(), a(s).yMax(), a(s).tickFormat(), a(s).grid()))).except(HEATMAP, SCATTER_MATRIX, BAR, BOX),
                f.number("X max", "Axes", "axes.xMax", s -> s.axes().xMax(), (s, v) -> with(s,
                        new AxisOptions(a(s).logX(), a(s).logY(), a(s).xMin(), v, a(s).yMin(), a(s).yMax(), a(s).tickFormat(), a(s).grid()))).except(HEATMAP, SCATTER_MATRIX, BAR, BOX),
                f.number("Y min", "Axes", "axes.yMin", s -> s.axes().yMin(), (s, v) -> with(s,
                        new AxisOptions(a(s).logX(), a(s).logY(), a(s).xMin(), a(s).xMax(), v, a(s).yMax(), a(s).tickFormat(), a(s).grid()))).except(HEATMAP, SCATTER_MATRIX),
                f.number("Y max", "Axes", "axes.yMax", s -> s.axes().yMax(), (s, v) -> with(s,
                        new AxisOptions(a(s).logX(), a(s).logY(), a(s).xMin(), a(s).xMax(), a(s).yMin(), v, a(s).tickFormat(), a(s).grid()))).except(HEATMAP, SCATTER_MATRIX),
                f.text("Tick format", "Axes", s -> s.axes().tickFormat(), (s, v) -> with(s,
                        new AxisOptions(a(s).logX(), a(s).logY(), a(s).xMin(), a(s).xMax(), a(s).yMin(), a(s).yMax(), v, a(s).grid()))).except(HEATMAP, SCATTER_MATRIX),
                f.field("Grid", "Axes", Boolean.class, s -> s.axes().grid(), (s, v) -> with(s,
                        new AxisOptions(a(s).logX(), a(s).logY(), a(s).xMin(), a(s).xMax(), a(s).yMin(), a(s).yMax(), a(s).tickFormat(), v))).except(HEATMAP, SCATTER_MATRIX));
    }

    private static AxisOptions a(ChartSpec s) {
        return s.axes();
    }

    private static ChartSpec with(ChartSpec s, AxisOptions axes) {
        return s.toBuilder().axes(axes).build();
    }
}
