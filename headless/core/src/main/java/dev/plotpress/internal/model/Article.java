package dev.plotpress.internal.model;

import java.util.List;
import java.util.Locale;

/**
 * "a" or "an" before a word in a message, by how the word sounds: an age, an hour, a year, a unit, a one-off, and a
 * letter by its name (an x, a y).
 */
public final class Article {
    private static final List<String> SOUNDS_LIKE_YOU_OR_W = List.of("uni", "use", "usu", "uti", "ure", "eu", "one", "once");
    private static final List<String> SILENT_H = List.of("hour", "honest", "honor", "honour", "heir");

    private Article() {
    }

    /** {@code word} after its article: "a year", "an age". */
    public static String before(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() == 1) {
            return ("aefhilmnorsx".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + word;
        }
        boolean vowel = !lower.isEmpty() && "aeiou".indexOf(lower.charAt(0)) >= 0;
        boolean an = vowel ? SOUNDS_LIKE_YOU_OR_W.stream().noneMatch(lower::startsWith) : SILENT_H.stream().anyMatch(lower::startsWith);
        return (an ? "an " : "a ") + word;
    }
}
