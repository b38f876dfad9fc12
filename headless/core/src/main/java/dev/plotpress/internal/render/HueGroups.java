package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.Column;
import dev.plotpress.internal.model.Limit;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a table split by the values of a {@code hue} column, in order of first appearance (seaborn's
 * order for unsorted data): one series, colour and legend entry per value. Rows with no hue value are left out.
 */
record HueGroups(String column, List<String> names, List<int[]> rows) {
    /** The groups ({@link #of(Table, String, List)}); the rows with no hue value are counted in {@code warnings}. */
    static HueGroups of(Table table, String hue, List<String> order, Warnings warnings) {
        HueGroups groups = of(table, hue, order);
        warnings.rows(table.rowCount() - groups.rows.stream().mapToLong(r -> r.length).sum(),
                "have no " + hue + " value and are left out");
        return groups;
    }

    static HueGroups of(Table table, String hue) {
        return of(table, hue, List.of());
    }

    /**
     * Groups in {@code order} first (kept even when a value has no rows here, so a facet panel without one group
     * still gives every other group its colour), then the values not listed, in order of appearance.
     */
    static HueGroups of(Table table, String hue, List<String> order) {
        // more groups than anyone can tell apart in a legend: almost always the wrong column
        return grouped(table, "hue", hue, order, Limit.HUE_GROUPS, table.column(hue) instanceof NumericColumn
                ? "bin it first (transform: [{bin: {column: " + hue + "}}]) or choose a column of categories"
                : "choose a column of categories");
    }

    /**
     * One panel per value of {@code column}, which the spec names at {@code field} (facet.column or facet.row), in
     * the order hue groups take ({@code order} first); more values than {@link Limit#FACET_PANELS} are refused with how to have fewer.
     */
    static HueGroups facet(Table table, String field, String name, List<String> order) {
        Column column = table.column(name);
        String fewer = column instanceof TextColumn
                ? "keep the largest few (transform: [{top: {column: " + name + ", n: 10}}]) or filter the rows"
                : "bin it first (transform: [{bin: {column: " + name + "}}]) or filter the rows";
        return grouped(table, field, name, order, Limit.FACET_PANELS, fewer);
    }

    private static HueGroups grouped(Table table, String field, String hue, List<String> order, Limit limit, String fewer) {
        Column column = table.column(hue);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (String value : order) {
            groups.put(value, new ArrayList<>());
        }
        for (int row = 0; row < table.rowCount(); row++) {
            String value = Categories.nameOf(column, row);
            if (value != null) {
                groups.computeIfAbsent(value, k -> new ArrayList<>()).add(row);
            }
        }
        if (groups.values().stream().allMatch(List::isEmpty)) {
            throw new BadInputException(table.source() + ": " + field + " column '" + hue + "' is empty; fill it in or drop "
                    + field);
        }
        limit.check(groups.size(), table.source() + ": " + field + ": column '" + hue + "'", fewer);
        if (order.isEmpty() && column instanceof NumericColumn) {
            groups = numericOrder(groups, (NumericColumn) column); // seaborn sorts numeric hue levels: 3, 4, 5, 6, 8 cylinders, not as they come
        }
        List<int[]> rows = groups.values().stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toList();
        return new HueGroups(hue, List.copyOf(groups.keySet()), rows);
    }

    private static Map<String, List<Integer>> numericOrder(Map<String, List<Integer>> groups, NumericColumn column) {
        Map<String, List<Integer>> sorted = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble(group -> column.get(group.getValue().get(0))))
                .forEach(group -> sorted.put(group.getKey(), group.getValue()));
        return sorted;
    }

    int size() {
        return names.size();
    }

    /** {@code values} at the rows of group {@code group}. */
    double[] pick(double[] values, int group) {
        int[] picked = rows.get(group);
        double[] result = new double[picked.length];
        for (int i = 0; i < picked.length; i++) {
            result[i] = values[picked[i]];
        }
        return result;
    }
}
