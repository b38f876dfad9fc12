package dev.plotpress.internal.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the text of a data cell reads as a number, the way pandas users expect: decimal numbers with an
 * optional sign and exponent ({@code 3}, {@code -0.5}, {@code 1e-3}, {@code .5}), {@code inf} and
 * {@code Infinity}; and which cells are missing: empty, {@code NA}, {@code N/A}, {@code NaN}, {@code null},
 * {@code None} and friends (pandas' default {@code na_values}). Java-only forms such as {@code 1d},
 * {@code 0x1p3} or {@code 7f} are not numbers, so a column of codes like these stays text.
 */
public final class NumberText {
    private static final Pattern INFINITY = Pattern.compile("[+-]?(inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "-nan", "null", "none", "<na>", "#n/a");

    private NumberText() {
    }

    /** True for an empty cell or a missing-value marker such as {@code NA}; null counts as missing too. */
    public static boolean isMissing(String cell) {
        if (cell == null) {
            return true;
        }
        String text = cell.strip();
        return text.length() <= 4 && MISSING.contains(text.toLowerCase(Locale.ROOT)); // no marker is longer
    }

    /** True when the cell is a number or missing (both fit in a numeric column). */
    public static boolean fitsNumericColumn(String cell) {
        try {
            parse(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The cell's value; NaN when missing. Throws NumberFormatException when it is not a number. */
    public static double parse(String cell) {
        if (isMissing(cell)) {
            return Double.NaN;
        }
        String text = cell.strip();
        if (decimalCharacters(text)) {
            return Double.parseDouble(text); // throws for "1e", "1.2.3", "+-1"
        }
        if (INFINITY.matcher(text).matches()) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new NumberFormatException("'" + cell + "' is not a number");
    }

    /** Only digits, signs, points and exponents: keeps Java's 1d, 7f, 0x1p3 and NaN out of parseDouble. */
    private static boolean decimalCharacters(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '+' && c != '-' && c != '.' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }
}
