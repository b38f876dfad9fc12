package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.internal.model.Suggestion;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every column a spec names is in the table, checked before anything is drawn; a name that is not says which key
 * named it and the column it probably meant ("hue: no column 'origin' (did you mean 'Origin'?)").
 */
final class NamedColumns {
    private NamedColumns() {
    }

    static void requireAll(ChartSpec spec, Table table) {
        Map<String, String> named = new LinkedHashMap<>();
        put(named, "x", spec.x());
        for (int i = 0; i < spec.y().size(); i++) {
            put(named, spec.y().size() == 1 ? "y" : "y." + i, spec.y().get(i));
        }
        for (int i = 0; i < spec.y2().size(); i++) {
            put(named, spec.y2().size() == 1 ? "y2" : "y2." + i, spec.y2().get(i));
        }
        put(named, "hue", spec.hue());
        for (int i = 0; i < spec.scatterMatrix().columns().size(); i++) {
            put(named, "scatterMatrix.columns." + i, spec.scatterMatrix().columns().get(i));
        }
        spec.seriesStyles().keySet().forEach(name -> put(named, "seriesStyles." + name, name));
        List<String> columns = table.columnNames();
        for (Map.Entry<String, String> entry : named.entrySet()) {
            if (!table.has(entry.getValue())) {
                throw new BadInputException(table.source() + ": " + entry.getKey() + ": no column '" + entry.getValue() + "'"
                        + Suggestion.didYouMean(entry.getValue(), columns) + "; the columns are " + quoted(columns)
                        + keptNameHint(spec, entry.getValue()));
            }
        }
    }

    /** A user who truncates dates to years often asks for a column 'year'; the step keeps the date column's name. */
    private static String keptNameHint(ChartSpec spec, String missing) {
        if (spec.data() != null) {
            for (dev.plotpress.model.TransformStep step : spec.data().steps()) {
                if (step instanceof dev.plotpress.transform.TimeUnit truncate && truncate.as() == null
                        && truncate.unit().name().equalsIgnoreCase(missing)) {
                    return "; timeUnit keeps the name of the column it truncates: use '" + truncate.column()
                            + "', or add as: " + missing + " to the step";
                }
            }
        }
        return "";
    }

    /**
     * The numeric column called {@code name}, for {@code role} ("y", "x"). A column of categories says what would
     * work with it instead; a column of numbers with a stray text cell names the cell (the table's own message).
     */
    static NumericColumn numeric(Table table, String name, String role) {
        Column column = table.column(name);
        if (column instanceof TextColumn text && mostlyText(text)) {
            List<String> numbers = table.numericColumns().stream().map(Column::name).toList();
            throw new BadInputException(table.source() + ": " + role + ": column '" + name + "' holds categories ("
                    + examples(text) + "), not numbers; to count its rows draw kind: bar with x: " + name
                    + " and no y, to compare a number across them put it on x or hue with a numeric y"
                    + (numbers.isEmpty() ? "" : " (" + quoted(numbers) + ")"));
        }
        return table.numeric(name);
    }

    private static boolean mostlyText(TextColumn text) {
        int numbers = 0;
        int values = 0;
        for (int row = 0; row < text.size(); row++) {
            String cell = text.get(row);
            if (dev.plotpress.internal.model.NumberText.isMissing(cell)) {
                continue;
            }
            values++;
            numbers += dev.plotpress.internal.model.NumberText.fitsNumericColumn(cell) ? 1 : 0;
        }
        return numbers * 2 < values;
    }

    private static String examples(TextColumn text) {
        List<String> seen = new java.util.ArrayList<>();
        for (int row = 0; row < text.size() && seen.size() < 3; row++) {
            String cell = text.get(row);
            if (cell != null && !cell.isBlank() && !seen.contains(cell.strip())) {
                seen.add(cell.strip());
            }
        }
        return seen.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ")) + ", ...";
    }

    private static void put(Map<String, String> named, String key, String column) {
        if (column != null) {
            named.put(key, column);
        }
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
