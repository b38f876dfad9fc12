package dev.plotpress.model;

import dev.plotpress.internal.model.Limit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A number format as a spec writes it: Python's {@code .2g} / {@code .3f} (what seaborn's {@code fmt}
 * takes) or Java's {@code %.2f}. {@code g} trims trailing zeros as Python does, so 1.0 prints as "1"; {@code g} and
 * {@code f} give exactly what Python's {@code format(value, pattern)} gives.
 */
public record ValueFormat(String pattern) {

    public static ValueFormat of(String field, String pattern) {
        if (!Limit.FORMAT_CHARS.allows(pattern.length())) {
            throw new InvalidSpecException(field, Limit.FORMAT_CHARS.exceeded(pattern.length(), "write e.g. .2g"));
        }
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d+").matcher(pattern);
        while (digits.find()) {
            String number = digits.group();
            long width = number.length() > 18 ? Long.MAX_VALUE : Long.parseLong(number);
            if (!Limit.FORMAT_WIDTH.allows(width)) {
                throw new InvalidSpecException(field, "'" + pattern + "': "
                        + Limit.FORMAT_WIDTH.exceeded(width, "write e.g. .2g or %.3f"));
            }
        }
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
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        // Python rounds the double's exact binary value half to even: format(0.125, ".2g") is 0.12, format(2.675,
        // ".2f") is 2.67 (the double is just below 2.675); and a negative value that rounds to zero keeps its sign
        String sign = value < 0 || (value == 0 && 1 / value < 0) ? "-" : "";
        BigDecimal exact = new BigDecimal(Math.abs(value));
        if (dotDigits('g')) {
            int digits = Math.max(1, Integer.parseInt(pattern.substring(1, pattern.length() - 1)));
            if (value == 0) {
                return sign + "0";
            }
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            int exponent = rounded.precision() - rounded.scale() - 1;
            if (exponent < -4 || exponent >= digits) {
                // Python's g drops the mantissa's trailing zeros too, and writes at least two exponent digits: 1e-05
                String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
                return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
            }
            return sign + rounded.toPlainString();
        }
        if (dotDigits('f')) {
            return sign + exact.setScale(Integer.parseInt(pattern.substring(1, pattern.length() - 1)), RoundingMode.HALF_EVEN)
                    .toPlainString();
        }
        throw new IllegalArgumentException(pattern);
    }

    /** The pattern is {@code .DIGITSkind}; by hand rather than a regular expression: a heatmap formats every cell. */
    private boolean dotDigits(char kind) {
        int last = pattern.length() - 1;
        if (last < 2 || pattern.charAt(0) != '.' || pattern.charAt(last) != kind) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            if (pattern.charAt(i) < '0' || pattern.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
