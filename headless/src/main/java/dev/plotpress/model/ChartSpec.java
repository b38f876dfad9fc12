package dev.plotpress.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides what a chart looks like, except the data's values. Immutable and validated on
 * construction; build one with {@link #builder(ChartKind)} and change one with {@link #toBuilder()}.
 *
 * @param x            the x column (line, scatter, bar); null means the row number
 * @param y            the y columns, one series each; empty means every numeric column but x
 * @param seriesStyles a style per y column, layered over {@code style}
 * @param bins         histogram bin count
 */
public record ChartSpec(ChartKind kind, String title, DataSpec data, String x, List<String> y,
                        String xLabel, String yLabel, Size size, Style style, Map<String, Style> seriesStyles,
                        HeatmapOptions heatmap, ScatterMatrixOptions scatterMatrix, int bins) {
    public static final int DEFAULT_BINS = 10;
    public static final int MAX_BINS = 10_000;

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        y = y == null ? List.of() : List.copyOf(y);
        size = size == null ? Size.DEFAULT : size;
        style = style == null ? Style.NONE : style;
        seriesStyles = seriesStyles == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seriesStyles));
        heatmap = heatmap == null ? HeatmapOptions.DEFAULT : heatmap;
        scatterMatrix = scatterMatrix == null ? ScatterMatrixOptions.DEFAULT : scatterMatrix;
        if (bins < 1 || bins > MAX_BINS) {
            throw new InvalidSpecException("bins", "must be between 1 and " + MAX_BINS + ", got " + bins);
        }
        for (String column : seriesStyles.keySet()) {
            if (!y.isEmpty() && !y.contains(column)) {
                throw new InvalidSpecException("seriesStyles." + column, "styles a series that is not in y " + y);
            }
        }
    }

    public static Builder builder(ChartKind kind) {
        return new Builder(kind);
    }

    public Builder toBuilder() {
        return new Builder(kind).title(title).data(data).x(x).y(y).xLabel(xLabel).yLabel(yLabel).size(size)
                .style(style).seriesStyles(seriesStyles).heatmap(heatmap).scatterMatrix(scatterMatrix).bins(bins);
    }

    /** The style of the series drawn from {@code column}: its own over the chart's. */
    public Style styleOf(String column) {
        return seriesStyles.getOrDefault(column, Style.NONE).over(style);
    }

    /** A small builder, so call sites name what they set and new options do not break them. */
    public static final class Builder {
        private ChartKind kind;
        private String title;
        private DataSpec data;
        private String x;
        private List<String> y = List.of();
        private String xLabel;
        private String yLabel;
        private Size size = Size.DEFAULT;
        private Style style = Style.NONE;
        private Map<String, Style> seriesStyles = Map.of();
        private HeatmapOptions heatmap = HeatmapOptions.DEFAULT;
        private ScatterMatrixOptions scatterMatrix = ScatterMatrixOptions.DEFAULT;
        private int bins = DEFAULT_BINS;

        private Builder(ChartKind kind) {
            this.kind = kind;
        }

        public Builder kind(ChartKind value) { kind = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder data(DataSpec value) { data = value; return this; }
        public Builder x(String value) { x = value; return this; }
        public Builder y(List<String> value) { y = value; return this; }
        public Builder y(String... value) { y = List.of(value); return this; }
        public Builder xLabel(String value) { xLabel = value; return this; }
        public Builder yLabel(String value) { yLabel = value; return this; }
        public Builder size(Size value) { size = value; return this; }
        public Builder style(Style value) { style = value; return this; }
        public Builder seriesStyles(Map<String, Style> value) { seriesStyles = value; return this; }
        public Builder heatmap(HeatmapOptions value) { heatmap = value; return this; }
        public Builder scatterMatrix(ScatterMatrixOptions value) { scatterMatrix = value; return this; }
        public Builder bins(int value) { bins = value; return this; }

        public ChartSpec build() {
            return new ChartSpec(kind, title, data, x, y, xLabel, yLabel, size, style, seriesStyles, heatmap,
                    scatterMatrix, bins);
        }
    }
}
