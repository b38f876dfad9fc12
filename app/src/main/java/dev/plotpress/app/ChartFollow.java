package dev.plotpress.app;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TransformStep;
import dev.plotpress.transform.Bin;
import dev.plotpress.transform.CorrelationStep;
import dev.plotpress.transform.Fold;
import dev.plotpress.transform.Pivot;

import java.util.ArrayList;
import java.util.List;

/**
 * How the chart follows a step added at the end of the list when the step reshapes the table under it, as a person
 * adding it means: a fold of the columns drawn draws their values, a series per folded column (hue); a pivot draws
 * the new columns; a bin of x draws over the bins' starts; a correlation is a heatmap. {@link #note()} says what
 * changed, for the status bar. Any other step leaves the chart as it is (a step that removes a column the chart
 * draws is then refused with the core's message).
 *
 * @param spec the chart with the step
 * @param note what changed in the chart's columns beside the step, or null
 */
record ChartFollow(ChartSpec spec, String note) {

    /** {@code spec} (its last step just added) fitted to that step; {@code before} is the table the step reads. */
    static ChartFollow after(ChartSpec spec, TransformStep step, Table before) {
        boolean grid = spec.kind() == ChartKind.HEATMAP || spec.kind() == ChartKind.SCATTER_MATRIX;
        if (step instanceof Fold fold && !grid && spec.y().stream().anyMatch(fold.columns()::contains)) {
            ChartSpec.Builder b = spec.toBuilder().y(fold.value()).seriesStyles(null).yLabel(null);
            String hue = spec.hue();
            if (hue == null || fold.columns().contains(hue)) {
                b.hue(fold.key()).hueOrder(null);
                hue = fold.key();
            }
            return new ChartFollow(b.build(), "the chart now draws " + fold.value() + ", a series per " + hue);
        }
        if (step instanceof Pivot pivot && !grid) {
            Table after = pivot.apply(before);
            List<String> added = new ArrayList<>();
            after.numericColumns().stream().map(NumericColumn::name).filter(n -> !before.has(n)).forEach(added::add);
            ChartSpec.Builder b = spec.toBuilder().seriesStyles(null);
            if (!spec.y().stream().allMatch(after::has)) {
                b.y(added);
            }
            if (spec.hue() != null && !after.has(spec.hue())) {
                b.hue(null).hueOrder(null);
            }
            if (spec.x() != null && !after.has(spec.x()) && pivot.groupBy() != null && !pivot.groupBy().isEmpty()) {
                b.x(pivot.groupBy().get(0));
            }
            FacetOptions facet = spec.facet();
            if (facet != null && (facet.column() != null && !after.has(facet.column()) || facet.row() != null && !after.has(facet.row()))) {
                b.facet(null);
            }
            ChartSpec fitted = b.build();
            return fitted.equals(spec) ? new ChartFollow(spec, null)
                    : new ChartFollow(fitted, "the chart now draws " + String.join(", ", fitted.y())
                    + (fitted.x() != null ? " over " + fitted.x() : ""));
        }
        if (step instanceof Bin bin && bin.column().equals(spec.x()) && spec.kind() != ChartKind.HISTOGRAM && !grid) {
            return new ChartFollow(spec.toBuilder().x(bin.as().get(0)).build(),
                    "the chart now draws over " + bin.as().get(0) + ", each bin's start");
        }
        if (step instanceof CorrelationStep && spec.kind() != ChartKind.HEATMAP) {
            return new ChartFollow(KindChange.to(spec, ChartKind.HEATMAP, step.apply(before)),
                    "the chart is now a heatmap of the correlations");
        }
        return new ChartFollow(spec, null);
    }
}
