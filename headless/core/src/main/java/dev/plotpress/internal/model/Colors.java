package dev.plotpress.internal.model;

import dev.plotpress.model.InvalidSpecException;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Colour names and hex codes as a spec writes them, and the default series palette. */
public final class Colors {
    /** Okabe-Ito: distinguishable with every common colour-vision deficiency. */
    public static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000));

    private static final Map<String, Color> NAMES = Map.ofEntries(
            Map.entry("black", Color.BLACK), Map.entry("white", Color.WHITE),
            Map.entry("red", new Color(0xD62728)), Map.entry("green", new Color(0x2CA02C)),
            Map.entry("blue", new Color(0x1F77B4)), Map.entry("orange", new Color(0xFF7F0E)),
            Map.entry("purple", new Color(0x9467BD)), Map.entry("brown", new Color(0x8C564B)),
            Map.entry("pink", new Color(0xE377C2)), Map.entry("gray", new Color(0x7F7F7F)),
            Map.entry("grey", new Color(0x7F7F7F)), Map.entry("olive", new Color(0xBCBD22)),
            Map.entry("cyan", new Color(0x17BECF)), Map.entry("navy", new Color(0x000080)),
            Map.entry("teal", new Color(0x008080)));

    private Colors() {
    }

    /** Parses {@code #rgb}, {@code #rrggbb}, {@code #rrggbbaa} or a colour name. */
    public static Color parse(String field, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        Color named = NAMES.get(value);
        if (named != null) {
            return named;
        }
        if (value.matches("#[0-9a-f]{3}")) {
            String expanded = "" + value.charAt(1) + value.charAt(1) + value.charAt(2) + value.charAt(2)
                    + value.charAt(3) + value.charAt(3);
            return new Color(Integer.parseInt(expanded, 16));
        }
        if (value.matches("#[0-9a-f]{6}")) {
            return new Color(Integer.parseInt(value.substring(1), 16));
        }
        if (value.matches("#[0-9a-f]{8}")) {
            long rgba = Long.parseLong(value.substring(1), 16);
            return new Color((int) (rgba >> 24) & 0xFF, (int) (rgba >> 16) & 0xFF, (int) (rgba >> 8) & 0xFF,
                    (int) rgba & 0xFF);
        }
        String near = Suggestion.didYouMean(text, NAMES.keySet());
        // a word that is no colour is most often a column: the user wants one colour per group
        String column = near.isEmpty() && text.strip().matches("[\\p{L}_][\\p{L}\\p{N}_ .-]*")
                ? "; color is one colour for every point; to colour by a column use hue: " + text.strip() : "";
        throw new InvalidSpecException(field, "'" + text + "' is not a colour" + near + column
                + "; write #rrggbb (e.g. #1f77b4) or one of " + String.join(", ", NAMES.keySet().stream().sorted().toList()));
    }

    public static Color palette(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }
}
