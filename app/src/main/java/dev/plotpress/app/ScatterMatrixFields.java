package dev.plotpress.app;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Table;

import java.util.Arrays;
import java.util.List;

import static dev.plotpress.model.ChartKind.SCATTER_MATRIX;

/**
 * The editor's Scatter matrix rows: which columns (blank: every numeric one), tick labels, column names, what
 * the diagonal shows and whether only the lower triangle is drawn (a pairplot's corner).
 */
final class ScatterMatrixFields {
    private static final String CATEGORY = "Scatter matrix";
    private static final List<String> DIAGONALS = Arrays.stream(ScatterMatrixOptions.Diagonal.values())
            .map(ScatterMatrixOptions.Diagonal::specName).toList();

    private ScatterMatrixFields() {
    }

    static List<SpecField<?>> of(SpecFields f, Table table) {
        return List.of(
                f.field("Matrix columns", CATEGORY, String.class, s -> String.join(", ", s.scatterMatrix().columns()),
                        (s, v) -> with(s, m(s).withColumns(SpecFields.numericColumns(v, table)))).only(SCATTER_MATRIX),
                f.field("Tick labels", CATEGORY, Boolean.class, s -> s.scatterMatrix().ticks(),
                        (s, v) -> with(s, m(s).withTicks(v))).only(SCATTER_MATRIX),
                f.field("Column names", CATEGORY, Boolean.class, s -> s.scatterMatrix().labels(),
                        (s, v) -> with(s, m(s).withLabels(v))).only(SCATTER_MATRIX),
                f.choice("Diagonal", CATEGORY, DIAGONALS, s -> s.scatterMatrix().diagonal().specName(),
                        (s, v) -> with(s, m(s).withDiagonal(ScatterMatrixOptions.Diagonal.fromSpecName(v)))).only(SCATTER_MATRIX),
                f.field("Lower triangle only", CATEGORY, Boolean.class, s -> s.scatterMatrix().corner(),
                        (s, v) -> with(s, m(s).withCorner(v))).only(SCATTER_MATRIX));
    }

    private static ScatterMatrixOptions m(ChartSpec s) {
        return s.scatterMatrix();
    }

    private static ChartSpec with(ChartSpec s, ScatterMatrixOptions options) {
        return s.toBuilder().scatterMatrix(options).build();
    }
}
