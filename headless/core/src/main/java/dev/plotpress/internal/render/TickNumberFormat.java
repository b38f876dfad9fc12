package dev.plotpress.internal.render;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** A NumberFormat that only writes tick labels: a long is written as the double it is, and nothing is ever parsed. */
abstract class TickNumberFormat extends NumberFormat {
    @Override
    public final StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return format((double) number, to, pos);
    }

    @Override
    public final Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("tick labels are only written");
    }
}
