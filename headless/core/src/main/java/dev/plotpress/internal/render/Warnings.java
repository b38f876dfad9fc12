package dev.plotpress.internal.render;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one render leaves out of what it was asked to draw. A render makes its own and hands it down to the
 * chart it builds (never shared, never global); the Figure keeps the sentences. Rows left out for the same
 * reason in the same column are counted together, so a chart says it once: "movies.json: 47 of 3,201 rows
 * have Worldwide Gross <= 0 and are not on the log y axis". A faceted figure's panels share one, so it says it
 * once for all of them: "... are not on the log y axis (in 3 of 4 panels)".
 */
final class Warnings {
    private final String source;
    private final int rows;
    private final Map<String, long[]> leftOut = new LinkedHashMap<>();
    private final Map<String, BitSet> panelsOf = new LinkedHashMap<>();
    private int panel = -1;
    private int panels;

    Warnings(String source, int rows) {
        this.source = source;
        this.rows = rows;
    }

    /** What is counted from now on is panel {@code index} of {@code count}. */
    void panel(int index, int count) {
        panel = index;
        panels = count;
    }

    /** {@code count} rows "{@code what}": e.g. "have temp_max <= 0 and are not on the log y axis". */
    void rows(long count, String what) {
        add(count, 0, "rows " + what);
    }

    /**
     * {@code count} of {@code total} things "{@code what}" (which starts with their name, e.g. "year and source pairs
     * ..."); the totals of panels add up, where rows are always of the whole table.
     */
    void counted(long count, long total, String what) {
        add(count, total, what);
    }

    private void add(long count, long total, String what) {
        if (count > 0) {
            leftOut.merge(what, new long[] {count, total}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            if (panel >= 0) {
                panelsOf.computeIfAbsent(what, k -> new BitSet()).set(panel);
            }
        }
    }


    List<String> messages() {
        return leftOut.entrySet().stream().map(e -> {
            long total = e.getKey().startsWith("rows ") ? rows : e.getValue()[1];
            BitSet in = panelsOf.get(e.getKey());
            return source + ": " + thousands(e.getValue()[0]) + " of " + thousands(total) + " " + e.getKey()
                    + (in == null ? "" : " (in " + in.cardinality() + " of " + panels + " panels)");
        }).toList();
    }

    private static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
