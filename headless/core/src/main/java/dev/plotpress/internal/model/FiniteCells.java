package dev.plotpress.internal.model;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;

/**
 * An infinite cell (1e400, inf: read as pandas reads them) stretches its axis to infinity and blanks every
 * series of the chart; a chart is drawn from finite numbers only, so the first infinite cell is named instead.
 */
public final class FiniteCells {
    private FiniteCells() {
    }

    public static void require(Table table) {
        for (NumericColumn column : table.numericColumns()) {
            for (int row = 0; row < column.size(); row++) {
                double value = column.get(row);
                if (Double.isInfinite(value)) {
                    String line = table.sourceLine(row).isPresent() ? ":" + table.sourceLine(row).getAsInt() : "";
                    throw new BadInputException(table.source() + line + ": row " + (row + 1) + ", column '"
                            + column.name() + "': " + (value > 0 ? "+" : "-") + "infinity (a number too large for a "
                            + "double, like 1e400, or inf) cannot be drawn; write a finite number or leave the cell empty");
                }
            }
        }
    }

}
