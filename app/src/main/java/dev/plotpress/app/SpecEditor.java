package dev.plotpress.app;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Table;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The chart's settings as a ControlsFX property sheet bound to the ChartSpec, one collapsible category per
 * part of the spec: every edit builds a new spec with {@code toBuilder()} and hands it on, which re-renders
 * the chart at once.
 */
final class SpecEditor {
    /** The categories top to bottom, in the order a person works through a chart. */
    static final List<String> CATEGORIES = List.of("Chart", "Columns", "Labels", "Style", "Axes", "Heatmap",
            "Scatter matrix", "Size");

    private final ObjectProperty<ChartSpec> spec = new SimpleObjectProperty<>();
    private final PropertySheet sheet;

    SpecEditor(Table table, Consumer<Supplier<ChartSpec>> apply) {
        SpecFields f = new SpecFields(spec, apply);
        List<SpecField<?>> fields = new ArrayList<>();
        fields.addAll(ChartFields.of(f));
        fields.addAll(ColumnFields.of(f, table));
        fields.addAll(StyleFields.of(f));
        fields.addAll(AxesFields.of(f));
        fields.addAll(HeatmapFields.of(f));
        fields.addAll(ScatterMatrixFields.of(f, table));
        fields.sort(Comparator.comparingInt(field -> CATEGORIES.indexOf(field.category())));
        sheet = new PropertySheet(FXCollections.observableArrayList(fields));
        sheet.setId("spec-editor");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setCategoryComparator(Comparator.comparingInt(CATEGORIES::indexOf));
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        sheet.setPropertyEditorFactory(item -> item instanceof SpecField<?> field && !field.choices().isEmpty()
                ? Editors.createChoiceEditor(item, field.choices()) : defaults.call(item));
    }

    PropertySheet node() {
        return sheet;
    }

    /** Shows {@code current} (after an edit, a reload or on opening). */
    void show(ChartSpec current) {
        spec.set(current);
    }
}
