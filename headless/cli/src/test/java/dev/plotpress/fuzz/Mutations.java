package dev.plotpress.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Text mutations of a valid input, in the tokens its format is made of: delete, insert or replace a stretch,
 * repeat a line, cut the end off. Valid inputs mutated a few times reach deep into the readers, where random
 * bytes would stop at the first character.
 */
final class Mutations {
    private Mutations() {
    }

    static Arbitrary<String> of(List<String> seeds, List<String> tokens) {
        Arbitrary<String> seed = Arbitraries.of(seeds);
        Arbitrary<List<Edit>> edits = edit(tokens).list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(seed, edits).as((text, list) -> {
            String mutated = text;
            for (Edit e : list) {
                mutated = e.apply(mutated);
            }
            return mutated;
        });
    }

    private static Arbitrary<Edit> edit(List<String> tokens) {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(tokens),
                Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t', '\u00e9', '\uFEFF', '\u0000').ofMaxLength(8));
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 4);
        return Combinators.combine(kind, where, length, token).as(Edit::new);
    }

    private record Edit(int kind, double where, int length, String token) {
        String apply(String text) {
            int at = (int) (where * text.length());
            int end = Math.min(text.length(), at + length);
            return switch (kind) {
                case 0 -> text.substring(0, at) + text.substring(end);
                case 1 -> text.substring(0, at) + token + text.substring(at);
                case 2 -> text.substring(0, at) + token + text.substring(end);
                case 3 -> {
                    int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
                    int lineEnd = text.indexOf('\n', at);
                    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd + 1);
                    yield text.substring(0, lineStart) + line + line + text.substring(lineStart + line.length());
                }
                default -> text.substring(0, at);
            };
        }
    }
}
