package dev.plotpress.model;

/**
 * Heatmap look: the colormap, whether cells carry their value as text (and in which format), whether a
 * colour bar is drawn, and an optional fixed value range (else the data's own).
 */
public record HeatmapOptions(Colormap colormap, boolean annotate, String format, boolean colorbar,
                             Double vmin, Double vmax) {
    public static final HeatmapOptions DEFAULT = new HeatmapOptions(Colormap.VIRIDIS, false, ".2g", true, null, null);

    public HeatmapOptions {
        if (colormap == null) {
            colormap = Colormap.VIRIDIS;
        }
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
