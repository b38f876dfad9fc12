package dev.plotpress.app;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;

import java.util.List;

/** The editor's Chart rows (kind, title, histogram bins, stacking) and Size rows. */
final class ChartFields {
    private ChartFields() {
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
                f.field("Width (px)", "Size", Integer.class, s -> s.size().pixelWidth(),
                        (s, v) -> s.toBuilder().size(Size.pixels(v, s.size().pixelHeight(), s.size().dpi())).build()),
                f.field("Height (px)", "Size", Integer.class, s -> s.size().pixelHeight(),
                        (s, v) -> s.toBuilder().size(Size.pixels(s.size().pixelWidth(), v, s.size().dpi())).build()),
                f.field("DPI", "Size", Double.class, s -> s.size().dpi(),
                        (s, v) -> s.toBuilder().size(Size.inches(s.size().widthInches(), s.size().heightInches(), v)).build()));
    }
}
