package dev.plotpress.internal.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a user probably meant: the same name in other case, else the closest by edit distance (at most a
 * third of the name's letters wrong, rounded down, and at most 3: none for a name of one or two letters), or one the typed text begins ("category" finds "categorical").
 * "origin" finds "Origin", "histogramm" finds "histogram".
 */
public final class Suggestion {
    private Suggestion() {
    }

    public static Optional<String> closest(String typed, Collection<String> names) {
        if (typed == null) {
            return Optional.empty();
        }
        for (String name : names) {
            if (name.equalsIgnoreCase(typed)) {
                return Optional.of(name);
            }
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (lower.length() >= 4 && name.toLowerCase(Locale.ROOT).startsWith(lower)) {
                return Optional.of(name); // "category" for "categorical"
            }
        }
        // relative to the length: one wrong letter of "c" or "ab" is a different name, not a typo
        int allowed = Math.min(3, typed.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int distance = distance(lower, name.toLowerCase(Locale.ROOT));
            // a tie goes to the alphabetically first name, so the hint never depends on a map's order
            if (distance <= allowed && (distance < bestDistance || distance == bestDistance && name.compareTo(best) < 0)) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean 'Origin'?)", or "" when no name is close. */
    public static String didYouMean(String typed, Collection<String> names) {
        return closest(typed, names).map(name -> " (did you mean '" + name + "'?)").orElse("");
    }

    /** "; did you mean 'x'?", or "" when no name is close: for messages that go on after it. */
    public static String hint(String typed, Collection<String> names) {
        return closest(typed, names).map(name -> "; did you mean '" + name + "'?").orElse("");
    }

    /** Levenshtein distance, with a swap of two neighbours counted as one edit (Damerau's optimal string alignment). */
    static int distance(String a, String b) {
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
