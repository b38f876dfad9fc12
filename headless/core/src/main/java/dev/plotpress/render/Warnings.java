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
    private final Map<String, Long> leftOut = new LinkedHashMap<>();
    private final java.util.Set<String> notes = new java.util.LinkedHashSet<>();

    Warnings(String source, int rows) {
        this.source = source;
        this.rows = rows;
    }

    /** {@code count} rows "{@code what}": e.g. "have temp_max <= 0 and are not on the log y axis". */
    void rows(long count, String what) {
        if (count > 0) {
            leftOut.merge(what, count, Long::sum);
        }
    }

    /** Something drawn other than asked that is not about rows: "x 'Name': 104 of its 311 names are labelled ...". */
    void note(String sentence) {
        notes.add(sentence);
    }

    List<String> messages() {
        return java.util.stream.Stream.concat(leftOut.entrySet().stream()
                .map(e -> source + ": " + thousands(e.getValue()) + " of " + thousands(rows)
                        + " rows " + e.getKey()), notes.stream().map(note -> source + ": " + note))
                .toList();
    }

    private static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
