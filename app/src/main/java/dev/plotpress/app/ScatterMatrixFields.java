package dev.plotpress.app;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Table;

import java.util.List;

/** The editor's Scatter matrix rows: which columns (blank: every numeric one), tick labels and column names. */
final class ScatterMatrixFields {
    private static final String CATEGORY = "Scatter matrix";

    private ScatterMatrixFields() {
    }

    static List<SpecField<?>> of(SpecFields f, Table table) {
        return List.of(
                f.field("Matrix columns", CATEGORY, String.class, s -> String.join(", ", s.scatterMatrix().columns()),
                        (s, v) -> with(s, new ScatterMatrixOptions(SpecFields.numericColumns(v, table),
                                m(s).ticks(), m(s).labels()))),
                f.field("Tick labels", CATEGORY, Boolean.class, s -> s.scatterMatrix().ticks(),
                        (s, v) -> with(s, new ScatterMatrixOptions(m(s).columns(), v, m(s).labels()))),
                f.field("Column names", CATEGORY, Boolean.class, s -> s.scatterMatrix().labels(),
                        (s, v) -> with(s, new ScatterMatrixOptions(m(s).columns(), m(s).ticks(), v))));
    }

    private static ScatterMatrixOptions m(ChartSpec s) {
        return s.scatterMatrix();
    }

    private static ChartSpec with(ChartSpec s, ScatterMatrixOptions options) {
        return s.toBuilder().scatterMatrix(options).build();
    }
}
