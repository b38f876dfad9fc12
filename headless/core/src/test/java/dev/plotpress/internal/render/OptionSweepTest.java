package dev.plotpress.internal.render;

import dev.plotpress.render.Figure;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.plotpress.internal.export.Raster;
import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.CategoryOrder;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.Colormap;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Estimate;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.Fit;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.HistogramOptions;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Size;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.spec.SpecReader;
import dev.plotpress.SpecSyntax;
import dev.plotpress.spec.SpecWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every option of every kind either changes the picture (pixel for pixel against the kind's default chart) or is
 * refused with a message. An option that is accepted and changes nothing is the silent kind of wrong.
 */
class OptionSweepTest {
    private static final Size SIZE = Size.pixels(320, 240, 72);
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Table TABLE = new Table("sweep.csv", List.of(
            new TextColumn("cat", new String[] {"p", "q", "r", "p", "q", "r", "p", "q", "r", "p", "q", "r"}),
            new TextColumn("g", new String[] {"u", "u", "u", "v", "v", "v", "u", "u", "u", "v", "v", "v"}),
            new NumericColumn("a", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}),
            new NumericColumn("b", new double[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8}),
            new NumericColumn("c", new double[] {2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5})));
    private static final Table DATES = new Table("dates.csv", List.of(
            new TextColumn("day", new String[] {"01/02/2024", "02/02/2024", "03/02/2024", "04/02/2024"}),
            new NumericColumn("v", new double[] {1, 3, 2, 4})));

    /** The default chart of each kind, from which one option at a time is changed. */
    private static final Map<ChartKind, ChartSpec> BASE = new LinkedHashMap<>();

    static {
        BASE.put(ChartKind.LINE, base(ChartKind.LINE).x("a").y("b").build());
        BASE.put(ChartKind.SCATTER, base(ChartKind.SCATTER).x("a").y("b").build());
        BASE.put(ChartKind.AREA, base(ChartKind.AREA).x("a").y("b").build());
        BASE.put(ChartKind.BAR, base(ChartKind.BAR).x("cat").y("b").build());
        BASE.put(ChartKind.HISTOGRAM, base(ChartKind.HISTOGRAM).x("b").build());
        BASE.put(ChartKind.BOX, base(ChartKind.BOX).y("b").build());
        BASE.put(ChartKind.HEATMAP, base(ChartKind.HEATMAP).build());
        BASE.put(ChartKind.SCATTER_MATRIX, base(ChartKind.SCATTER_MATRIX).build());
    }

    private static ChartSpec.Builder base(ChartKind kind) {
        return ChartSpec.builder(kind).size(SIZE);
    }

    private static AxisOptions axes(UnaryOperator<AxisOptions> change) {
        return change.apply(AxisOptions.DEFAULT);
    }

    /** Each option set to something other than its default. */
    private static Map<String, UnaryOperator<ChartSpec.Builder>> options() {
        Map<String, UnaryOperator<ChartSpec.Builder>> o = new LinkedHashMap<>();
        o.put("title", b -> b.title("A title"));
        o.put("xLabel", b -> b.xLabel("an x label"));
        o.put("yLabel", b -> b.yLabel("a y label"));
        o.put("style.color", b -> b.style(new Style("red", null, null, null)));
        o.put("style.alpha", b -> b.style(new Style(null, 0.3, null, null)));
        o.put("style.markerSize", b -> b.style(new Style(null, null, 100.0, null)));
        o.put("style.lineWidth", b -> b.style(new Style(null, null, null, 6.0)));
        o.put("seriesStyles", b -> b.seriesStyles(Map.of("b", new Style("red", null, null, null))));
        o.put("heatmap.colormap", b -> b.heatmap(new HeatmapOptions(Colormap.MAGMA, false, null, true, null, null)));
        o.put("heatmap.annotate", b -> b.heatmap(new HeatmapOptions(null, true, null, true, null, null)));
        o.put("heatmap.colorbar", b -> b.heatmap(new HeatmapOptions(null, false, null, false, null, null)));
        o.put("heatmap.vmin", b -> b.heatmap(new HeatmapOptions(null, false, null, true, -20.0, null)));
        o.put("heatmap.vmax", b -> b.heatmap(new HeatmapOptions(null, false, null, true, null, 100.0)));
        o.put("heatmap.mask", b -> b.heatmap(new HeatmapOptions(null, false, null, true, null, null, HeatmapOptions.Mask.UPPER)));
        o.put("scatterMatrix.columns", b -> b.scatterMatrix(new ScatterMatrixOptions(List.of("a", "b"), false, true)));
        o.put("scatterMatrix.ticks", b -> b.scatterMatrix(new ScatterMatrixOptions(List.of(), false, true))); // the default is true
        o.put("scatterMatrix.labels", b -> b.scatterMatrix(new ScatterMatrixOptions(List.of(), false, false)));
        o.put("scatterMatrix.diagonal", b -> b.scatterMatrix(new ScatterMatrixOptions(List.of(), false, true,
                ScatterMatrixOptions.Diagonal.HISTOGRAM, false)));
        o.put("scatterMatrix.corner", b -> b.scatterMatrix(new ScatterMatrixOptions(List.of(), false, true,
                ScatterMatrixOptions.Diagonal.NONE, true)));
        o.put("bins", b -> b.bins(3));
        o.put("binWidth", b -> b.binWidth(3.0));
        o.put("hue", b -> b.hue("g"));
        o.put("stacked", b -> b.stacked(true));
        o.put("axes.logX", b -> b.axes(axes(a -> new AxisOptions(true, false, null, null, null, null, null, false))));
        o.put("axes.logY", b -> b.axes(axes(a -> new AxisOptions(false, true, null, null, null, null, null, false))));
        o.put("axes.xMin", b -> b.axes(axes(a -> new AxisOptions(false, false, 4.0, null, null, null, null, false))));
        o.put("axes.xMax", b -> b.axes(axes(a -> new AxisOptions(false, false, null, 4.0, null, null, null, false))));
        o.put("axes.yMin", b -> b.axes(axes(a -> new AxisOptions(false, false, null, null, 2.0, null, null, false))));
        o.put("axes.yMax", b -> b.axes(axes(a -> new AxisOptions(false, false, null, null, null, 4.0, null, false))));
        o.put("axes.tickFormat", b -> b.axes(axes(a -> new AxisOptions(false, false, null, null, null, null, ".3f", false))));
        o.put("axes.grid", b -> b.axes(axes(a -> new AxisOptions(false, false, null, null, null, null, null, true))));
        o.put("theme", b -> b.theme(ColorTheme.DARK));
        o.put("palette", b -> b.palette(Palette.GREYS));
        // dateFormat is how a file is read, so a table given to the renderer has nothing for it to do; that a
        // dateFormat which reads no column of a file is refused is ColumnTypesTest's
        o.put("y2", b -> b.y2("c"));
        o.put("y2Label", b -> b.y2Label("right"));
        o.put("fit.order", b -> b.fit(new Fit(2, null)));
        o.put("fit.ci", b -> b.fit(new Fit(null, 68)));
        o.put("estimator", b -> b.estimate(new Estimate(Estimate.Estimator.MEDIAN, null)));
        o.put("errorbar", b -> b.estimate(new Estimate(null, Estimate.ErrorBar.SD)));
        o.put("stat", b -> b.histogram(new HistogramOptions(HistogramOptions.Stat.DENSITY, null)));
        o.put("multiple", b -> b.histogram(new HistogramOptions(null, HistogramOptions.Multiple.STACK)));
        o.put("hueOrder", b -> b.hueOrder(List.of("v", "u")));
        o.put("facet.column", b -> b.facet(FacetOptions.byColumn("g", null)));
        o.put("facet.row", b -> b.facet(new FacetOptions(null, "g", null, null, null)));
        o.put("order", b -> b.categoryOrder(new CategoryOrder(List.of("r"), null)));
        o.put("sort", b -> b.categoryOrder(new CategoryOrder(null, CategoryOrder.Sort.DESCENDING)));
        return o;
    }

    /**
     * options() and, for an option of the spec that it does not name and whose value is one of an enum's (or true /
     * false), every value but the default, set through the spec file ("legend: top"): a new option of that sort is swept
     * with no line here.
     */
    private static Map<String, UnaryOperator<ChartSpec.Builder>> allOptions() {
        Map<String, UnaryOperator<ChartSpec.Builder>> all = options();
        ChartSpec defaults = ChartSpec.builder(ChartKind.LINE).build();
        for (Map.Entry<String, RecordComponent[]> key : keys().entrySet()) {
            if (all.containsKey(key.getKey()) || SWEPT_ELSEWHERE.containsKey(key.getKey())) {
                continue;
            }
            Object byDefault = valueOf(key.getValue(), defaults);
            for (Object value : valuesOf(key.getValue()[key.getValue().length - 1].getType())) {
                if (!value.equals(byDefault)) {
                    String line = key.getKey() + ": " + YAML.valueToTree(value).asText();
                    all.put(line, b -> viaTheFile(b.build(), line).toBuilder());
                }
            }
        }
        return all;
    }

    private static List<?> valuesOf(Class<?> type) {
        if (type.isEnum()) {
            return List.of(type.getEnumConstants());
        }
        return type == boolean.class || type == Boolean.class ? List.of(true, false) : List.of();
    }

    private static Object valueOf(RecordComponent[] path, Object record) {
        Object value = record;
        for (RecordComponent component : path) {
            try {
                value = value == null ? null : component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }

    /**
     * {@code spec} written as a spec file with {@code line} ("legend: top", "heatmap.mask: upper") set in it, and read
     * back. A line the reader does not know is the sweep's mistake, not a refusal.
     */
    private static ChartSpec viaTheFile(ChartSpec spec, String line) {
        DataSpec data = spec.data();
        String key = line.substring(0, line.indexOf(": "));
        String value = line.substring(key.length() + 2);
        try {
            ObjectNode file = (ObjectNode) YAML.readTree(SpecWriter.toYaml(spec.toBuilder().data(DataSpec.random(4, 3, 0)).build(), null));
            String[] path = key.split("\\.");
            ObjectNode group = file;
            for (int i = 0; i < path.length - 1; i++) {
                group = group.has(path[i]) ? (ObjectNode) group.get(path[i]) : group.putObject(path[i]);
            }
            group.set(path[path.length - 1], YAML.readTree(value));
            String yaml = YAML.writeValueAsString(file);
            try {
                return SpecReader.read(yaml, "sweep.yaml", SpecSyntax.YAML, null).toBuilder().data(data).build();
            } catch (BadInputException e) {
                if (e.getMessage().contains("unknown key")) {
                    throw new AssertionError("the sweep wrote a key the reader does not know:\n" + yaml, e);
                }
                throw e;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyOptionOfEveryKindChangesThePictureOrIsRefused() {
        List<String> silent = new ArrayList<>();
        int changed = 0;
        int refused = 0;
        for (Map.Entry<ChartKind, ChartSpec> base : BASE.entrySet()) {
            int[] plain = pixels(base.getValue(), TABLE);
            for (Map.Entry<String, UnaryOperator<ChartSpec.Builder>> option : allOptions().entrySet()) {
                String name = base.getKey() + " " + option.getKey();
                ChartSpec spec;
                try {
                    spec = option.getValue().apply(base.getValue().toBuilder()).build();
                    int[] set = pixels(spec, TABLE);
                    if (Arrays.equals(plain, set)) {
                        silent.add(name);
                    } else {
                        changed++;
                    }
                } catch (BadInputException e) {
                    assertThat(e.getMessage()).as(name).isNotBlank();
                    refused++;
                }
            }
        }
        assertThat(silent).as("options accepted that change nothing (%d changed the picture, %d were refused)",
                changed, refused).isEmpty();
    }

    @Test
    void aLineOverRowsThatShareAnXTakesEveryEstimatorAndErrorBar() {
        Table repeated = new Table("repeated.csv", List.of(new NumericColumn("x", new double[] {1, 1, 2, 2, 2, 3, 3}),
                new NumericColumn("y", new double[] {1, 5, 2, 3, 9, 4, 8})));
        ChartSpec line = base(ChartKind.LINE).x("x").y("y").build();
        int[] plain = pixels(line, repeated);
        List<Estimate> estimates = List.of(new Estimate(Estimate.Estimator.MEDIAN, null),
                new Estimate(Estimate.Estimator.NONE, null), new Estimate(null, Estimate.ErrorBar.SD),
                new Estimate(null, Estimate.ErrorBar.SE), new Estimate(null, Estimate.ErrorBar.NONE));

        for (Estimate estimate : estimates) {
            assertThat(pixels(line.toBuilder().estimate(estimate).build(), repeated)).as(estimate.toString()).isNotEqualTo(plain);
        }
    }

    @Test
    void sortXFalseJoinsRowsThatAreOutOfXOrderInTheirOwnOrder() {
        Table path = new Table("path.csv", List.of(new NumericColumn("x", new double[] {1, 3, 2, 4}),
                new NumericColumn("y", new double[] {1, 2, 4, 3})));
        ChartSpec line = base(ChartKind.LINE).x("x").y("y").build();

        assertThat(pixels(viaTheFile(line, "sortX: false"), path)).isNotEqualTo(pixels(line, path));
    }

    /** Options the sweep does not set on their own, and where they are held to taking effect instead. */
    private static final Map<String, String> SWEPT_ELSEWHERE = java.util.stream.Stream.of(Map.of(
            "kind", "the base of every sweep", "data", "the table is given", "x", "the base specs", "y", "the base specs",
            "size", "the base specs", "dateFormat", "dateFormatChangesADateAxis",
            "heatmap.format", "HeatmapTest: it formats the annotations, so it takes effect with heatmap.annotate",
            "facet.wrap", "FacetTest", "facet.shareX", "FacetTest", "facet.shareY", "FacetTest"), Map.of(
            "facet.columnOrder", "FacetTest: columnOrderAndRowOrderLayOut...", "facet.rowOrder", "FacetTest: the same test",
            "sortX", "sortXFalseJoinsRowsThatAreOutOfXOrderInTheirOwnOrder (the sweep's x is in order already)"))
            .flatMap(m -> m.entrySet().stream()).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    /**
     * A new option of ChartSpec or of one of its groups fails here until the sweep sets it: options() names it,
     * SWEPT_ELSEWHERE says where it is held, or it takes an enum's values (or true / false) and allOptions() sets each.
     */
    @Test
    void theSweepSetsEveryOptionOfTheSpec() {
        Map<String, RecordComponent[]> keys = keys();

        assertThat(keys.keySet()).as("options of ChartSpec that neither options() nor SWEPT_ELSEWHERE names, and that "
                        + "take other values than an enum's or true / false")
                .allMatch(key -> options().containsKey(key) || SWEPT_ELSEWHERE.containsKey(key)
                        || !valuesOf(keys.get(key)[keys.get(key).length - 1].getType()).isEmpty());
        assertThat(options().keySet()).as("options() names no key the spec does not have").allMatch(keys::containsKey);
    }

    /** The file's keys of ChartSpec, each with the components that lead to it: groups' keys dotted, unwrapped ones at the top. */
    private static Map<String, RecordComponent[]> keys() {
        Map<String, RecordComponent[]> keys = new LinkedHashMap<>();
        addKeys(ChartSpec.class, "", new RecordComponent[0], keys);
        return keys;
    }

    private static void addKeys(Class<?> type, String prefix, RecordComponent[] path, Map<String, RecordComponent[]> keys) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty named = component.getAccessor().getAnnotation(JsonProperty.class);
            String key = prefix + (named == null ? component.getName() : named.value());
            RecordComponent[] here = Arrays.copyOf(path, path.length + 1);
            here[path.length] = component;
            Class<?> value = component.getType();
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                addKeys(value, prefix, here, keys);
            } else if (value.isRecord() && value != DataSpec.class && value != Size.class) {
                addKeys(value, key + ".", here, keys);
            } else {
                keys.put(key, here);
            }
        }
    }

    /** Every option the sweep sets reaches the spec file and comes back: none is lost between the file and the model. */
    @Test
    void everySweptOptionSurvivesTheSpecFile() {
        for (Map.Entry<ChartKind, ChartSpec> base : BASE.entrySet()) {
            for (Map.Entry<String, UnaryOperator<ChartSpec.Builder>> option : allOptions().entrySet()) {
                ChartSpec spec;
                try {
                    spec = option.getValue().apply(base.getValue().toBuilder().data(DataSpec.random(4, 3, 0))).build();
                } catch (BadInputException refusedByTheModel) {
                    continue;
                }
                String yaml = SpecWriter.toYaml(spec, null);

                assertThat(SpecReader.read(yaml, "sweep.yaml", SpecSyntax.YAML, null))
                        .as(base.getKey() + " " + option.getKey() + " written as\n" + yaml).isEqualTo(spec);
            }
        }
    }

    @Test
    void dateFormatChangesADateAxis() {
        ChartSpec iso = base(ChartKind.LINE).x("day").y("v").build();
        Table isoDates = new Table("iso.csv", List.of(
                new TextColumn("day", new String[] {"2024-02-01", "2024-02-02", "2024-02-03", "2024-02-04"}),
                new NumericColumn("v", new double[] {1, 3, 2, 4})));

        assertThat(pixels(iso.toBuilder().dateFormat("dd/MM/yyyy").build(), DATES)).isEqualTo(pixels(iso, isoDates));
    }

    private static int[] pixels(ChartSpec spec, Table table) {
        Figure figure = Renderer.render(spec, table);
        BufferedImage image = Raster.draw(figure, figure.size());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
