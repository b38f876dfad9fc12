package dev.plotpress.internal.render;

import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.util.Locale;

/**
 * Tick sizes of 1, 2 or 5 times a power of ten, labelled the same on every machine: a dot for the decimal
 * point, no thousands separator, as many decimals as the tick size needs (0.25 -> "0.50", 200 ->
 * "1000"), a real minus sign, millions as "300M" once the steps reach 100,000, and powers of ten ("2.5e+15") from
 * steps of 1e15 up and below 1e-5. JFreeChart's own units follow the default locale, which would
 * make the same spec give different bytes on a German desktop, and build eight DecimalFormats per axis.
 */
final class PlainTickUnits implements TickUnitSource {
    private static final double[] MULTIPLES = {1, 2, 5, 10};

    private final boolean integers;

    PlainTickUnits(boolean integers) {
        this.integers = integers;
    }

    @Override
    public TickUnit getLargerTickUnit(TickUnit unit) {
        return unit(ceiling(unit.getSize() * 1.0001));
    }

    @Override
    public TickUnit getCeilingTickUnit(TickUnit unit) {
        return unit(ceiling(unit.getSize()));
    }

    @Override
    public TickUnit getCeilingTickUnit(double size) {
        return unit(ceiling(size));
    }

    private double ceiling(double size) {
        if (!(size > 0) || Double.isInfinite(size)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(size)));
        for (double multiple : MULTIPLES) {
            double step = multiple * magnitude;
            if (step >= size * (1 - 1e-9)) {
                return integers ? Math.max(1, Math.rint(step)) : step;
            }
        }
        return 10 * magnitude;
    }

    /** A tick unit of {@code size}, labelled with the decimals it needs and nothing from the locale. */
    static NumberTickUnit unit(double size) {
        if (size >= 1e15 || size < 1e-5) {
            return new NumberTickUnit(size, new PowerOfTenFormat(size));
        }
        // steps of 100,000 and more read as millions (300M), billions (1.5B) and trillions, as people write them
        double scale = size >= 1e11 ? 1e12 : size >= 1e8 ? 1e9 : size >= 1e5 ? 1e6 : 1;
        String suffix = scale == 1e12 ? "T" : scale == 1e9 ? "B" : scale == 1e6 ? "M" : "";
        int decimals = Math.max(0, BigDecimal.valueOf(size / scale).round(new MathContext(6)).stripTrailingZeros().scale());
        return new NumberTickUnit(size, new TickLabelFormat(decimals, scale, suffix));
    }

    /** A tick label with a real minus sign (U+2212), as matplotlib writes it: a hyphen is shorter and reads as a dash. */
    static String minus(String label) {
        return label.startsWith("-") ? "\u2212" + label.substring(1) : label;
    }

    /**
     * Steps from 1e15 up and below 1e-5 as matplotlib's %g: "2.5e+15", "1.1e−11". Written out in full, 1e100
     * took most of the chart's width (and 1e200 all of it, leaving nothing drawn), and 1e-11 needed 12 decimals.
     */
    private static final class PowerOfTenFormat extends TickNumberFormat {
        /** The power of ten of the step's last digit: each label has the digits down to it and no more. */
        private final int lastDigit;

        PowerOfTenFormat(double size) {
            lastDigit = BigDecimal.valueOf(size).round(new MathContext(6)).stripTrailingZeros().scale();
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            if (!Double.isFinite(number)) {
                return to.append(number);
            }
            BigDecimal value = BigDecimal.valueOf(number).setScale(lastDigit, RoundingMode.HALF_EVEN).stripTrailingZeros();
            if (value.signum() == 0) {
                return to.append('0');
            }
            String digits = value.unscaledValue().abs().toString();
            int exponent = digits.length() - 1 - value.scale();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String power = String.format(Locale.ROOT, "%02d", Math.abs(exponent));
            return to.append(value.signum() < 0 ? "\u2212" : "").append(mantissa)
                    .append(exponent < 0 ? "e\u2212" : "e+").append(power);
        }
    }

    /** Plain digits with a fixed number of decimals. */
    private static final class TickLabelFormat extends TickNumberFormat {
        private final int decimals;
        private final double scale;
        private final String suffix;

        TickLabelFormat(int decimals, double scale, String suffix) {
            this.decimals = decimals;
            this.scale = scale;
            this.suffix = suffix;
            setGroupingUsed(false);
            setMinimumFractionDigits(decimals);
            setMaximumFractionDigits(decimals);
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            if (!Double.isFinite(number)) {
                return to.append(number);
            }
            // BigDecimal has no negative zero, so -0.001 at two decimals reads "0.00" as in matplotlib
            BigDecimal value = BigDecimal.valueOf(number / scale).setScale(decimals, RoundingMode.HALF_EVEN);
            String digits = value.toPlainString();
            return to.append(value.signum() == 0 ? digits : minus(digits) + suffix);
        }
    }
}
