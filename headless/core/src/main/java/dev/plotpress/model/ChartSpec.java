package dev.plotpress.model;

import dev.plotpress.internal.model.DatePattern;
import dev.plotpress.internal.model.DrawnBy;
import dev.plotpress.internal.model.Limit;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.fasterxml.jackson.annotation.JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY;
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
 * @param legend       where the legend goes (matplotlib's {@code loc}, seaborn's {@code legend=False} as none)
 * @param fit          a least-squares curve with its bootstrap band through a scatter's points (seaborn's regplot); null for none
 * @param colormap     line and scatter: the colours of a numeric hue, by value (seaborn's palette for a numeric hue);
 *                     seaborn's default cubehelix unless set
 * @param sortX        line: join the rows in x order (true, the default, seaborn's {@code sort=True}) or in the rows'
 *                     own order (false: a path or trajectory)
 *
 * <p>{@code @DrawnBy} on a component says which kinds draw it; on any other kind it is refused. {@code @JsonUnwrapped}
 * marks a group whose keys sit at the top of the spec file ({@code estimator: median}, not {@code estimate: {...}}).
 */
public record ChartSpec(ChartKind kind, String title, DataSpec data, String x, @JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> y,
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
                        @DrawnBy({LINE, SCATTER}) @JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> y2,
                        String y2Label,
                        @JsonUnwrapped Estimate estimate,
                        @JsonUnwrapped HistogramOptions histogram,
                        List<String> hueOrder, FacetOptions facet,
                        @JsonUnwrapped CategoryOrder categoryOrder,
                        @DrawnBy(except = HEATMAP, instead = "a heatmap has a colour bar, not a legend; heatmap: {colorbar: false} hides it")
                        Legend legend,
                        @DrawnBy(value = SCATTER, instead = "a fitted curve goes through a scatter's points (seaborn's regplot); "
                                + "use kind: scatter") Fit fit,
                        @DrawnBy(value = {LINE, SCATTER}, instead = "it colours a numeric hue; a heatmap's colours come from heatmap.colormap")
                        Colormap colormap,
                        @DrawnBy(value = LINE, instead = "only a line joins its rows") Boolean sortX) {
    /** No bin count: the histogram's own rule decides (numpy's 'auto'; 10 on a scatter matrix's diagonal). */
    public static final Integer DEFAULT_BINS = null;
    private static final RecordComponent[] COMPONENTS = ChartSpec.class.getRecordComponents();
    private static final Map<String, Integer> INDEX = IntStream.range(0, COMPONENTS.length).boxed()
            .collect(Collectors.toUnmodifiableMap(i -> COMPONENTS[i].getName(), i -> i));
    private static final Constructor<ChartSpec> CANONICAL = canonical();
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
        legend = legend == null ? Legend.RIGHT : legend;
        colormap = colormap == null ? Colormap.SEABORN_CUBEHELIX : colormap;
        sortX = sortX == null ? Boolean.TRUE : sortX;
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

    private static Constructor<ChartSpec> canonical() {
        try {
            return ChartSpec.class.getDeclaredConstructor(Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e); // every record has its canonical constructor
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
        Builder builder = new Builder(kind);
        for (int i = 0; i < COMPONENTS.length; i++) {
            try {
                builder.values[i] = COMPONENTS[i].getAccessor().invoke(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e); // a record's own public accessor
            }
        }
        return builder;
    }

    /** Where a chart's legend goes: right of the plot (the default), above or below it, or none at all. */
    public enum Legend {
        RIGHT, TOP, BOTTOM, NONE;

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Legend fromSpecName(String name) {
            return Estimate.parse("legend", name, values());
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String specName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The style of the series drawn from {@code column}: its own over the chart's. */
    public Style styleOf(String column) {
        return seriesStyles.getOrDefault(column, Style.NONE).over(style);
    }

    /**
     * A small builder, so call sites name what they set and new options do not break them. It holds a value per
     * component, null until set (the constructor's default), so a new component needs only its method here.
     */
    public static final class Builder {
        private final Object[] values = new Object[COMPONENTS.length];

        private Builder(ChartKind kind) {
            set("kind", kind);
            set("stacked", false);
        }

        private Builder set(String component, Object value) {
            values[INDEX.get(component)] = value;
            return this;
        }

        public Builder kind(ChartKind value) { return set("kind", value); }
        public Builder title(String value) { return set("title", value); }
        public Builder data(DataSpec value) { return set("data", value); }
        public Builder x(String value) { return set("x", value); }
        public Builder y(List<String> value) { return set("y", value); }
        public Builder y(String... value) { return set("y", List.of(value)); }
        public Builder xLabel(String value) { return set("xLabel", value); }
        public Builder yLabel(String value) { return set("yLabel", value); }
        public Builder size(Size value) { return set("size", value); }
        public Builder style(Style value) { return set("style", value); }
        public Builder seriesStyles(Map<String, Style> value) { return set("seriesStyles", value); }
        public Builder heatmap(HeatmapOptions value) { return set("heatmap", value); }
        public Builder scatterMatrix(ScatterMatrixOptions value) { return set("scatterMatrix", value); }
        public Builder bins(Integer value) { return set("bins", value); }
        public Builder hue(String value) { return set("hue", value); }
        public Builder binWidth(Double value) { return set("binWidth", value); }
        public Builder stacked(boolean value) { return set("stacked", value); }
        public Builder axes(AxisOptions value) { return set("axes", value); }
        public Builder theme(ColorTheme value) { return set("theme", value); }
        public Builder palette(Palette value) { return set("palette", value); }
        public Builder dateFormat(String value) { return set("dateFormat", value); }
        public Builder y2(List<String> value) { return set("y2", value); }
        public Builder y2(String... value) { return set("y2", List.of(value)); }
        public Builder y2Label(String value) { return set("y2Label", value); }
        public Builder hueOrder(List<String> value) { return set("hueOrder", value); }
        public Builder facet(FacetOptions value) { return set("facet", value); }
        public Builder estimate(Estimate value) { return set("estimate", value); }
        public Builder histogram(HistogramOptions value) { return set("histogram", value); }
        public Builder categoryOrder(CategoryOrder value) { return set("categoryOrder", value); }
        public Builder legend(Legend value) { return set("legend", value); }
        public Builder fit(Fit value) { return set("fit", value); }
        public Builder colormap(Colormap value) { return set("colormap", value); }
        public Builder sortX(Boolean value) { return set("sortX", value); }

        public ChartSpec build() {
            try {
                return CANONICAL.newInstance(values.clone());
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException refused) {
                    throw refused; // the constructor's checks: an InvalidSpecException naming the option
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
