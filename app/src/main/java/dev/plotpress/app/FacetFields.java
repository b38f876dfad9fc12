package dev.plotpress.app;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;

import java.util.ArrayList;
import java.util.List;

import static dev.plotpress.model.ChartKind.HEATMAP;
import static dev.plotpress.model.ChartKind.SCATTER_MATRIX;

/** The editor's Facets rows: small multiples, one panel per value of a categorical column, across and down. */
final class FacetFields {
    static final String CATEGORY = "Facets";
    /** How the facet choices name "no column": one chart. */
    static final String NONE = "(none)";

    private FacetFields() {
    }

    static List<SpecField<?>> of(SpecFields f, Table table) {
        List<String> choices = new ArrayList<>(List.of(NONE));
        table.textColumns().stream().filter(c -> c.categories().size() <= FacetOptions.MAX_PANELS)
                .map(TextColumn::name).forEach(choices::add);
        return List.of(
                f.choice("Panels across by", CATEGORY, choices, s -> name(facet(s).column()),
                        (s, v) -> with(s, new FacetOptions(column(v), facet(s).row(), column(v) == null ? null : facet(s).wrap(),
                                facet(s).shareX(), facet(s).shareY()))).except(HEATMAP, SCATTER_MATRIX),
                f.choice("Panels down by", CATEGORY, choices, s -> name(facet(s).row()),
                        (s, v) -> with(s, new FacetOptions(facet(s).column(), column(v), facet(s).wrap(),
                                facet(s).shareX(), facet(s).shareY()))).except(HEATMAP, SCATTER_MATRIX),
                f.field("Panels per row (wrap)", CATEGORY, String.class,
                        s -> facet(s).wrap() == null ? "" : String.valueOf(facet(s).wrap()),
                        (s, v) -> with(s, new FacetOptions(facet(s).column(), facet(s).row(), wrap(v),
                                facet(s).shareX(), facet(s).shareY()))).except(HEATMAP, SCATTER_MATRIX),
                f.field("Same x range on every panel", CATEGORY, Boolean.class, s -> facet(s).sharesX(),
                        (s, v) -> with(s, "facet.shareX", new FacetOptions(facet(s).column(), facet(s).row(), facet(s).wrap(),
                                v ? null : false, facet(s).shareY()))).except(HEATMAP, SCATTER_MATRIX),
                f.field("Same y range on every panel", CATEGORY, Boolean.class, s -> facet(s).sharesY(),
                        (s, v) -> with(s, "facet.shareY", new FacetOptions(facet(s).column(), facet(s).row(), facet(s).wrap(),
                                facet(s).shareX(), v ? null : false))).except(HEATMAP, SCATTER_MATRIX));
    }

    /** A panel option needs panels: set without a facet column it would change nothing, so it is refused. */
    private static ChartSpec with(ChartSpec s, String key, FacetOptions facet) {
        if (facet.column() == null && facet.row() == null) {
            throw new dev.plotpress.model.BadInputException(key + ": shares an axis range between panels, and there are "
                    + "none; choose 'Panels across by' or 'Panels down by' first");
        }
        return with(s, facet);
    }

    private static FacetOptions facet(ChartSpec s) {
        return s.facet() == null ? new FacetOptions(null, null, null, null, null) : s.facet();
    }

    /** No column across and none down is one chart: no facet at all. */
    private static ChartSpec with(ChartSpec s, FacetOptions facet) {
        boolean none = facet.column() == null && facet.row() == null;
        return s.toBuilder().facet(none ? null : facet).build();
    }

    private static String name(String column) {
        return column == null ? NONE : column;
    }

    private static String column(String choice) {
        return NONE.equals(choice) ? null : choice;
    }

    private static Integer wrap(String text) {
        Double value = SpecFields.number("facet.wrap", text);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value)) {
            throw new dev.plotpress.model.BadInputException("facet.wrap: '" + text.trim()
                    + "' is not a whole number; type the panels per row, e.g. 2, or leave it blank");
        }
        return value.intValue();
    }
}
