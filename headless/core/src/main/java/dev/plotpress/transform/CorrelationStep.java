package dev.plotpress.transform;

import dev.plotpress.model.Table;
import dev.plotpress.model.Transform;
import dev.plotpress.model.TransformStep;

/** The Pearson correlation matrix of the numeric columns (pandas' {@code corr()}), as {@code data.transform: correlation}. */
public record CorrelationStep() implements TransformStep {
    @Override
    public Table apply(Table table) {
        return Transform.CORRELATION.apply(table);
    }

    @Override
    public Object toSpec() {
        return "correlation";
    }
}
