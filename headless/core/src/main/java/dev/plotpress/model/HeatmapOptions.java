package dev.plotpress.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Heatmap look: the colormap, whether cells carry their value as text (and in which format), whether a
 * colour bar is drawn, an optional fixed value range (else the data's own), and which triangle to hide
 * ({@code mask: upper} shows a symmetric matrix once, as seaborn's {@code mask=np.triu(...)} does).
 * Bound from the spec file's {@code heatmap:} as it is written: an absent key is null here and becomes its default.
 */
public record HeatmapOptions(Colormap colormap, Boolean annotate, String format, Boolean colorbar,
                             Double vmin, Double vmax, Mask mask) {
    public static final HeatmapOptions DEFAULT = new HeatmapOptions(Colormap.VIRIDIS, false, ".2g", true, null, null,
            Mask.NONE);

    /** Cells left blank: none, those above the diagonal, or those below it. The diagonal always shows. */
    public enum Mask {
        NONE, UPPER, LOWER;

        @JsonCreator
        public static Mask fromSpecName(String name) {
            for (Mask mask : values()) {
                if (mask.name().equalsIgnoreCase(name)) {
                    return mask;
                }
            }
            throw new InvalidSpecException("heatmap.mask", "unknown mask '" + name + "'; use none, upper or lower");
        }

        @JsonValue
        public String specName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** True when the cell at {@code row}, {@code column} is hidden. */
        public boolean hides(int row, int column) {
            return this == UPPER ? column > row : this == LOWER && column < row;
        }
    }

    public HeatmapOptions(Colormap colormap, Boolean annotate, String format, Boolean colorbar, Double vmin, Double vmax) {
        this(colormap, annotate, format, colorbar, vmin, vmax, Mask.NONE);
    }

    public HeatmapOptions {
        if (colormap == null) {
            colormap = Colormap.VIRIDIS;
        }
        if (mask == null) {
            mask = Mask.NONE;
        }
        annotate = annotate != null && annotate;
        colorbar = colorbar == null || colorbar;
        if (format == null) {
            format = ".2g";
        }
        ValueFormat.of("heatmap.format", format);
        if (vmin != null && vmax != null && !(vmin < vmax)) {
            throw new InvalidSpecException("heatmap.vmin", "must be below heatmap.vmax (" + vmin + " >= " + vmax + ")");
        }
    }

    public ValueFormat valueFormat() {
        return ValueFormat.of("heatmap.format", format);
    }
}
