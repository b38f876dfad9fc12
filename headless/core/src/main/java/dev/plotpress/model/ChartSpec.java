package dev.plotpress.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.plotpress.model.ChartKind.AREA;
import static dev.plotpress.model.ChartKind.BAR;
import static dev.plotpress.model.ChartKind.BOX;
import static dev.plotpress.model.ChartKind.HEATMAP;
import static dev.plotpress.model.ChartKind.HISTOGRAM;
import static dev.plotpress.model.ChartKind.LINE;
import static dev.plotpress.model.ChartKind.SCATTER;
import static dev.plotpress.model.ChartKind.SCATTER_MATRIX;

/**
 * Everything that decides what a chart looks like, except the data's values. Immutable and validated on
 * construction; build one with {@link #builder(ChartKind)} and change one with {@link #toBuilder()}.
 *
 * @param x            the x column (line, scatter, bar); null means the row number
 * @param y            the y columns, one series each; empty means every numeric column but x
 * @param seriesStyles a style per y column, layered over {@code style}
 * @param bins         histogram bin count; null means numpy's {@code bins='auto'} rule (a histogram) or 10 (a
 *                     scatter matrix's diagonal, as pandas' scatter_matrix)
 * @param hue          a column whose values split the rows into series, one colour and legend entry each
 *                     (seaborn's {@code hue}); null for none
 * @param binWidth     histogram bin width in data units; when set it wins over {@code bins}
 * @param stacked      bar and area series stacked on each other instead of side by side / overlapping
 * @param axes         log scales, fixed ranges, tick format, grid
 * @param theme        the colours around the data
 * @param palette      the series colours
 * @param dateFormat   how the file writes the dates of its temporal columns ({@code yyyy-MM-dd HH:mm} etc.); null
 *                     means the spellings Plotpress recognises (see {@code data.DateSpellings}). Also set in
 *                     {@link DataSpec#types()}, where the reader finds it.
 * @param y2           line and scatter: columns drawn against a second y axis on the right; empty for none
 * @param y2Label      the label of that right-hand axis; null means the column's name when there is one
 * @param hueOrder     the hue values in the order of their colours and legend entries (seaborn's hue_order); values
 *                     not listed follow in order of appearance; empty means order of appearance
 * @param facet        small multiples: one panel per value of a column; null for one chart
 * @param estimate     bar and line: how the rows sharing an x value are summed up (estimator, error bar)
 * @param histogram    histogram: what the bars measure ({@code stat}) and how hue groups share bins ({@code multiple})
 * @param categoryOrder bar and box: the categories' order ({@code order:} listed first, or {@code sort:} by value)
 *
 * <p>{@link DrawnBy} on a component says which kinds draw it; on any other kind it is refused. {@code @JsonUnwrapped}
 * marks a group whose keys sit at the top of the spec file ({@code estimator: median}, not {@code estimate: {...}}).
 */
public record ChartSpec(ChartKind kind, String title, DataSpec data, String x, List<String> y,
                        @DrawnBy(except = SCATTER_MATRIX, instead = MATRIX_LABELS) String xLabel,
                        @DrawnBy(except = SCATTER_MATRIX, instead = MATRIX_LABELS) String yLabel,
                        Size size,
                        @DrawnBy(except = HEATMAP, instead = HEATMAP_COLOURS) Style style,
                        @DrawnBy(except = {HEATMAP, SCATTER_MATRIX}, instead = "a scatter matrix draws every column alike: use style")
                        Map<String, Style> seriesStyles,
                        @DrawnBy(HEATMAP) HeatmapOptions heatmap,
                        @DrawnBy(SCATTER_MATRIX) ScatterMatrixOptions scatterMatrix,
                        @DrawnBy({HISTOGRAM, SCATTER_MATRIX}) Integer bins,
                        @DrawnBy({LINE, SCATTER, BAR, BOX, HISTOGRAM, SCATTER_MATRIX, AREA}) String hue,
                        @DrawnBy(HISTOGRAM) Double binWidth,
                        @DrawnBy({BAR, AREA}) boolean stacked,
                        @DrawnBy(except = {HEATMAP, SCATTER_MATRIX}) AxisOptions axes,
                        @DrawnBy(except = SCATTER_MATRIX, instead = "scatter-matrix is drawn in the light theme only so far")
                        ColorTheme theme,
                        @DrawnBy(except = HEATMAP, instead = HEATMAP_COLOURS) Palette palette,
                        String dateFormat,
                        @DrawnBy({LINE, SCATTER}) List<String> y2,
                        String y2Label,
                        @JsonUnwrapped Estimate estimate,
                        @JsonUnwrapped HistogramOptions histogram,
                        List<String> hueOrder, FacetOptions facet,
                        @JsonUnwrapped CategoryOrder categoryOrder) {
    /** No bin count: the histogram's own rule decides (numpy's 'auto'; 10 on a scatter matrix's diagonal). */
    public static final Integer DEFAULT_BINS = null;
    public static final int MAX_BINS = 10_000;
    private static final String MATRIX_LABELS = "a scatter matrix labels each row and column with its column's name; "
            + "scatterMatrix: {labels: false} hides the names";
    private static final String HEATMAP_COLOURS = "a heatmap's colours come from heatmap.colormap";

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        y = y == null ? List.of() : List.copyOf(y);
        y2 = y2 == null ? List.of() : List.copyOf(y2);
        hueOrder = hueOrder == null ? List.of() : List.copyOf(hueOrder);
        if (!hueOrder.isEmpty() && hue == null) {
            throw new InvalidSpecException("hueOrder", "orders the values of the hue column, but there is no hue; add hue: COLUMN or remove hueOrder");
        }
        if (hueOrder.stream().distinct().count() < hueOrder.size()) {
            throw new InvalidSpecException("hueOrder", "names a value twice: " + hueOrder);
        }
        if (facet != null) {
            facet.requirePanels();
        }
        if (facet != null && (kind == ChartKind.HEATMAP || kind == ChartKind.SCATTER_MATRIX)) {
            throw new InvalidSpecException("facet", "splits line, scatter, bar, histogram, box and area charts into panels, not "
                    + kind + " (a scatter matrix is already a grid); remove facet");
        }
        size = size == null ? Size.DEFAULT : size;
        style = style == null ? Style.NONE : style;
        seriesStyles = seriesStyles == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seriesStyles));
        heatmap = heatmap == null ? HeatmapOptions.DEFAULT : heatmap;
        scatterMatrix = scatterMatrix == null ? ScatterMatrixOptions.DEFAULT : scatterMatrix;
        axes = axes == null ? AxisOptions.DEFAULT : axes;
        theme = theme == null ? ColorTheme.LIGHT : theme;
        palette = palette == null ? Palette.OKABE_ITO : palette;
        requireLength("title", title, Limit.TITLE_CHARS);
        requireLength("xLabel", xLabel, Limit.LABEL_CHARS);
        requireLength("yLabel", yLabel, Limit.LABEL_CHARS);
        requireLength("y2Label", y2Label, Limit.LABEL_CHARS);
        requireLength("dateFormat", dateFormat, Limit.FORMAT_CHARS);
        long pixels = (long) size.pixelWidth() * size.pixelHeight();
        if (!Limit.IMAGE_PIXELS_OUT.allows(pixels)) {
            throw new InvalidSpecException("size", size.pixelWidth() + " x " + size.pixelHeight() + " px: "
                    + Limit.IMAGE_PIXELS_OUT.exceeded(pixels, "lower the size or the dpi"));
        }
        estimate = estimate == null ? Estimate.DEFAULT : estimate;
        categoryOrder = categoryOrder == null ? CategoryOrder.DEFAULT : categoryOrder;
        histogram = histogram == null ? HistogramOptions.DEFAULT : histogram;
        if (binWidth != null && !(binWidth > 0 && Double.isFinite(binWidth))) {
            throw new InvalidSpecException("binWidth", "must be a positive number, got " + binWidth);
        }
        if (dateFormat != null) {
            DatePattern.check("dateFormat", dateFormat);
        }
        if (data != null && !Objects.equals(data.types().dateFormat(), dateFormat)) {
            data = data.withDateFormat(dateFormat); // the reader needs it; the spec's dateFormat is the one place it is set
        }
        if (bins != null && (bins < 1 || bins > MAX_BINS)) {
            throw new InvalidSpecException("bins", "must be between 1 and " + MAX_BINS + ", got " + bins);
        }
        for (String column : y2) {
            if (y.contains(column)) {
                throw new InvalidSpecException("y2", "column '" + column + "' is in both y and y2; keep it in one of them");
            }
        }
        for (String column : seriesStyles.keySet()) {
            if (!y.isEmpty() && !y.contains(column) && !y2.contains(column)) {
                throw new InvalidSpecException("seriesStyles." + column, "styles a series that is not in y " + y
                        + (y2.isEmpty() ? "" : " or y2 " + y2));
            }
        }
    }

    private static void requireLength(String field, String text, Limit limit) {
        if (text != null && !limit.allows(text.length())) {
            throw new InvalidSpecException(field, limit.exceeded(text.length(), "shorten it"));
        }
    }

    public static Builder builder(ChartKind kind) {
        return new Builder(kind);
    }

    public Builder toBuilder() {
        return new Builder(kind).title(title).data(data).x(x).y(y).xLabel(xLabel).yLabel(yLabel).size(size)
                .style(style).seriesStyles(seriesStyles).heatmap(heatmap).scatterMatrix(scatterMatrix).bins(bins)
                .hue(hue).binWidth(binWidth).stacked(stacked).axes(axes).theme(theme).palette(palette)
                .dateFormat(dateFormat).y2(y2).y2Label(y2Label).estimate(estimate).histogram(histogram)
                .hueOrder(hueOrder).facet(facet).categoryOrder(categoryOrder);
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
        private Integer bins = DEFAULT_BINS;
        private String hue;
        private Double binWidth;
        private boolean stacked;
        private AxisOptions axes = AxisOptions.DEFAULT;
        private ColorTheme theme = ColorTheme.LIGHT;
        private Palette palette = Palette.OKABE_ITO;
        private String dateFormat;
        private List<String> y2 = List.of();
        private String y2Label;
        private List<String> hueOrder = List.of();
        private FacetOptions facet;
        private Estimate estimate = Estimate.DEFAULT;
        private HistogramOptions histogram = HistogramOptions.DEFAULT;
        private CategoryOrder categoryOrder = CategoryOrder.DEFAULT;

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
        public Builder bins(Integer value) { bins = value; return this; }
        public Builder hue(String value) { hue = value; return this; }
        public Builder binWidth(Double value) { binWidth = value; return this; }
        public Builder stacked(boolean value) { stacked = value; return this; }
        public Builder axes(AxisOptions value) { axes = value; return this; }
        public Builder theme(ColorTheme value) { theme = value; return this; }
        public Builder palette(Palette value) { palette = value; return this; }
        public Builder dateFormat(String value) { dateFormat = value; return this; }
        public Builder y2(List<String> value) { y2 = value; return this; }
        public Builder y2(String... value) { y2 = List.of(value); return this; }
        public Builder y2Label(String value) { y2Label = value; return this; }
        public Builder hueOrder(List<String> value) { hueOrder = value; return this; }
        public Builder facet(FacetOptions value) { facet = value; return this; }
        public Builder estimate(Estimate value) { estimate = value; return this; }
        public Builder histogram(HistogramOptions value) { histogram = value; return this; }
        public Builder categoryOrder(CategoryOrder value) { categoryOrder = value; return this; }

        public ChartSpec build() {
            return new ChartSpec(kind, title, data, x, y, xLabel, yLabel, size, style, seriesStyles, heatmap,
                    scatterMatrix, bins, hue, binWidth, stacked, axes, theme, palette, dateFormat, y2, y2Label,
                    estimate, histogram, hueOrder, facet, categoryOrder);
        }
    }
}
