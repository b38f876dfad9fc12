package dev.plotpress.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one render leaves out of what it was asked to draw. A render makes its own and hands it down to the
 * chart it builds (never shared, never global); the Figure keeps the sentences. Rows left out for the same
 * reason in the same column are counted together, so a chart says it once: "movies.json: 47 of 3,201 rows
 * have Worldwide Gross <= 0 and are not on the log y axis".
 */
final class Warnings {
    private final String source;
    private final int rows;
    private final Map<String, long[]> leftOut = new LinkedHashMap<>();

    Warnings(String source, int rows) {
        this.source = source;
        this.rows = rows;
    }

    /** {@code count} rows "{@code what}": e.g. "have temp_max <= 0 and are not on the log y axis". */
    void rows(long count, String what) {
        counted(count, rows, "rows " + what);
    }

    /** {@code count} of {@code total} things "{@code what}" (which starts with their name, e.g. "year and source pairs ..."). */
    void counted(long count, long total, String what) {
        if (count > 0) {
            leftOut.merge(what, new long[] {count, total}, (a, b) -> new long[] {a[0] + b[0], a[1]});
        }
    }

    List<String> messages() {
        return leftOut.entrySet().stream()
                .map(e -> source + ": " + thousands(e.getValue()[0]) + " of " + thousands(e.getValue()[1]) + " " + e.getKey())
                .toList();
    }

    private static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
