package dev.plotpress.model;

import dev.plotpress.internal.model.Colors;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Series colours, in order: Okabe-Ito (the default, colour-blind safe; past its 8 colours, as many evenly spaced hues
 * as there are series, as seaborn switches to husl_palette past its default's 10), Tableau 10, and greys for print.
 * A colour is never used for two series: a named palette with fewer colours than series is refused.
 */
public enum Palette {
    OKABE_ITO("okabe-ito", Colors.PALETTE),
    TABLEAU10("tableau10", List.of(
            new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2), new Color(0x59A14F),
            new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC))),
    GREYS("greys", List.of(
            new Color(0x000000), new Color(0x555555), new Color(0x8C8C8C), new Color(0x2E2E2E), new Color(0xB0B0B0)));

    private final String specName;
    private final List<Color> colors;

    Palette(String specName, List<Color> colors) {
        this.specName = specName;
        this.colors = colors;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String specName() {
        return specName;
    }

    public List<Color> colors() {
        return colors;
    }

    /** The palette's own colour {@code index}, counted from 0; {@link #forSeries} gives a chart's colours. */
    public Color color(int index) {
        return colors.get(index);
    }

    /**
     * One colour for each of {@code count} series, none repeated.
     *
     * @throws InvalidSpecException when this palette has fewer colours than series (Okabe-Ito never does)
     */
    public List<Color> forSeries(int count) {
        if (count <= colors.size()) {
            return colors.subList(0, count);
        }
        if (this == OKABE_ITO) {
            return EvenHues.of(count);
        }
        throw new InvalidSpecException("palette", specName + " has " + colors.size() + " colours, and the chart draws "
                + count + " series, so colours would repeat; remove palette (past " + OKABE_ITO.colors.size()
                + " series the default gives " + count + " evenly spaced hues) or draw fewer series (a top or filter transform)");
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Palette fromSpecName(String name) {
        for (Palette palette : values()) {
            if (palette.specName.equalsIgnoreCase(name) || palette.name().equalsIgnoreCase(name)) {
                return palette;
            }
        }
        throw new InvalidSpecException("palette", "unknown palette '" + name + "'; use one of "
                + Arrays.stream(values()).map(Palette::specName).collect(Collectors.joining(", ")));
    }
}
