package dev.plotpress.app;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.internal.model.Colors;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Style;
import javafx.scene.paint.Color;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The editor's Style rows: the series look, the theme around the data and the series colours. */
final class StyleFields {
    private StyleFields() {
    }

    static List<SpecField<?>> of(SpecFields f) {
        return List.of(
                f.field("Colour", "Style", Color.class, StyleFields::color, (s, v) -> withStyle(s, new Style(hex(v),
                        s.style().alpha(), s.style().markerSize(), s.style().lineWidth()))).except(ChartKind.HEATMAP),
                f.number("Alpha", "Style", "style.alpha", s -> s.style().alpha(),
                        (s, v) -> withStyle(s, new Style(s.style().color(), v, s.style().markerSize(), s.style().lineWidth())))
                        .except(ChartKind.HEATMAP),
                f.number("Marker size", "Style", "style.markerSize", s -> s.style().markerSize(),
                        (s, v) -> withStyle(s, new Style(s.style().color(), s.style().alpha(), v, s.style().lineWidth())))
                        .only(ChartKind.LINE, ChartKind.SCATTER, ChartKind.SCATTER_MATRIX),
                f.number("Line width", "Style", "style.lineWidth", s -> s.style().lineWidth(),
                        (s, v) -> withStyle(s, new Style(s.style().color(), s.style().alpha(), s.style().markerSize(), v)))
                        .only(ChartKind.LINE),
                f.choice("Theme", "Style", Arrays.stream(ColorTheme.values()).map(ColorTheme::specName).toList(),
                        s -> s.theme().specName(), (s, v) -> s.toBuilder().theme(ColorTheme.fromSpecName(v)).build())
                        .except(ChartKind.SCATTER_MATRIX),
                f.choice("Palette", "Style", Arrays.stream(Palette.values()).map(Palette::specName).toList(),
                        s -> s.palette().specName(), (s, v) -> s.toBuilder().palette(Palette.fromSpecName(v)).build())
                        .except(ChartKind.HEATMAP));
    }

    private static ChartSpec withStyle(ChartSpec s, Style style) {
        return s.toBuilder().style(style).build();
    }

    private static Color color(ChartSpec s) {
        // unset: what the renderer draws by default (the scatter matrix's black dots, else the first palette colour)
        java.awt.Color c = s.style().color() != null ? Colors.parse("style.color", s.style().color())
                : s.kind() == ChartKind.SCATTER_MATRIX ? java.awt.Color.BLACK : Colors.palette(0);
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
