package dev.plotpress.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * A number format as a spec writes it: Python's {@code .2g} / {@code .3f} (what seaborn's {@code fmt}
 * takes) or Java's {@code %.2f}. {@code g} trims trailing zeros as Python does, so 1.0 prints as "1".
 */
public record ValueFormat(String pattern) {

    public static ValueFormat of(String field, String pattern) {
        ValueFormat format = new ValueFormat(pattern);
        try {
            format.format(1.5);
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException(field, "'" + pattern + "' is not a number format; write e.g. .2g, .3f or %.2f");
        }
        return format;
    }

    public String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (pattern.startsWith("%")) {
            return String.format(Locale.ROOT, pattern, value);
        }
        if (pattern.matches("\\.\\d+g")) {
            int digits = Math.max(1, Integer.parseInt(pattern.substring(1, pattern.length() - 1)));
            if (value == 0) {
                return "0";
            }
            BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
            int exponent = rounded.precision() - rounded.scale() - 1;
            return exponent < -4 || exponent >= digits ? String.format(Locale.ROOT, "%." + (digits - 1) + "e", value)
                    : rounded.toPlainString();
        }
        if (pattern.matches("\\.\\d+f")) {
            return String.format(Locale.ROOT, "%" + pattern, value);
        }
        throw new IllegalArgumentException(pattern);
    }
}
