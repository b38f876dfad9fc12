package dev.plotpress.transform;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Table;
import dev.plotpress.model.TransformStep;

import java.util.List;

/** A spec's {@code transform:} list applied in order; a step's error names its index and key. */
public final class TransformList {
    private TransformList() {
    }

    public static Table apply(List<TransformStep> steps, Table table) {
        Table result = table;
        for (int i = 0; i < steps.size(); i++) {
            try {
                result = steps.get(i).apply(result);
            } catch (InvalidSpecException e) {
                throw new BadInputException(table.source() + ": transform[" + i + "]." + e.getMessage(), e);
            }
        }
        return result;
    }
}
