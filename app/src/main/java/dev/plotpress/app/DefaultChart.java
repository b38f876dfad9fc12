package dev.plotpress.app;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Column;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Table;

import java.util.List;

/**
 * The chart a data file opens with, before the person changes it: a scatter of the first two numeric
 * columns, a scatter matrix for three to {@value #MAX_MATRIX_COLUMNS} of them, a line for a single one.
 */
final class DefaultChart {
    static final int MAX_MATRIX_COLUMNS = 10;

    private DefaultChart() {
    }

    static ChartSpec of(Table table, DataSpec data) {
        List<String> numeric = table.numericColumns().stream().map(Column::name).toList();
        String title = data.file() != null ? data.file().getFileName().toString() : data.describe();
        if (numeric.isEmpty()) {
            throw new BadInputException(table.source() + ": has no numeric column to plot; the columns are "
                    + table.columnNames() + " (numbers must parse as decimals, e.g. 1.5)");
        }
        if (numeric.size() == 1) {
            return ChartSpec.builder(ChartKind.LINE).title(title).data(data).y(numeric.get(0)).yLabel(numeric.get(0)).build();
        }
        if (numeric.size() == 2 || numeric.size() > MAX_MATRIX_COLUMNS) {
            return ChartSpec.builder(ChartKind.SCATTER).title(title).data(data).x(numeric.get(0)).y(numeric.get(1))
                    .xLabel(numeric.get(0)).yLabel(numeric.get(1)).build();
        }
        return ChartSpec.builder(ChartKind.SCATTER_MATRIX).title(title).data(data).build();
    }
}
