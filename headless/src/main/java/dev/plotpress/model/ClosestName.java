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

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
