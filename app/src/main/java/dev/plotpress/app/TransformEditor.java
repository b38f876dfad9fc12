package dev.plotpress.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Table;
import dev.plotpress.model.TransformStep;
import dev.plotpress.transform.StepReader;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The spec's {@code transform:} list, a step a line, each written as a spec file writes it
 * ({@code filter: {column: symbol, op: "==", value: AAPL}}): add any step the core reads from its typed form
 * ({@link StepForms}), edit the selected step's text and press Enter, or remove it. Every change goes through the core's StepReader, so a step
 * the spec file would refuse is refused here with the same message, in the status bar.
 */
final class TransformEditor {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_ ().-]*");

    private final ObjectProperty<ChartSpec> spec;
    private final Consumer<Supplier<ChartSpec>> apply;
    private final Table table;
    private final ListView<String> steps = new ListView<>();
    private final TextField text = new TextField();
    private final VBox node;
    private final StepForms forms;
    private final Consumer<String> note;

    TransformEditor(ObjectProperty<ChartSpec> spec, Table table, Consumer<Supplier<ChartSpec>> apply, Consumer<String> note) {
        this.spec = spec;
        this.table = table;
        this.apply = apply;
        this.note = note;
        steps.setId("transform-list");
        steps.setPrefHeight(90);
        steps.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true); // a long step reads whole, not cut at the sheet's edge
                prefWidthProperty().bind(list.widthProperty().subtract(18));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        text.setId("transform-step");
        text.setPromptText("the selected step; Enter");
        text.setOnAction(event -> replaceSelected(text.getText()));
        steps.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> text.setText(now == null ? "" : now));
        forms = new StepForms(table, spec::get, step -> add(flow(step)));
        Button remove = button("remove-step", "Remove selected", this::removeSelected);
        Label title = new Label("Transforms, applied in order");
        title.setStyle("-fx-font-weight: bold;");
        text.setTooltip(new javafx.scene.control.Tooltip("any step as a spec file writes it, e.g. fold or pivot; Enter"));
        HBox edit = new HBox(6, text, remove);
        HBox.setHgrow(text, Priority.ALWAYS);
        node = new VBox(4, title, steps, edit, forms.node());
        node.setId("transform-editor");
        node.setMinHeight(Region.USE_PREF_SIZE); // the sheet's divider stops above the forms, never cuts them off
        node.setPadding(new Insets(6));
        spec.addListener((o, old, now) -> {
            show(now);
            if (old == null && now != null) {
                forms.fill();
            }
        });
    }

    VBox node() {
        return node;
    }

    ListView<String> list() {
        return steps;
    }

    StepForms forms() {
        return forms;
    }

    TextField stepText() {
        return text;
    }

    private void show(ChartSpec current) {
        List<String> lines = current == null ? List.of()
                : current.data().steps().stream().map(step -> flow(step.toSpec())).toList();
        if (!lines.equals(steps.getItems())) {
            int selected = steps.getSelectionModel().getSelectedIndex();
            steps.getItems().setAll(lines);
            if (selected >= 0 && selected < lines.size()) {
                steps.getSelectionModel().select(selected);
            }
        }
    }

    /** Appends {@code step} (spec text) to the list; the chart follows a step that reshapes its columns ({@link ChartFollow}). */
    void add(String step) {
        List<String> lines = new ArrayList<>(steps.getItems());
        lines.add(step);
        if (commit(lines, true)) {
            steps.getSelectionModel().select(lines.size() - 1);
        }
    }

    /** The selected step becomes {@code step} (spec text). */
    void replaceSelected(String step) {
        int index = steps.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            add(step);
            return;
        }
        List<String> lines = new ArrayList<>(steps.getItems());
        lines.set(index, step);
        commit(lines, false);
    }

    void removeSelected() {
        int index = steps.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            List<String> lines = new ArrayList<>(steps.getItems());
            lines.remove(index);
            commit(lines, false);
        }
    }

    /**
     * Hands on the spec with these steps, fitted to the last one when {@code follow}; true when the chart took them
     * (else the status bar says why).
     */
    private boolean commit(List<String> lines, boolean follow) {
        ChartSpec current = spec.get();
        boolean[] built = new boolean[1];
        apply.accept(() -> {
            List<TransformStep> read = read(lines);
            ChartSpec next = current.toBuilder().data(current.data().withSteps(read)).build();
            if (follow) {
                ChartFollow fitted = ChartFollow.after(next, read.get(read.size() - 1), table);
                next = fitted.spec();
                if (fitted.note() != null) {
                    note.accept(flow(read.get(read.size() - 1).toSpec()).replaceFirst(":.*", "") + ": " + fitted.note());
                }
            }
            built[0] = true;
            return next;
        });
        return built[0] && spec.get() != current;
    }

    private static List<TransformStep> read(List<String> lines) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                Object item = YAML.readValue(lines.get(i), Object.class);
                items.add(item == null ? "" : item);
            } catch (JsonProcessingException e) {
                String first = e.getOriginalMessage().lines().findFirst().orElse("").strip();
                throw new BadInputException("transform[" + i + "]: this is not valid YAML: " + first
                        + "; write a step as e.g. filter: {column: symbol, op: \"==\", value: AAPL}");
            }
        }
        return StepReader.read(items);
    }

    /** A step (maps, lists, scalars) as one line of YAML flow style, quoting only what YAML would misread. */
    static String flow(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.values().iterator().next() instanceof Map<?, ?> body && isStepName(map.keySet().iterator().next())) {
                return map.keySet().iterator().next() + ": " + flow(body);
            }
            Map<String, Object> ordered = new LinkedHashMap<>();
            map.forEach((k, v) -> ordered.put(String.valueOf(k), v));
            return ordered.entrySet().stream().map(e -> flow(e.getKey()) + ": " + flow(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TransformEditor::flow).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Number || value instanceof Boolean || value == null) {
            return String.valueOf(value);
        }
        String s = value.toString();
        boolean plain = PLAIN.matcher(s).matches() && !s.endsWith(" ")
                && !List.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~").contains(s.toLowerCase(java.util.Locale.ROOT));
        return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean isStepName(Object key) {
        return List.of("filter", "aggregate", "bin", "timeUnit", "fold", "pivot", "sort", "top", "correlation").contains(String.valueOf(key));
    }

    private static Button button(String id, String label, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
