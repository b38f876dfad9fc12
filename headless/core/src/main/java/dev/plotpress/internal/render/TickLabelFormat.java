package dev.plotpress.internal.render;

import dev.plotpress.model.ValueFormat;

import java.text.FieldPosition;

/** The spec's {@code axes.tickFormat} as the NumberFormat JFreeChart's axes take. Formats only; never parses. */
final class TickLabelFormat extends TickNumberFormat {
    private final ValueFormat format;

    TickLabelFormat(ValueFormat format) {
        this.format = format;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(PlainTickUnits.minus(format.format(number)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TickLabelFormat other && other.format.equals(format);
    }

    @Override
    public int hashCode() {
        return format.hashCode();
    }
}
