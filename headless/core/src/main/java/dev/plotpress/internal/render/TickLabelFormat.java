package dev.plotpress.internal.render;

import dev.plotpress.model.ValueFormat;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** The spec's {@code axes.tickFormat} as the NumberFormat JFreeChart's axes take. Formats only; never parses. */
final class TickLabelFormat extends NumberFormat {
    private final ValueFormat format;

    TickLabelFormat(ValueFormat format) {
        this.format = format;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(PlainTickUnits.minus(format.format(number)));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are only written");
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
