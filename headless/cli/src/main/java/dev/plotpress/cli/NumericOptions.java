package dev.plotpress.cli;

import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The converters every numeric option of every command goes through, so that a value picocli cannot hold
 * ({@code --threads 99999999999}, {@code --dpi 1e400}) is refused in our words, never wrapped around or read as
 * infinity. {@link BadOptionReporter} turns the refusal into the {@code plotpress: error:} line.
 */
final class NumericOptions {
    private NumericOptions() {
    }

    static CommandLine register(CommandLine commandLine) {
        CommandLine.ITypeConverter<Integer> ints = text -> (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        CommandLine.ITypeConverter<Long> longs = text -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
        CommandLine.ITypeConverter<Double> doubles = text -> finite(text, Double.MAX_VALUE);
        CommandLine.ITypeConverter<Float> floats = text -> (float) finite(text, Float.MAX_VALUE);
        return commandLine.registerConverter(int.class, ints).registerConverter(Integer.class, ints)
                .registerConverter(long.class, longs).registerConverter(Long.class, longs)
                .registerConverter(double.class, doubles).registerConverter(Double.class, doubles)
                .registerConverter(float.class, floats).registerConverter(Float.class, floats);
    }

    static long whole(String text, long min, long max) {
        BigDecimal value = number(text.replace("_", ""), "a whole number");
        if (value.stripTrailingZeros().scale() > 0) {
            throw new TypeConversionException("'" + text + "' is not a whole number; give e.g. 4");
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw new OutOfRange(value, min, max);
        }
        return value.longValueExact();
    }

    static double finite(String text, double max) {
        BigDecimal value = number(text, "a number");
        if (value.abs().compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new OutOfRange(value, -max, max);
        }
        return value.doubleValue();
    }

    private static BigDecimal number(String text, String what) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not " + what);
        }
    }

    /** A number that is well written but beyond what the option's type holds. */
    static final class OutOfRange extends TypeConversionException {
        private final transient BigDecimal value;
        private final transient BigDecimal bound;

        OutOfRange(BigDecimal value, double min, double max) {
            this(value, value.signum() < 0 ? exact(min) : exact(max));
        }

        private OutOfRange(BigDecimal value, BigDecimal bound) {
            super(readable(value) + " is " + (bound.signum() < 0 ? "less than the smallest" : "more than the largest")
                    + " value it takes (" + readable(bound) + ")");
            this.value = value;
            this.bound = bound;
        }

        BigDecimal value() {
            return value;
        }

        BigDecimal bound() {
            return bound;
        }

        private static BigDecimal exact(double bound) {
            return Math.abs(bound) <= Long.MAX_VALUE ? BigDecimal.valueOf((long) bound) : new BigDecimal(bound);
        }
    }

    static String readable(BigDecimal value) {
        if (value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 && value.stripTrailingZeros().scale() <= 0) {
            return String.format(Locale.ROOT, "%,d", value.longValueExact());
        }
        return value.round(new java.math.MathContext(3)).toString(); // e.g. 1.00E+400, which no double holds
    }
}
