package dev.plotpress.spec;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.CategoryOrder;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.ColumnType;
import dev.plotpress.model.ColumnTypes;
import dev.plotpress.model.Colormap;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Estimate;
import dev.plotpress.model.HistogramOptions;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.InlineData;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Palette;
import dev.plotpress.model.RandomData;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Size;
import dev.plotpress.model.Style;
import dev.plotpress.model.Transform;
import dev.plotpress.transform.StepReader;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SpecDocument} (the file as written) to and from {@link ChartSpec} (the checked model). Missing
 * required keys and bad values throw {@link InvalidSpecException} whose field is the key's dotted path in
 * the file, so the reader can point at its line. Writing leaves out whatever equals the default.
 */
final class SpecConversion {
    private static final HeatmapOptions HEATMAP = HeatmapOptions.DEFAULT;
    private static final ScatterMatrixOptions SCATTER_MATRIX = ScatterMatrixOptions.DEFAULT;

    private SpecConversion() {
    }

    static ChartSpec toChartSpec(SpecDocument doc, Path specFolder) {
        if (doc.kind() == null) {
            throw new InvalidSpecException("kind", "is required; add e.g. 'kind: line' (one of " + ChartKind.allowed() + ")");
        }
        ChartKind kind = ChartKind.fromSpecName(doc.kind());
        if (doc.data() == null) {
            throw new InvalidSpecException("data", "is required; add 'data: {file: data.csv}' or "
                    + "'data: {random: {rows: 4, columns: 8, seed: 0}}'");
        }
        DataSpec data = data(doc.data(), specFolder).withTypes(new ColumnTypes(types(doc.types()), null))
                .withSteps(doc.transform() == null ? List.of() : StepReader.read(doc.transform()));
        ChartSpec.Builder builder = ChartSpec.builder(kind).title(doc.title()).data(data)
                .x(doc.x()).y(doc.y()).xLabel(doc.xLabel()).yLabel(doc.yLabel()).size(size(doc.size()))
                .style(style("style", doc.style())).seriesStyles(seriesStyles(doc.seriesStyles()))
                .heatmap(heatmap(doc.heatmap())).scatterMatrix(scatterMatrix(doc.scatterMatrix()));
        if (doc.bins() != null) {
            builder.bins(doc.bins());
        }
        builder.hue(doc.hue()).binWidth(number(doc.binWidth())).stacked(or(doc.stacked(), false)).axes(axes(doc.axes()))
                .dateFormat(doc.dateFormat()).y2(doc.y2()).y2Label(doc.y2Label()).hueOrder(doc.hueOrder()).facet(doc.facet());
        builder.estimate(new Estimate(doc.estimator() == null ? null : Estimate.Estimator.fromSpecName(doc.estimator()),
                doc.errorbar() == null ? null : Estimate.ErrorBar.fromSpecName(doc.errorbar())));
        builder.histogram(new HistogramOptions(doc.stat() == null ? null : HistogramOptions.Stat.fromSpecName(doc.stat()),
                doc.multiple() == null ? null : HistogramOptions.Multiple.fromSpecName(doc.multiple())));
        builder.categoryOrder(new CategoryOrder(doc.order(),
                doc.sort() == null ? null : CategoryOrder.Sort.fromSpecName(doc.sort())));
        if (doc.theme() != null) {
            builder.theme(ColorTheme.fromSpecName(doc.theme()));
        }
        if (doc.palette() != null) {
            builder.palette(Palette.fromSpecName(doc.palette()));
        }
        return builder.build();
    }

    private static Map<String, ColumnType> types(Map<String, String> types) {
        Map<String, ColumnType> result = new LinkedHashMap<>();
        if (types != null) {
            types.forEach((column, type) -> result.put(column, ColumnType.fromSpecName("types." + column,
                    type == null ? "" : type)));
        }
        return result;
    }

    private static DataSpec data(SpecDocument.Data data, Path specFolder) {
        Path file = null;
        if (data.file() != null) {
            try {
                file = specFolder.resolve(data.file()).normalize();
            } catch (InvalidPathException e) {
                throw new InvalidSpecException("data.file", "'" + data.file() + "' is not a file path: " + e.getReason());
            }
        }
        RandomData random = null;
        if (data.random() != null) {
            SpecDocument.Random r = data.random();
            random = new RandomData(required("data.random.rows", r.rows(), "rows: 4"),
                    required("data.random.columns", r.columns(), "columns: 8"), r.seed() == null ? 0 : r.seed());
        }
        InlineData inline = data.csv() == null && data.values() == null ? null : new InlineData(data.csv(), data.values());
        Transform transform = data.transform() == null ? Transform.NONE : Transform.fromSpecName(data.transform());
        return new DataSpec(file, random, inline, transform);
    }

    private static Size size(SpecDocument.Size size) {
        if (size == null) {
            return Size.DEFAULT;
        }
        double width = required("size.width", size.width(), "width: 800").doubleValue();
        double height = required("size.height", size.height(), "height: 600").doubleValue();
        double dpi = size.dpi() == null ? Size.DEFAULT_DPI : size.dpi().doubleValue();
        String unit = size.unit() == null ? "px" : size.unit();
        return switch (unit) {
            case "px" -> Size.pixels(width, height, dpi);
            case "in" -> Size.inches(width, height, dpi);
            default -> throw new InvalidSpecException("size.unit", "must be in (inches) or px (pixels), got '" + unit + "'");
        };
    }

    /** A style at {@code field} ("style" or "seriesStyles.NAME"); the model names its fields "style.*". */
    private static Style style(String field, SpecDocument.Style style) {
        if (style == null) {
            return Style.NONE;
        }
        try {
            return new Style(style.color(), number(style.alpha()), number(style.markerSize()), number(style.lineWidth()));
        } catch (InvalidSpecException e) {
            throw new InvalidSpecException(field + e.field().substring("style".length()), e.reason());
        }
    }

    private static Map<String, Style> seriesStyles(Map<String, SpecDocument.Style> styles) {
        Map<String, Style> result = new LinkedHashMap<>();
        if (styles != null) {
            styles.forEach((series, style) -> result.put(series, style("seriesStyles." + series, style)));
        }
        return result;
    }

    private static HeatmapOptions heatmap(SpecDocument.Heatmap heatmap) {
        if (heatmap == null) {
            return HEATMAP;
        }
        Colormap colormap = heatmap.colormap() == null ? HEATMAP.colormap()
                : Colormap.fromSpecName("heatmap.colormap", heatmap.colormap());
        return new HeatmapOptions(colormap, or(heatmap.annotate(), HEATMAP.annotate()), heatmap.format(),
                or(heatmap.colorbar(), HEATMAP.colorbar()), number(heatmap.vmin()), number(heatmap.vmax()),
                heatmap.mask() == null ? HEATMAP.mask() : HeatmapOptions.Mask.fromSpecName(heatmap.mask()));
    }

    private static AxisOptions axes(SpecDocument.Axes axes) {
        AxisOptions d = AxisOptions.DEFAULT;
        if (axes == null) {
            return d;
        }
        return new AxisOptions(or(axes.logX(), d.logX()), or(axes.logY(), d.logY()), number(axes.xMin()),
                number(axes.xMax()), number(axes.yMin()), number(axes.yMax()), axes.tickFormat(), or(axes.grid(), d.grid()));
    }

    private static ScatterMatrixOptions scatterMatrix(SpecDocument.ScatterMatrix options) {
        if (options == null) {
            return SCATTER_MATRIX;
        }
        return new ScatterMatrixOptions(options.columns(), or(options.ticks(), SCATTER_MATRIX.ticks()),
                or(options.labels(), SCATTER_MATRIX.labels()),
                options.diagonal() == null ? SCATTER_MATRIX.diagonal() : ScatterMatrixOptions.Diagonal.fromSpecName(options.diagonal()),
                or(options.corner(), SCATTER_MATRIX.corner()));
    }

    static SpecDocument toDocument(ChartSpec spec, Path specFolder) {
        return new SpecDocument(spec.kind().specName(), spec.title(), data(spec.data(), specFolder), spec.x(),
                spec.y().isEmpty() ? null : spec.y(), spec.xLabel(), spec.yLabel(), size(spec.size()),
                style(spec.style()), seriesStyles(spec), heatmap(spec.heatmap()), scatterMatrix(spec.scatterMatrix()),
                spec.bins() == ChartSpec.DEFAULT_BINS ? null : spec.bins(), spec.hue(), tidy(spec.binWidth()),
                spec.stacked() ? true : null, axes(spec.axes()),
                spec.theme() == ColorTheme.LIGHT ? null : spec.theme().specName(),
                spec.palette() == Palette.OKABE_ITO ? null : spec.palette().specName(), spec.dateFormat(),
                spec.y2().isEmpty() ? null : spec.y2(), spec.y2Label(), types(spec.data()), transform(spec.data()),
                spec.hueOrder().isEmpty() ? null : spec.hueOrder(), spec.facet(),
                spec.estimate().estimator() == null ? null : spec.estimate().estimator().specName(),
                spec.estimate().errorBar() == null ? null : spec.estimate().errorBar().specName(),
                spec.histogram().stat() == HistogramOptions.Stat.COUNT ? null : spec.histogram().stat().specName(),
                spec.histogram().multiple() == HistogramOptions.Multiple.LAYER ? null : spec.histogram().multiple().specName(),
                spec.categoryOrder().order().isEmpty() ? null : spec.categoryOrder().order(),
                spec.categoryOrder().sort() == null ? null : spec.categoryOrder().sort().specName());
    }

    private static Map<String, String> types(DataSpec data) {
        if (data == null || data.types().declared().isEmpty()) {
            return null;
        }
        Map<String, String> types = new LinkedHashMap<>();
        data.types().declared().forEach((column, type) -> types.put(column, type.specName()));
        return types;
    }

    private static List<Object> transform(DataSpec data) {
        return data == null || data.steps().isEmpty() ? null : StepReader.write(data.steps());
    }

    private static SpecDocument.Axes axes(AxisOptions axes) {
        AxisOptions d = AxisOptions.DEFAULT;
        return axes.equals(d) ? null : new SpecDocument.Axes(axes.logX() ? true : null, axes.logY() ? true : null,
                tidy(axes.xMin()), tidy(axes.xMax()), tidy(axes.yMin()), tidy(axes.yMax()), axes.tickFormat(),
                axes.grid() == d.grid() ? null : axes.grid());
    }

    private static SpecDocument.Data data(DataSpec data, Path specFolder) {
        if (data == null) {
            return null;
        }
        RandomData r = data.random();
        return new SpecDocument.Data(data.file() == null ? null : relative(data.file(), specFolder),
                r == null ? null : new SpecDocument.Random(r.rows(), r.columns(), r.seed()),
                data.inline() == null ? null : data.inline().csv(), data.inline() == null ? null : data.inline().values(),
                data.transform() == Transform.NONE ? null : data.transform().specName());
    }

    /** The path relative to the spec's folder where it can be (so the folder can move), with '/' separators. */
    private static String relative(Path file, Path specFolder) {
        Path written = file;
        if (specFolder != null && file.isAbsolute()) {
            try {
                written = specFolder.toAbsolutePath().normalize().relativize(file.normalize());
            } catch (IllegalArgumentException e) {
                written = file; // another drive or root: only the absolute path reaches it
            }
        }
        return written.toString().replace('\\', '/');
    }

    /** Pixels when the size is a whole number of pixels that converts back exactly, otherwise inches. */
    private static SpecDocument.Size size(Size size) {
        if (size.equals(Size.DEFAULT)) {
            return null;
        }
        double dpi = size.dpi();
        double width = Math.rint(size.widthInches() * dpi);
        double height = Math.rint(size.heightInches() * dpi);
        if (width / dpi == size.widthInches() && height / dpi == size.heightInches()) {
            return new SpecDocument.Size(tidy(width), tidy(height), null, tidy(dpi));
        }
        return new SpecDocument.Size(tidy(size.widthInches()), tidy(size.heightInches()), "in", tidy(dpi));
    }

    private static SpecDocument.Style style(Style style) {
        return style.equals(Style.NONE) ? null
                : new SpecDocument.Style(style.color(), tidy(style.alpha()), tidy(style.markerSize()), tidy(style.lineWidth()));
    }

    private static Map<String, SpecDocument.Style> seriesStyles(ChartSpec spec) {
        if (spec.seriesStyles().isEmpty()) {
            return null;
        }
        Map<String, SpecDocument.Style> styles = new LinkedHashMap<>();
        spec.seriesStyles().forEach((series, style) -> styles.put(series, style(style)));
        return styles;
    }

    private static SpecDocument.Heatmap heatmap(HeatmapOptions options) {
        return options.equals(HEATMAP) ? null : new SpecDocument.Heatmap(options.colormap().specName(),
                options.annotate(), options.format(), options.colorbar(), tidy(options.vmin()), tidy(options.vmax()),
                options.mask() == HeatmapOptions.Mask.NONE ? null : options.mask().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static SpecDocument.ScatterMatrix scatterMatrix(ScatterMatrixOptions options) {
        return options.equals(SCATTER_MATRIX) ? null : new SpecDocument.ScatterMatrix(
                options.columns().isEmpty() ? null : options.columns(), options.ticks(), options.labels(),
                options.diagonal() == SCATTER_MATRIX.diagonal() ? null : options.diagonal().specName(),
                options.corner() == SCATTER_MATRIX.corner() ? null : options.corner());
    }

    private static <T> T required(String field, T value, String example) {
        if (value == null) {
            throw new InvalidSpecException(field, "is required; add e.g. '" + example + "'");
        }
        return value;
    }

    private static Double number(Number value) {
        return value == null ? null : value.doubleValue();
    }

    private static boolean or(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }

    /** 800 rather than 800.0 in the written file; the value read back is the same double. */
    private static Number tidy(Double value) {
        if (value == null) {
            return null;
        }
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15 && !value.equals(-0.0);
        return whole ? (Number) value.longValue() : value;
    }
}
