package dev.plotpress.app;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Table;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.controlsfx.control.CheckComboBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of one transform step made from its keys ({@link StepKey}): a labelled control per key, each with the id
 * {@code <step>-<key>} ({@code bin-column}, {@code fold-as}), filled for the chart as it is when the form is shown.
 * {@link #step()} is the step as a spec file writes it, a key left blank left out, for the core's StepReader to
 * check; a step without keys is its bare name ({@code correlation}).
 */
final class StepForm {
    private final String name;
    private final Table table;
    private final List<StepKey> keys;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final List<Node> rows = new ArrayList<>();

    StepForm(String name, Table table, List<StepKey> keys) {
        this.name = name;
        this.table = table;
        this.keys = List.copyOf(keys);
        for (StepKey key : this.keys) {
            Control control = control(key);
            control.setId(id(key.key()));
            controls.put(key.key(), control);
            Label label = new Label(key.key());
            label.setLabelFor(control);
            label.setMinWidth(Label.USE_PREF_SIZE);
            HBox row = new HBox(4, label, control); // a label stays with its control when the form wraps
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            rows.add(row);
        }
    }

    String name() {
        return name;
    }

    /** The labelled controls, key by key. */
    List<Node> rows() {
        return rows;
    }

    /** The control of {@code key} (a ComboBox, CheckComboBox, TextField or CheckBox). */
    Control control(String key) {
        return controls.get(key);
    }

    /** {@code bin} and {@code column} -> {@code bin-column}; {@code timeUnit} -> {@code time-unit}. */
    String id(String key) {
        String step = name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        return key == null ? step : step + "-" + key.toLowerCase(java.util.Locale.ROOT);
    }

    /** Sets every control to its key's start for {@code spec} (the chart as it is; may be null). */
    void fill(ChartSpec spec) {
        for (StepKey key : keys) {
            Object value = key.initial() == null ? null : key.initial().apply(table, spec);
            Control control = controls.get(key.key());
            switch (key.input()) {
                case COLUMN, CHOICE -> {
                    @SuppressWarnings("unchecked") ComboBox<String> combo = (ComboBox<String>) control;
                    combo.setValue(value != null && combo.getItems().contains(String.valueOf(value)) ? String.valueOf(value)
                            : combo.getItems().isEmpty() ? null : combo.getItems().get(0));
                }
                case COLUMNS -> {
                    @SuppressWarnings("unchecked") CheckComboBox<String> checks = (CheckComboBox<String>) control;
                    checks.getCheckModel().clearChecks();
                    if (value instanceof List<?> names) {
                        names.stream().map(String::valueOf).filter(checks.getItems()::contains).forEach(checks.getCheckModel()::check);
                    }
                }
                case FLAG -> ((CheckBox) control).setSelected(Boolean.TRUE.equals(value));
                default -> ((TextField) control).setText(value == null ? "" : String.valueOf(value));
            }
        }
    }

    /** The step as a spec file writes it: {@code {bin: {column: price, step: 50}}}, or the bare name. */
    Object step() {
        if (keys.isEmpty()) {
            return name;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (StepKey key : keys) {
            Object value = value(key, controls.get(key.key()));
            if (value != null) {
                body.put(key.key(), value);
            }
        }
        return Map.of(name, body);
    }

    private Control control(StepKey key) {
        return switch (key.input()) {
            case COLUMN, CHOICE -> {
                ComboBox<String> combo = new ComboBox<>();
                if (key.none() != null) {
                    combo.getItems().add(key.none());
                }
                combo.getItems().addAll(key.input() == StepKey.Input.CHOICE ? key.choices() : key.offered(table));
                combo.setVisibleRowCount(12);
                combo.setPrefWidth(125);
                yield combo;
            }
            case COLUMNS -> {
                CheckComboBox<String> checks = new CheckComboBox<>();
                checks.getItems().setAll(key.offered(table));
                checks.setPrefWidth(150);
                yield checks;
            }
            case FLAG -> new CheckBox();
            default -> {
                TextField text = new TextField();
                text.setPrefColumnCount(key.input() == StepKey.Input.NUMBER ? 5 : 9);
                text.setPromptText(key.input() == StepKey.Input.WORDS ? "a, b" : key.input() == StepKey.Input.NUMBER ? "number" : "");
                yield text;
            }
        };
    }

    private static Object value(StepKey key, Control control) {
        return switch (key.input()) {
            case COLUMN, CHOICE -> {
                String chosen = ((ComboBox<?>) control).getValue() == null ? null : String.valueOf(((ComboBox<?>) control).getValue());
                yield chosen == null || chosen.equals(key.none()) ? null : chosen;
            }
            case COLUMNS -> {
                List<String> checked = new ArrayList<>(((CheckComboBox<?>) control).getCheckModel().getCheckedItems()
                        .stream().map(String::valueOf).toList());
                yield checked.isEmpty() ? null : checked;
            }
            case FLAG -> ((CheckBox) control).isSelected() ? true : null;
            case NUMBER -> number(((TextField) control).getText());
            case WORDS -> {
                String text = ((TextField) control).getText();
                List<String> words = text == null ? List.of()
                        : Arrays.stream(text.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
                yield words.isEmpty() ? null : words;
            }
            default -> {
                String text = ((TextField) control).getText();
                yield text == null || text.isBlank() ? null : text.strip();
            }
        };
    }

    /** A whole number, a decimal, or the text as typed (which the core refuses with its message). */
    private static Object number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        try {
            long whole = Long.parseLong(trimmed);
            return whole == (int) whole ? (Object) (int) whole : (Object) whole;
        } catch (NumberFormatException notWhole) {
            try {
                return Double.valueOf(trimmed);
            } catch (NumberFormatException notNumber) {
                return trimmed;
            }
        }
    }
}
