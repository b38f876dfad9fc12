package dev.plotpress.internal.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.plotpress.internal.model.Article;
import dev.plotpress.model.CategoryOrder;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.Colormap;
import dev.plotpress.model.Column;
import dev.plotpress.model.Estimate;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.internal.model.DrawnBy;
import dev.plotpress.model.HistogramOptions;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Palette;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Table;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.plotpress.model.ChartKind.BAR;
import static dev.plotpress.model.ChartKind.BOX;
import static dev.plotpress.model.ChartKind.LINE;
import static dev.plotpress.model.ChartKind.SCATTER_MATRIX;

/**
 * Options a kind cannot draw are errors, not silently dropped: every option either takes effect or is refused
 * here with what to do instead (OptionSweepTest holds every option of every kind to that). Which kinds draw an option
 * is declared on the option ({@link DrawnBy} on the components of ChartSpec and its groups); the refusals below the
 * walk are the ones that depend on another option.
 */
final class KindOptions {
    /**
     * Each option record's components, read by reflection once per class (a fact of the class, the same for every
     * spec) rather than on every chart, where it cost ~5% of drawing a heatmap.
     */
    private static final ClassValue<List<Option>> OPTIONS = new ClassValue<>() {
        @Override
        protected List<Option> computeValue(Class<?> type) {
            return Option.of(type);
        }
    };

    private static final Map<ChartKind, ChartSpec> DEFAULTS = new EnumMap<>(ChartKind.class);

    static {
        for (ChartKind kind : ChartKind.values()) {
            DEFAULTS.put(kind, ChartSpec.builder(kind).build());
        }
    }

    private KindOptions() {
    }

    static void requireFit(ChartSpec spec, Table table) {
        ChartKind kind = spec.kind();
        if (spec.estimate().estimator() == Estimate.Estimator.NONE && kind != LINE && kind != BAR) {
            throw new InvalidSpecException("estimator", "none asks a line chart to draw its rows as they are, and "
                    + Article.before(kind.specName()) + " chart has no estimator to turn off; remove estimator");
        }
        refuseUndrawn(spec, DEFAULTS.get(kind), "", kind);
        if (spec.hue() != null && spec.y().size() > 1) {
            throw new InvalidSpecException("hue", "splits one y column into series, but y names " + spec.y()
                    + "; keep one y column, or drop hue to draw each column as a series");
        }
        if (spec.y2Label() != null && spec.y2().isEmpty()) {
            throw new InvalidSpecException("y2Label", "labels the second y axis, but there is no y2; add y2: [column] or remove y2Label");
        }
        if (!spec.y2().isEmpty() && spec.hue() != null) {
            throw new InvalidSpecException("y2", "cannot be combined with hue yet; remove y2 or hue");
        }
        boolean diagonalHistograms = spec.scatterMatrix().diagonal() == ScatterMatrixOptions.Diagonal.HISTOGRAM;
        if (spec.bins() != null && kind == SCATTER_MATRIX && !diagonalHistograms) {
            throw new InvalidSpecException("bins", "counts the diagonal's histograms, but the diagonal shows scatters; "
                    + "add scatterMatrix: {diagonal: histogram} or remove bins");
        }
        if (spec.histogram().multiple() != HistogramOptions.Multiple.LAYER && spec.hue() == null) {
            throw new InvalidSpecException("multiple", "says how the bars of hue groups share the bins, but there is no hue; "
                    + "add hue: COLUMN or remove multiple");
        }
        if (kind == LINE && spec.estimate().estimator() == Estimate.Estimator.NONE && spec.estimate().errorBar() != null
                && spec.estimate().errorBar() != Estimate.ErrorBar.NONE) {
            throw new InvalidSpecException("errorbar", "is the band around a line's estimate, and estimator: none draws "
                    + "every row as it is, with no estimate; remove errorbar, or choose an estimator such as mean");
        }
        boolean grid = spec.facet() != null || kind == SCATTER_MATRIX;
        if (grid && (spec.legend() == ChartSpec.Legend.TOP || spec.legend() == ChartSpec.Legend.BOTTOM)) {
            throw new InvalidSpecException("legend", "top and bottom place a single chart's legend; a "
                    + (kind == SCATTER_MATRIX ? "scatter matrix" : "facet grid") + " has one legend right of its panels: use right or none");
        }
        if (kind == SCATTER_MATRIX && spec.hue() == null && spec.legend() == ChartSpec.Legend.NONE) {
            throw new InvalidSpecException("legend", "hides the legend of the hue groups, and there is no hue; remove legend");
        }
        requireHueColours(spec, table);
        if (spec.palette() != Palette.OKABE_ITO && kind == SCATTER_MATRIX && spec.hue() == null) {
            throw new InvalidSpecException("palette", "colours the hue groups, and there is no hue; add hue: COLUMN, "
                    + "or set style.color for every dot");
        }
    }

    /**
     * A numeric hue on a line or scatter is coloured by value on {@code colormap} ({@link NumericHue}), categories by
     * {@code palette}: the options of the other one would change nothing.
     */
    private static void requireHueColours(ChartSpec spec, Table table) {
        String hue = spec.hue();
        String categories = "make its values categories with types: {" + hue + ": categorical}";
        if (NumericHue.drawsNumbers(spec, table)) {
            if (!spec.hueOrder().isEmpty()) {
                throw new InvalidSpecException("hueOrder", "orders the colours of categories, and hue: " + hue + " holds numbers, "
                        + "coloured by value (the legend in value order); remove hueOrder, or " + categories);
            }
            if (spec.palette() != Palette.OKABE_ITO) {
                throw new InvalidSpecException("palette", "colours categories, and hue: " + hue + " holds numbers, coloured by "
                        + "value on a colormap; choose that with colormap: " + Colormap.VIRIDIS.specName() + " (or another), or " + categories);
            }
            if (spec.style().color() != null || spec.seriesStyles().values().stream().anyMatch(s -> s.color() != null)) {
                throw new InvalidSpecException("style.color", "is one colour for every " + (spec.kind() == LINE ? "line" : "dot")
                        + ", and hue: " + hue + " colours them by value; remove one of them");
            }
        } else if (spec.colormap() != Colormap.SEABORN_CUBEHELIX && (spec.kind() == LINE || spec.kind() == ChartKind.SCATTER)) {
            throw new InvalidSpecException("colormap", "colours a numeric hue by value, and " + (hue == null
                    ? "there is no hue; add hue: COLUMN (of numbers) or remove colormap"
                    : "hue: " + hue + " holds categories, coloured by palette; use palette, or remove colormap"));
        }
    }

    /**
     * The categories {@code order} lists are the whole table's (checked before facet panels, each of which may lack
     * some): the x values of a bar chart, the boxes (hue values, else y columns) of a box chart.
     */
    static void requireOrderFits(ChartSpec spec, Table table) {
        CategoryOrder arranged = spec.categoryOrder();
        if (arranged.equals(CategoryOrder.DEFAULT)) {
            return;
        }
        if (!arranged.order().isEmpty() && spec.kind() == BAR && spec.x() == null) {
            throw new InvalidSpecException("order", "lists x values, and the spec has no x (one bar per row); "
                    + "add x: COLUMN or remove order");
        }
        if (!arranged.order().isEmpty() && spec.kind() == BOX && spec.x() == null && !spec.hueOrder().isEmpty()) {
            throw new InvalidSpecException("order", "and hueOrder both order the boxes; keep one of them");
        }
        String what = spec.kind() == BAR || spec.x() != null ? spec.x() : spec.hue() != null ? spec.hue() : "y";
        java.util.List<String> names = spec.kind() == BAR
                ? (spec.x() == null ? Categories.rows(table.rowCount()) : Categories.of(table.column(spec.x()))).names()
                : spec.x() != null ? BoxChart.categories(spec, table).names()
                : spec.hue() != null ? HueGroups.of(table, spec.hue()).names()
                : SeriesColumns.y(spec, table).stream().map(Column::name).toList();
        Categories.requireListed(arranged, names, what, table.source());
        if (arranged.sort() != null && names.size() < 2) {
            throw new InvalidSpecException("sort", "orders the " + (spec.kind() == BAR ? "bars" : "boxes")
                    + " by their value, and this chart has one; remove sort");
        }
    }

    /**
     * Refuses the first option set away from its default (in a map, set at all) whose {@link DrawnBy} leaves out
     * {@code kind}, looking into the option groups too; {@code key} is where {@code options} sits in the spec file.
     */
    private static void refuseUndrawn(Record options, Record defaults, String key, ChartKind kind) {
        for (Option option : OPTIONS.get(options.getClass())) {
            Object value = option.valueOf(options);
            Object byDefault = defaults == null ? null : option.valueOf(defaults);
            if (Objects.equals(value, byDefault)) {
                continue;
            }
            String field = key + option.name();
            if (option.drawnBy() != null && !option.kinds().contains(kind)) {
                throw new InvalidSpecException(field, "works with " + names(option.kinds()) + " charts, not " + kind.specName()
                        + (option.drawnBy().instead().isEmpty() ? "" : " (" + option.drawnBy().instead() + ")") + "; remove it");
            }
            String inside = option.unwrapped() ? key : field + ".";
            if (value instanceof Record group && declaresKinds(group)) {
                refuseUndrawn(group, byDefault instanceof Record groupDefaults ? groupDefaults : null, inside, kind);
            } else if (value instanceof Map<?, ?> entries) {
                entries.forEach((name, entry) -> {
                    if (entry instanceof Record group && declaresKinds(group)) {
                        refuseUndrawn(group, null, inside + name + ".", kind);
                    }
                });
            }
        }
    }

    /**
     * A record component as the walk reads it: its accessor, its name in the spec file, the kinds that draw it
     * ({@code drawnBy} null: every kind), and whether its group's options sit at the level above (JsonUnwrapped).
     */
    private record Option(Method accessor, String name, DrawnBy drawnBy, Set<ChartKind> kinds, boolean unwrapped) {
        static List<Option> of(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(component -> {
                Method accessor = component.getAccessor();
                JsonProperty named = accessor.getAnnotation(JsonProperty.class);
                DrawnBy drawnBy = component.getAnnotation(DrawnBy.class);
                return new Option(accessor, named == null ? component.getName() : named.value(), drawnBy,
                        drawnBy == null ? Set.of() : java.util.Collections.unmodifiableSet(KindOptions.kinds(drawnBy)),
                        accessor.isAnnotationPresent(JsonUnwrapped.class));
            }).toList();
        }

        Object valueOf(Record options) {
            try {
                return accessor.invoke(options);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + accessor, e); // public records: never happens
            }
        }
    }

    private static boolean declaresKinds(Record group) {
        return OPTIONS.get(group.getClass()).stream().anyMatch(option -> option.drawnBy() != null);
    }

    private static Set<ChartKind> kinds(DrawnBy drawnBy) {
        Set<ChartKind> kinds = drawnBy.value().length > 0 ? EnumSet.copyOf(Arrays.asList(drawnBy.value()))
                : EnumSet.allOf(ChartKind.class);
        Arrays.asList(drawnBy.except()).forEach(kinds::remove);
        return kinds;
    }

    private static String names(Set<ChartKind> kinds) {
        List<String> names = kinds.stream().map(ChartKind::specName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
