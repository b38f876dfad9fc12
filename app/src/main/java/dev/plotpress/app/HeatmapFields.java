package dev.plotpress.app;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Colormap;
import dev.plotpress.model.HeatmapOptions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The editor's Heatmap rows: colours, cell text, colour bar, fixed value range (blank: the data's own) and mask. */
final class HeatmapFields {
    private HeatmapFields() {
    }

    static List<SpecField<?>> of(SpecFields f) {
        return List.of(
                f.field("Colormap", "Heatmap", Colormap.class, s -> s.heatmap().colormap(), (s, v) -> with(s,
                        new HeatmapOptions(v, h(s).annotate(), h(s).format(), h(s).colorbar(), h(s).vmin(), h(s).vmax(), h(s).mask()))).only(ChartKind.HEATMAP),
                f.field("Annotate cells", "Heatmap", Boolean.class, s -> s.heatmap().annotate(), (s, v) -> with(s,
                        new HeatmapOptions(h(s).colormap(), v, h(s).format(), h(s).colorbar(), h(s).vmin(), h(s).vmax(), h(s).mask()))).only(ChartKind.HEATMAP),
                f.text("Number format", "Heatmap", s -> s.heatmap().format(), (s, v) -> with(s,
                        new HeatmapOptions(h(s).colormap(), h(s).annotate(), v, h(s).colorbar(), h(s).vmin(), h(s).vmax(), h(s).mask()))).only(ChartKind.HEATMAP),
                f.field("Colour bar", "Heatmap", Boolean.class, s -> s.heatmap().colorbar(), (s, v) -> with(s,
                        new HeatmapOptions(h(s).colormap(), h(s).annotate(), h(s).format(), v, h(s).vmin(), h(s).vmax(), h(s).mask()))).only(ChartKind.HEATMAP),
                f.number("Lowest value (vmin)", "Heatmap", "heatmap.vmin", s -> s.heatmap().vmin(), (s, v) -> with(s,
                        new HeatmapOptions(h(s).colormap(), h(s).annotate(), h(s).format(), h(s).colorbar(), v, h(s).vmax(), h(s).mask()))).only(ChartKind.HEATMAP),
                f.number("Highest value (vmax)", "Heatmap", "heatmap.vmax", s -> s.heatmap().vmax(), (s, v) -> with(s,
                        new HeatmapOptions(h(s).colormap(), h(s).annotate(), h(s).format(), h(s).colorbar(), h(s).vmin(), v, h(s).mask()))).only(ChartKind.HEATMAP),
                f.choice("Mask", "Heatmap", Arrays.stream(HeatmapOptions.Mask.values()).map(HeatmapFields::specName).toList(),
                        s -> specName(s.heatmap().mask()), (s, v) -> with(s, new HeatmapOptions(h(s).colormap(), h(s).annotate(),
                                h(s).format(), h(s).colorbar(), h(s).vmin(), h(s).vmax(), HeatmapOptions.Mask.fromSpecName(v)))).only(ChartKind.HEATMAP));
    }

    /** As a spec file writes it: none, upper, lower. */
    private static String specName(HeatmapOptions.Mask mask) {
        return mask.name().toLowerCase(Locale.ROOT);
    }

    private static HeatmapOptions h(ChartSpec s) {
        return s.heatmap();
    }

    private static ChartSpec with(ChartSpec s, HeatmapOptions heatmap) {
        return s.toBuilder().heatmap(heatmap).build();
    }
}
