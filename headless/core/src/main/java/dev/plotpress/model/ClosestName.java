package dev.plotpress.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The name a user most likely meant: the same but for case, else the one a typo or two away. */
public final class ClosestName {
    private ClosestName() {
    }

    public static Optional<String> of(String written, Collection<String> names) {
        for (String name : names) {
            if (name.equalsIgnoreCase(written)) {
                return Optional.of(name);
            }
        }
        String lower = written.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (lower.length() >= 4 && name.toLowerCase(Locale.ROOT).startsWith(lower)) {
                return Optional.of(name); // "category" for "categorical"
            }
        }
        String best = null;
        int bestDistance = Math.max(1, Math.min(3, written.length() / 3)) + 1;
        for (String name : names) {
            int distance = distance(lower, name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "; did you mean 'x'?" or nothing. */
    public static String hint(String written, Collection<String> names) {
        return of(written, names).map(n -> "; did you mean '" + n + "'?").orElse("");
    }

    /** Edits (insert, delete, change, swap two neighbours) from a to b: optimal string alignment distance. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
