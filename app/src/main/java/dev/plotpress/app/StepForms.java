package dev.plotpress.app;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Column;
import dev.plotpress.internal.model.DefaultChart;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.transform.Statistic;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A typed form per transform step the core reads, a tab each: filter and aggregate made here (choosers for the
 * table's columns, the operators and statistics the core takes, and a value), the others from their keys
 * ({@link TransformSteps}). Add hands the step on as a spec file writes it, so the core's step reader checks it and
 * its message reaches the status bar.
 */
final class StepForms {
    /** How the aggregate and top forms name "no column": count the rows. */
    static final String ROWS = "(rows)";
    /** About the sheet's narrowest width: the forms' rows wrap there. */
    private static final double WRAP = 250;
    static final List<String> OPS = List.of("==", "!=", "<", "<=", ">", ">=", "in", "not in", "is null", "not null");

    private final Table table;
    private final Supplier<ChartSpec> spec;
    private final Consumer<Object> add;
    /** Which step's form is shown: nine tabs would not fit beside the chart, a chooser does. */
    private final ComboBox<String> chooser = combo("step-chooser");
    private final Map<String, Pane> formsByTitle = new LinkedHashMap<>();
    private final VBox node;

    final ComboBox<String> filterColumn = combo("filter-column");
    final ComboBox<String> filterOp = combo("filter-op");
    final ComboBox<String> filterValue = combo("filter-value");
    final CheckComboBox<String> groupBy = new CheckComboBox<>();
    final ComboBox<String> statistic = combo("aggregate-statistic");
    final ComboBox<String> measure = combo("aggregate-column");
    /** The forms made from their keys alone (time unit, top, bin, fold, pivot, sort, correlation). */
    final List<StepForm> keyed;

    StepForms(Table table, Supplier<ChartSpec> spec, Consumer<Object> add) {
        this.table = table;
        this.spec = spec;
        this.add = add;
        List<String> numbers = table.numericColumns().stream().map(Column::name).toList();
        List<String> withRows = new ArrayList<>(List.of(ROWS));
        withRows.addAll(numbers);

        filterColumn.getItems().setAll(table.columnNames());
        filterOp.getItems().setAll(OPS);
        filterOp.setPrefWidth(95);
        filterValue.setEditable(true);
        filterValue.setPromptText("value (in: a, b)");
        filterColumn.valueProperty().addListener((o, old, now) -> offerValues(now));
        // a column of a few categories first (cars.json: Origin, not the 300 names)
        filterColumn.setValue(table.textColumns().stream().filter(c -> !c.categories().isEmpty())
                .min(java.util.Comparator.comparing(c -> c.categories().size() > DefaultChart.MAX_CATEGORIES))
                .map(Column::name).orElse(table.columnNames().get(0)));
        filterOp.setValue(table.column(filterColumn.getValue()) instanceof TextColumn ? "==" : "not null");

        groupBy.setId("aggregate-group-by");
        groupBy.getItems().setAll(table.columnNames());
        groupBy.setTitle("group by");
        statistic.getItems().setAll(Arrays.stream(Statistic.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        statistic.setValue("mean");
        statistic.setPrefWidth(95);
        groupBy.setPrefWidth(125);
        measure.getItems().setAll(withRows);

        keyed = TransformSteps.forms(table);

        formsByTitle.put("Filter", form(filterColumn, filterOp, filterValue, button("add-filter", this::addFilter)));
        formsByTitle.put("Aggregate", form(groupBy, statistic, new Label("of"), measure, button("add-aggregate", this::addAggregate)));
        for (StepForm keyedForm : keyed) {
            List<Node> controls = new ArrayList<>(keyedForm.rows());
            controls.add(button("add-" + keyedForm.id(null), () -> add.accept(keyedForm.step())));
            formsByTitle.put(OptionFields.words(keyedForm.name()), form(controls.toArray(Node[]::new)));
        }
        // every form stays laid out, the chosen one shown: the editor is as tall as the tallest form from the start, so
        // the sheet's divider stops above every form (a split pane does not move for a child grown later)
        StackPane shown = new StackPane(formsByTitle.values().toArray(Node[]::new));
        shown.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        chooser.getItems().setAll(formsByTitle.keySet());
        chooser.valueProperty().addListener((o, old, now) -> {
            formsByTitle.forEach((title, form) -> form.setVisible(title.equals(now)));
            fill(now);
        });
        chooser.setValue("Filter");
        Label addStep = new Label("Add a step");
        addStep.setLabelFor(chooser);
        HBox choice = new HBox(6, addStep, chooser);
        choice.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        node = new VBox(2, choice, shown);
        node.setId("step-forms");
    }

    /** Every form set for the chart as it is (on opening). */
    void fill() {
        aggregateDefaults();
        keyed.forEach(form -> form.fill(spec.get()));
    }

    /** The form titled {@code title} set for the chart as it is now. */
    private void fill(String title) {
        if (spec.get() == null) {
            return; // not shown yet: fill() follows
        }
        if ("Aggregate".equals(title)) {
            aggregateDefaults();
        }
        keyed.stream().filter(f -> OptionFields.words(f.name()).equals(title)).forEach(f -> f.fill(spec.get()));
    }

    /** The chooser of the form shown (Filter, Aggregate, Time unit, Top, Bin, Fold, Pivot, Sort, Correlation). */
    ComboBox<String> chooser() {
        return chooser;
    }

    /** The form titled {@code title}. */
    Pane form(String title) {
        return formsByTitle.get(title);
    }

    /** The form of step {@code name} ({@code bin}, {@code fold}, ...). */
    StepForm keyed(String name) {
        return keyed.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    Node node() {
        return node;
    }

    /** The aggregate form set for the chart as it is: grouped by its x (and hue), the mean of its first y. */
    void aggregateDefaults() {
        ChartSpec current = spec.get();
        groupBy.getCheckModel().clearChecks();
        List<String> groups = new ArrayList<>();
        if (current.x() != null) {
            groups.add(current.x());
        } else {
            table.textColumns().stream().findFirst().map(TextColumn::name).ifPresent(groups::add);
        }
        if (current.hue() != null && !groups.contains(current.hue())) {
            groups.add(current.hue());
        }
        groups.stream().filter(groupBy.getItems()::contains).forEach(groupBy.getCheckModel()::check);
        String y = !current.y().isEmpty() ? current.y().get(0)
                : table.numericColumns().stream().map(Column::name).filter(n -> !groups.contains(n)).findFirst().orElse(ROWS);
        measure.setValue(measure.getItems().contains(y) ? y : ROWS);
        statistic.setValue(ROWS.equals(measure.getValue()) ? "count" : "mean");
    }

    void addFilter() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("column", filterColumn.getValue());
        body.put("op", filterOp.getValue());
        String value = filterValue.getEditor().getText();
        if (List.of("in", "not in").contains(filterOp.getValue())) {
            body.put("value", Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList());
        } else if (!List.of("is null", "not null").contains(filterOp.getValue())) {
            body.put("value", value);
        }
        add.accept(Map.of("filter", body));
    }

    void addAggregate() {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>(groupBy.getCheckModel().getCheckedItems());
        groups.sort(java.util.Comparator.comparingInt(table.columnNames()::indexOf));
        if (spec.get().x() != null && groups.remove(spec.get().x())) {
            groups.add(0, spec.get().x()); // the chart's x first, as a person reads the step
        }
        if (!groups.isEmpty()) {
            body.put("groupBy", groups);
        }
        body.put(statistic.getValue(), ROWS.equals(measure.getValue()) ? (Object) true : measure.getValue());
        add.accept(Map.of("aggregate", body));
    }

    private void offerValues(String column) {
        boolean text = column != null && table.column(column) instanceof TextColumn;
        filterValue.getItems().setAll(text ? ((TextColumn) table.column(column)).categories() : List.of());
        if (text && !filterValue.getItems().isEmpty()) {
            filterValue.setValue(filterValue.getItems().get(0));
        } else if (column != null && table.column(column) instanceof NumericColumn numbers && numbers.size() > 0) {
            filterValue.setValue("");
        }
    }

    private static FlowPane form(Node... controls) {
        FlowPane form = new FlowPane(6, 4, controls); // wraps in a narrow sheet, never cuts a control
        form.setPrefWrapLength(WRAP); // the height it asks for is that of its rows at the sheet's width, not one long row
        form.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        return form;
    }

    private static ComboBox<String> combo(String id) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(id);
        combo.setVisibleRowCount(12);
        combo.setPrefWidth(125);
        return combo;
    }

    private static Button button(String id, Runnable action) {
        Button button = new Button("Add");
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
