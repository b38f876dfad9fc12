package dev.plotpress.model;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Colormaps sampled (256 entries) from matplotlib's published colormap data, and seaborn's default for a numeric hue
 * ({@code "ch:"}, light pink to dark purple; not matplotlib's black-to-white cubehelix); the tables live in
 * {@code colormaps/*.txt} beside this class and say which matplotlib or seaborn version they came from.
 */
public enum Colormap {
    VIRIDIS("viridis"),
    MAGMA("magma"),
    CIVIDIS("cividis"),
    COOLWARM("coolwarm"),
    RDBU("rdbu"),
    GREYS("greys"),
    SEABORN_CUBEHELIX("seaborn-cubehelix");

    private final String specName;
    private volatile Color[] table;

    Colormap(String specName) {
        this.specName = specName;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String specName() {
        return specName;
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    static Colormap fromHeatmap(String name) {
        return fromSpecName("heatmap.colormap", name);
    }

    public static Colormap fromSpecName(String field, String name) {
        for (Colormap map : values()) {
            if (map.specName.equalsIgnoreCase(name)) {
                return map;
            }
        }
        throw new InvalidSpecException(field, "unknown colormap '" + name + "'; use one of "
                + Arrays.stream(values()).map(Colormap::specName).collect(Collectors.joining(", ")));
    }

    /** The colour at {@code t} in [0, 1] (clamped); NaN gives light grey, as a missing cell. */
    public Color at(double t) {
        if (Double.isNaN(t)) {
            return new Color(0xEE, 0xEE, 0xEE);
        }
        Color[] colors = table();
        int index = (int) Math.round(Math.max(0, Math.min(1, t)) * (colors.length - 1));
        return colors[index];
    }

    private Color[] table() {
        Color[] colors = table;
        if (colors == null) {
            colors = load();
            table = colors; // idempotent: every thread loads the same immutable data
        }
        return colors;
    }

    private Color[] load() {
        String resource = "colormaps/" + specName + ".txt";
        try (InputStream in = Colormap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing colormap table " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines()
                    .filter(line -> line.startsWith("#") && line.length() == 7)
                    .map(line -> new Color(Integer.parseInt(line.substring(1), 16)))
                    .toArray(Color[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return specName;
    }
}
