package dev.plotpress.app;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Table;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
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
 * the chart at once. It shows only the rows the chart's kind draws; below it, the transform list.
 */
final class SpecEditor {
    /** The categories top to bottom, in the order a person works through a chart. */
    static final List<String> CATEGORIES = List.of("Chart", "Columns", "Estimate", "Histogram", "Category order",
            FacetFields.CATEGORY, "Labels", "Style", "Axes", "Heatmap", "Scatter matrix", "Size");
    /** Where the rows of an option group the list does not name yet go (OptionFields makes them): before Size. */
    private static final Comparator<String> ORDER = Comparator.comparingDouble(category ->
            CATEGORIES.contains(category) ? CATEGORIES.indexOf(category) : CATEGORIES.size() - 1.5);

    private final ObjectProperty<ChartSpec> spec = new SimpleObjectProperty<>();
    private final PropertySheet sheet;
    private final List<SpecField<?>> fields = new ArrayList<>();
    private final TransformEditor transforms;
    private final SplitPane pane;
    private ChartKind shownKind;

    SpecEditor(Table table, Consumer<Supplier<ChartSpec>> apply, Consumer<String> note) {
        SpecFields f = new SpecFields(spec, apply);
        fields.addAll(ChartFields.of(f, table));
        fields.addAll(ColumnFields.of(f, table));
        fields.addAll(OptionFields.of(f));
        fields.addAll(FacetFields.of(f, table));
        fields.addAll(StyleFields.of(f));
        fields.addAll(AxesFields.of(f));
        fields.addAll(HeatmapFields.of(f));
        fields.addAll(ScatterMatrixFields.of(f, table));
        fields.sort(Comparator.comparing(SpecField::category, ORDER));
        sheet = new PropertySheet(FXCollections.observableArrayList());
        sheet.setId("spec-editor");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setCategoryComparator(ORDER);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        sheet.setPropertyEditorFactory(item -> item instanceof SpecField<?> field && !field.choices().isEmpty()
                ? Editors.createChoiceEditor(item, field.choices()) : defaults.call(item));
        transforms = new TransformEditor(spec, table, apply, note);
        pane = new SplitPane(sheet, transforms.node());
        pane.setOrientation(Orientation.VERTICAL);
        pane.setDividerPositions(0.6);
        // a split pane keeps a divider where it was set even when the child below it needs more: move it up to fit
        pane.heightProperty().addListener((o, old, now) -> fitTransforms());
        pane.widthProperty().addListener((o, old, now) -> fitTransforms());
        transforms.node().heightProperty().addListener((o, old, now) -> fitTransforms()); // once styled and laid out
    }

    private void fitTransforms() {
        double height = pane.getHeight();
        double needed = transforms.node().minHeight(pane.getWidth()) + 8; // and the divider
        if (height > 0 && pane.getDividerPositions()[0] > 1 - needed / height) {
            pane.setDividerPosition(0, Math.max(0.25, 1 - needed / height));
        }
    }

    /** The property sheet: the rows of the chart's current kind. */
    PropertySheet node() {
        return sheet;
    }

    /** What the tab shows beside the chart: the sheet above the transform list. */
    SplitPane pane() {
        return pane;
    }

    TransformEditor transforms() {
        return transforms;
    }

    /** Shows {@code current} (after an edit, a reload or on opening); a new kind gets its own rows. */
    void show(ChartSpec current) {
        if (current != null && current.kind() != shownKind) {
            shownKind = current.kind();
            sheet.getItems().setAll(fields.stream().filter(field -> field.kinds().contains(shownKind)).toList());
        }
        spec.set(current);
    }
}
