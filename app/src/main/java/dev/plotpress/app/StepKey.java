package dev.plotpress.app;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * One key of a transform step as a spec file writes it ({@code column}, {@code bins}, {@code as}, ...) and what a
 * form offers for it: a chooser of the table's columns of a type, several of them, a number, a word, a few words,
 * a choice or a yes/no. The core's StepReader says whether a value is right; the form only offers.
 *
 * @param key     the spec key
 * @param input   the control that fills it
 * @param columns the columns a column input offers
 * @param choices what a choice offers
 * @param none    how an optional chooser names "leave the key out" (null: the key is required)
 * @param initial the value the form starts with for the chart as it is (the spec may be null), or null for none
 */
record StepKey(String key, Input input, Predicate<Column> columns, List<String> choices, String none,
               BiFunction<Table, ChartSpec, Object> initial) {

    enum Input { COLUMN, COLUMNS, NUMBER, WORD, WORDS, CHOICE, FLAG }

    static final Predicate<Column> ANY = column -> true;
    static final Predicate<Column> NUMBERS = NumericColumn.class::isInstance;
    static final Predicate<Column> DATES = TemporalColumn.class::isInstance;
    static final Predicate<Column> TEXT = TextColumn.class::isInstance;

    static StepKey column(String key, Predicate<Column> columns, BiFunction<Table, ChartSpec, Object> initial) {
        return new StepKey(key, Input.COLUMN, columns, List.of(), null, initial);
    }

    /** A column chooser whose first entry, {@code none}, leaves the key out. */
    static StepKey optionalColumn(String key, Predicate<Column> columns, String none) {
        return new StepKey(key, Input.COLUMN, columns, List.of(), none, (t, s) -> none);
    }

    static StepKey columns(String key, Predicate<Column> columns, BiFunction<Table, ChartSpec, Object> initial) {
        return new StepKey(key, Input.COLUMNS, columns, List.of(), null, initial);
    }

    static StepKey number(String key, Object initial) {
        return new StepKey(key, Input.NUMBER, ANY, List.of(), null, initial == null ? null : (t, s) -> initial);
    }

    static StepKey word(String key) {
        return new StepKey(key, Input.WORD, ANY, List.of(), null, null);
    }

    /** Comma-separated words, written as a list ({@code as: [measure, celsius]}). */
    static StepKey words(String key) {
        return new StepKey(key, Input.WORDS, ANY, List.of(), null, null);
    }

    /** A choice; {@code none} (when not null) is its first entry and leaves the key out, else {@code initial} is chosen. */
    static StepKey choice(String key, List<String> choices, String none, String initial) {
        return new StepKey(key, Input.CHOICE, ANY, choices, none, (t, s) -> none != null ? none : initial);
    }

    /** A yes/no written only when yes. */
    static StepKey flag(String key) {
        return new StepKey(key, Input.FLAG, ANY, List.of(), null, null);
    }

    /** The names of the columns of {@code table} this key offers, in the table's order. */
    List<String> offered(Table table) {
        return table.columns().stream().filter(columns).map(Column::name).toList();
    }
}
