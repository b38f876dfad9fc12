package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.CategoryOrder;
import dev.plotpress.model.Column;
import dev.plotpress.internal.model.Suggestion;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;
import dev.plotpress.model.ValueFormat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distinct values of a column as the categories of a categorical axis, in seaborn's order: text in order of
 * first appearance (or the order a transform gave its categories), numbers sorted. {@code codes[row]} is the row's category, or -1 when the row has no value.
 */
record Categories(List<String> names, int[] codes) {
    private static final ValueFormat NUMBER = new ValueFormat(".6g");

    static Categories of(Column column) {
        int[] codes = new int[column.size()];
        if (column instanceof TextColumn text) {
            // in the column's own order of categories: first appearance as read, or the order a transform gave
            // (top: the kept categories largest first, then "other")
            List<String> dictionary = text.categories();
            boolean[] used = new boolean[dictionary.size()];
            for (int row = 0; row < codes.length; row++) {
                int code = text.code(row);
                if (code >= 0) {
                    used[code] = true;
                }
            }
            Map<String, Integer> seen = new LinkedHashMap<>();
            int[] category = new int[dictionary.size()];
            for (int code = 0; code < category.length; code++) {
                String value = dictionary.get(code);
                category[code] = !used[code] || value.isBlank() ? -1 : seen.computeIfAbsent(value.strip(), k -> seen.size());
            }
            for (int row = 0; row < codes.length; row++) {
                int code = text.code(row);
                codes[row] = code < 0 ? -1 : category[code];
            }
            return new Categories(List.copyOf(seen.keySet()), codes);
        }
        if (column instanceof TemporalColumn time) {
            return sortedTimes(time);
        }
        NumericColumn numbers = (NumericColumn) column;
        TreeMap<Double, Integer> sorted = new TreeMap<>();
        for (int row = 0; row < codes.length; row++) {
            double value = numbers.get(row);
            if (!Double.isNaN(value)) {
                sorted.put(value, 0);
            }
        }
        Map<Double, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>(sorted.size());
        for (Double value : sorted.keySet()) {
            index.put(value, names.size());
            names.add(NUMBER.format(value));
        }
        for (int row = 0; row < codes.length; row++) {
            double value = numbers.get(row);
            codes[row] = Double.isNaN(value) ? -1 : index.get(value);
        }
        return new Categories(List.copyOf(names), codes);
    }

    /**
     * Row {@code row}'s value as a category's name, the one spelling of hue levels, facet titles, axis categories and
     * heatmap rows: text stripped, a number in up to 6 significant digits, a date at its column's
     * {@link dev.plotpress.model.DatePrecision} (2012 for years); null when the row has none.
     */
    static String nameOf(Column column, int row) {
        if (column instanceof TextColumn text) {
            String value = text.get(row);
            return value == null || value.isBlank() ? null : value.strip();
        }
        if (column instanceof TemporalColumn time) {
            return time.text(row);
        }
        double number = ((NumericColumn) column).get(row);
        return Double.isNaN(number) ? null : NUMBER.format(number);
    }

    /** Dates as categories, in time order, each named at the column's precision. */
    private static Categories sortedTimes(TemporalColumn time) {
        int[] codes = new int[time.size()];
        TreeMap<Double, String> sorted = new TreeMap<>();
        for (int row = 0; row < codes.length; row++) {
            if (!time.isMissing(row)) {
                sorted.putIfAbsent(time.get(row), time.text(row));
            }
        }
        Map<Double, Integer> index = new HashMap<>();
        for (Double value : sorted.keySet()) {
            index.put(value, index.size());
        }
        for (int row = 0; row < codes.length; row++) {
            codes[row] = time.isMissing(row) ? -1 : index.get(time.get(row));
        }
        return new Categories(List.copyOf(sorted.values()), codes);
    }

    /** Every row its own category, named by its number (a chart without x). */
    static Categories rows(int count) {
        int[] codes = new int[count];
        List<String> names = new ArrayList<>(count);
        for (int row = 0; row < count; row++) {
            codes[row] = row;
            names.add(Integer.toString(row));
        }
        return new Categories(List.copyOf(names), codes);
    }

    int size() {
        return names.size();
    }

    long missing() {
        long n = 0;
        for (int code : codes) {
            n += code < 0 ? 1 : 0;
        }
        return n;
    }

    /**
     * The positions of {@code names} in the order {@code arranged} asks for: the listed ones first (a listed name
     * this chart lacks is passed over: {@link #requireListed} has checked the whole table), the rest in their usual
     * order; or sorted by {@code values} (NaN last), ties in the usual order.
     */
    static int[] arrangement(List<String> names, CategoryOrder arranged, double[] values) {
        List<Integer> positions = new ArrayList<>();
        for (String listed : arranged.order()) {
            int at = names.indexOf(listed);
            if (at >= 0) {
                positions.add(at);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (!positions.contains(i)) {
                positions.add(i);
            }
        }
        if (arranged.sort() != null) {
            java.util.Comparator<Integer> byValue = java.util.Comparator.comparingDouble(i -> values[i]);
            if (arranged.sort() == CategoryOrder.Sort.DESCENDING) {
                byValue = byValue.reversed();
            }
            java.util.Comparator<Integer> nanLast = java.util.Comparator.comparing(i -> Double.isNaN(values[i]));
            positions.sort(nanLast.thenComparing(byValue));
        }
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Refuses an {@code order} that names a category no row has: almost always a misspelling. */
    static void requireListed(CategoryOrder arranged, List<String> names, String what, String source) {
        for (String listed : arranged.order()) {
            if (!names.contains(listed)) {
                throw new BadInputException(source + ": order: " + what + " has no value '" + listed + "'"
                        + Suggestion.didYouMean(listed, names) + "; its values are " + String.join(", ", names));
            }
        }
    }
}
