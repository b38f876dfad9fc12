package dev.plotpress.app;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Table;
import javafx.beans.property.ObjectProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes the editor's rows, all bound to the one spec on show and handing edits to {@code apply}; and reads
 * what a person typed into a text row (blank means the default, null in the spec).
 */
record SpecFields(ObjectProperty<ChartSpec> spec, Consumer<Supplier<ChartSpec>> apply) {

    <T> SpecField<T> field(String name, String category, Class<T> type, Function<ChartSpec, T> read,
                           BiFunction<ChartSpec, T, ChartSpec> write) {
        return new SpecField<>(name, category, type, read, write, List.of(), spec, apply, null);
    }

    /** A row whose editor offers exactly {@code choices}. */
    SpecField<String> choice(String name, String category, List<String> choices, Function<ChartSpec, String> read,
                             BiFunction<ChartSpec, String, ChartSpec> write) {
        return new SpecField<>(name, category, String.class, read, write, choices, spec, apply, null);
    }

    /** A text row for a number that may be left blank: {@code field} is the spec's name for it, used in messages. */
    SpecField<String> number(String name, String category, String field, Function<ChartSpec, Double> read,
                             BiFunction<ChartSpec, Double, ChartSpec> write) {
        return field(name, category, String.class, s -> text(read.apply(s)), (s, v) -> write.apply(s, number(field, v)));
    }

    /** A text row for free text where blank means the default. */
    SpecField<String> text(String name, String category, Function<ChartSpec, String> read,
                           BiFunction<ChartSpec, String, ChartSpec> write) {
        return field(name, category, String.class, read, (s, v) -> write.apply(s, blankToNull(v)));
    }

    static String text(Double value) {
        return value == null ? "" : String.valueOf(value);
    }

    static Double number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field + ": '" + text + "' is not a number; type e.g. 0.5, or leave it blank for the default");
        }
    }

    static Integer wholeNumber(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field + ": '" + text + "' is not a whole number; type e.g. 20, or leave it blank for the default");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Comma-separated column names, each a numeric column of {@code table} (else the table's message naming it). */
    static List<String> numericColumns(String text, Table table) {
        List<String> names = new ArrayList<>();
        for (String name : text == null ? new String[0] : text.split(",")) {
            if (!name.isBlank()) {
                names.add(table.numeric(name.trim()).name());
            }
        }
        return names;
    }
}
