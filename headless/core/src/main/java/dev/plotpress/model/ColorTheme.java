package dev.plotpress.model;

import java.awt.Color;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The colours around the data: light (the default, white page), dark (for dark screens and slides) and print
 * (white, black text, greyscale series told apart by dash and marker shape as well as grey level).
 */
public enum ColorTheme {
    LIGHT("light", Color.WHITE, Color.WHITE, new Color(0x222222), new Color(0xDDDDDD), new Color(0x888888), null),
    DARK("dark", new Color(0x1E1E1E), new Color(0x262626), new Color(0xE6E6E6), new Color(0x444444),
            new Color(0xAAAAAA), null),
    PRINT("print", Color.WHITE, Color.WHITE, Color.BLACK, new Color(0xCCCCCC), Color.BLACK, Palette.GREYS);

    private final String specName;
    private final Color background;
    private final Color plotBackground;
    private final Color text;
    private final Color grid;
    private final Color axisLine;
    private final Palette forcedPalette;

    ColorTheme(String specName, Color background, Color plotBackground, Color text, Color grid, Color axisLine,
          Palette forcedPalette) {
        this.specName = specName;
        this.background = background;
        this.plotBackground = plotBackground;
        this.text = text;
        this.grid = grid;
        this.axisLine = axisLine;
        this.forcedPalette = forcedPalette;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String specName() {
        return specName;
    }

    public Color background() {
        return background;
    }

    public Color plotBackground() {
        return plotBackground;
    }

    public Color text() {
        return text;
    }

    public Color grid() {
        return grid;
    }

    public Color axisLine() {
        return axisLine;
    }

    /** Print replaces colour with grey levels whatever palette was asked for; other themes keep it. */
    public Palette palette(Palette asked) {
        return forcedPalette != null ? forcedPalette : asked;
    }

    /**
     * One colour for each of {@code count} series, none repeated ({@link Palette#forSeries}).
     *
     * @throws InvalidSpecException when there are more series than the palette (print: its greys) has colours
     */
    public java.util.List<Color> seriesColors(Palette asked, int count) {
        if (forcedPalette != null && count > forcedPalette.colors().size()) {
            throw new InvalidSpecException("theme", specName + " tells series apart by " + forcedPalette.colors().size()
                    + " grey levels, and the chart draws " + count + " series, so greys would repeat; use theme: light, "
                    + "or draw fewer series (a top or filter transform)");
        }
        return palette(asked).forSeries(count);
    }

    /** Print also varies the dash of each line series, so series stay apart when grey levels blur. */
    public boolean dashesSeries() {
        return this == PRINT;
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static ColorTheme fromSpecName(String name) {
        for (ColorTheme theme : values()) {
            if (theme.specName.equalsIgnoreCase(name)) {
                return theme;
            }
        }
        throw new InvalidSpecException("theme", "unknown theme '" + name + "'; use one of "
                + Arrays.stream(values()).map(ColorTheme::specName).collect(Collectors.joining(", ")));
    }
}
