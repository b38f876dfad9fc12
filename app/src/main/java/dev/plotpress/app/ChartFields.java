package dev.plotpress.app;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Colormap;
import dev.plotpress.model.Fit;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;

import java.util.Arrays;
import java.util.List;

/** The editor's Chart rows (kind, title, histogram bins, stacking, a scatter's fit, a line's order, a numeric hue's colormap) and Size rows. */
final class ChartFields {
    /** The Fit row's choices: none, a straight line, or a polynomial of order 2 or 3 (the spec file takes up to 5). */
    static final List<String> FITS = List.of("(none)", "linear", "order 2", "order 3");

    private ChartFields() {
    }

    private static String fit(ChartSpec s) {
        return s.fit() == null ? FITS.get(0) : s.fit().order() == 1 ? FITS.get(1) : "order " + s.fit().order();
    }

    private static Fit fit(String choice) {
        int order = FITS.indexOf(choice);
        return order <= 0 ? null : new Fit(order, null);
    }

    static List<SpecField<?>> of(SpecFields f, Table table) {
        return List.of(
                f.field("Kind", "Chart", ChartKind.class, ChartSpec::kind, (s, kind) -> KindChange.to(s, kind, table)),
                f.text("Title", "Chart", ChartSpec::title, (s, v) -> s.toBuilder().title(v).build()),
                // blank is the default, numpy's 'auto' rule: a text row, since a number row cannot show "none"
                f.text("Bins", "Chart", s -> s.bins() == null ? null : String.valueOf(s.bins()),
                        (s, v) -> s.toBuilder().bins(SpecFields.wholeNumber("bins", v)).build()).drawnAs("bins"),
                f.number("Bin width", "Chart", "binWidth", ChartSpec::binWidth,
                        (s, v) -> s.toBuilder().binWidth(v).build()).drawnAs("binWidth"),
                f.field("Stacked", "Chart", Boolean.class, ChartSpec::stacked,
                        (s, v) -> s.toBuilder().stacked(v).build()).drawnAs("stacked"),
                f.choice("Fit", "Chart", FITS, ChartFields::fit, (s, v) -> s.toBuilder().fit(fit(v)).build()).drawnAs("fit"),
                f.field("Sort by x", "Chart", Boolean.class, ChartSpec::sortX,
                        (s, v) -> s.toBuilder().sortX(v).build()).drawnAs("sortX"),
                f.choice("Colormap (numeric hue)", "Chart", Arrays.stream(Colormap.values()).map(Colormap::specName).toList(),
                        s -> s.colormap().specName(), (s, v) -> s.toBuilder().colormap(Colormap.fromSpecName("colormap", v)).build())
                        .drawnAs("colormap"),
                f.field("Width (px)", "Size", Integer.class, s -> s.size().pixelWidth(),
                        (s, v) -> s.toBuilder().size(Size.pixels(v, s.size().pixelHeight(), s.size().dpi())).build()),
                f.field("Height (px)", "Size", Integer.class, s -> s.size().pixelHeight(),
                        (s, v) -> s.toBuilder().size(Size.pixels(s.size().pixelWidth(), v, s.size().dpi())).build()),
                f.field("DPI", "Size", Double.class, s -> s.size().dpi(),
                        (s, v) -> s.toBuilder().size(Size.inches(s.size().widthInches(), s.size().heightInches(), v)).build()));
    }
}
