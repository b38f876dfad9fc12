package dev.plotpress.model;

import java.util.List;

/**
 * Scatter-matrix look, after the report's GridSpec figure: which columns (all numeric ones when empty),
 * whether cells show tick labels, and whether column names label the bottom row and left column.
 */
public record ScatterMatrixOptions(List<String> columns, boolean ticks, boolean labels) {
    public static final ScatterMatrixOptions DEFAULT = new ScatterMatrixOptions(List.of(), false, true);

    public ScatterMatrixOptions {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
