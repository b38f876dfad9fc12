package dev.plotpress.render;

import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * JFreeChart's 1-2-5 tick sizes, labelled the same on every machine: a dot for the decimal point, no
 * thousands separator, and as many decimals as the tick size needs (0.25 -> "0.50", 200 -> "1000"), as
 * matplotlib labels its ticks. JFreeChart's own labels follow the default locale, which would make the
 * same spec give different bytes on a German desktop.
 */
final class PlainTickUnits implements TickUnitSource {
    private final NumberTickUnitSource sizes;

    PlainTickUnits(boolean integers) {
        this.sizes = new NumberTickUnitSource(integers);
    }

    @Override
    public TickUnit getLargerTickUnit(TickUnit unit) {
        // asked by size, not by unit: NumberTickUnitSource compares units with their formats
        return labelled(sizes.getCeilingTickUnit(unit.getSize() * 1.0001));
    }

    @Override
    public TickUnit getCeilingTickUnit(TickUnit unit) {
        return labelled(sizes.getCeilingTickUnit(unit.getSize()));
    }

    @Override
    public TickUnit getCeilingTickUnit(double size) {
        return labelled(sizes.getCeilingTickUnit(size));
    }

    private static TickUnit labelled(TickUnit unit) {
        return unit(unit.getSize());
    }

    /** A tick unit of {@code size}, labelled with the decimals it needs and nothing from the locale. */
    static NumberTickUnit unit(double size) {
        int decimals = Math.max(0, BigDecimal.valueOf(size).round(new MathContext(6)).stripTrailingZeros().scale());
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return new NumberTickUnit(size, format);
    }
}
