package dev.plotpress.app;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Colormap;
import dev.plotpress.model.Colors;
import dev.plotpress.model.Column;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.Size;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.paint.Color;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The chart's settings as a ControlsFX property sheet bound to the ChartSpec: every edit builds a new
 * spec with {@code toBuilder()} and hands it on, which re-renders the chart at once.
 */
final class SpecEditor {
    /** How the x choice names "no column": plot against the row number. */
    static final String ROW_NUMBER = "(row number)";
    /** How the hue choice names "no column": one series per y column. */
    static final String NO_HUE = "(none)";

    private final ObjectProperty<ChartSpec> spec = new SimpleObjectProperty<>();
    private final PropertySheet sheet;

    SpecEditor(Table table, Consumer<java.util.function.Supplier<ChartSpec>> apply) {
        List<String> numeric = table.numericColumns().stream().map(Column::name).toList();
        List<String> xChoices = new ArrayList<>(List.of(ROW_NUMBER));
        xChoices.addAll(table.columnNames());
        List<SpecField<?>> fields = List.of(
                field("Kind", "Chart", ChartKind.class, ChartSpec::kind, (s, v) -> s.toBuilder().kind(v).build(), apply),
                field("Title", "Chart", String.class, ChartSpec::title, (s, v) -> s.toBuilder().title(blankToNull(v)).build(), apply),
                new SpecField<>("X column", "Columns", String.class, s -> s.x() == null ? ROW_NUMBER : s.x(),
                        (s, v) -> s.toBuilder().x(ROW_NUMBER.equals(v) ? null : v).build(), xChoices, spec, apply),
                new SpecField<>("Y column", "Columns", String.class, s -> s.y().isEmpty() ? null : s.y().get(0),
                        (s, v) -> s.toBuilder().y(v).seriesStyles(null).build(), numeric, spec, apply),
                field("More Y columns", "Columns", String.class, s -> s.y().size() < 2 ? "" : String.join(", ", s.y().subList(1, s.y().size())),
                        (s, v) -> withMoreY(s, v, table), apply),
                new SpecField<>("Series by (hue)", "Columns", String.class, s -> s.hue() == null ? NO_HUE : s.hue(),
                        (s, v) -> s.toBuilder().hue(NO_HUE.equals(v) ? null : v).build(), hueChoices(table), spec, apply),
                field("X label", "Labels", String.class, ChartSpec::xLabel, (s, v) -> s.toBuilder().xLabel(blankToNull(v)).build(), apply),
                field("Y label", "Labels", String.class, ChartSpec::yLabel, (s, v) -> s.toBuilder().yLabel(blankToNull(v)).build(), apply),
                field("Colour", "Style", Color.class, SpecEditor::color, (s, v) -> withStyle(s, new Style(hex(v),
                        s.style().alpha(), s.style().markerSize(), s.style().lineWidth())), apply),
                field("Alpha", "Style", String.class, s -> text(s.style().alpha()),
                        (s, v) -> withStyle(s, new Style(s.style().color(), number("alpha", v), s.style().markerSize(), s.style().lineWidth())), apply),
                field("Marker size", "Style", String.class, s -> text(s.style().markerSize()),
                        (s, v) -> withStyle(s, new Style(s.style().color(), s.style().alpha(), number("marker size", v), s.style().lineWidth())), apply),
                field("Line width", "Style", String.class, s -> text(s.style().lineWidth()),
                        (s, v) -> withStyle(s, new Style(s.style().color(), s.style().alpha(), s.style().markerSize(), number("line width", v))), apply),
                field("Colormap", "Heatmap", Colormap.class, s -> s.heatmap().colormap(), SpecEditor::withColormap, apply),
                field("Annotate cells", "Heatmap", Boolean.class, s -> s.heatmap().annotate(), SpecEditor::withAnnotate, apply),
                field("Width (px)", "Size", Integer.class, s -> s.size().pixelWidth(),
                        (s, v) -> s.toBuilder().size(Size.pixels(v, s.size().pixelHeight(), s.size().dpi())).build(), apply),
                field("Height (px)", "Size", Integer.class, s -> s.size().pixelHeight(),
                        (s, v) -> s.toBuilder().size(Size.pixels(s.size().pixelWidth(), v, s.size().dpi())).build(), apply),
                field("DPI", "Size", Double.class, s -> s.size().dpi(),
                        (s, v) -> s.toBuilder().size(Size.inches(s.size().widthInches(), s.size().heightInches(), v)).build(), apply));
        sheet = new PropertySheet(FXCollections.observableArrayList(fields));
        sheet.setId("spec-editor");
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        sheet.setPropertyEditorFactory(item -> item instanceof SpecField<?> f && !f.choices().isEmpty()
                ? Editors.createChoiceEditor(item, f.choices()) : defaults.call(item));
    }

    private <T> SpecField<T> field(String name, String category, Class<T> type, java.util.function.Function<ChartSpec, T> read,
                                   java.util.function.BiFunction<ChartSpec, T, ChartSpec> write, Consumer<java.util.function.Supplier<ChartSpec>> apply) {
        return new SpecField<>(name, category, type, read, write, List.of(), spec, apply);
    }

    PropertySheet node() {
        return sheet;
    }

    /** Shows {@code current} (after an edit, a reload or on opening). */
    void show(ChartSpec current) {
        spec.set(current);
    }

    /** The first y column stays; {@code text} lists the others, comma-separated, each a column of the table. */
    private static ChartSpec withMoreY(ChartSpec s, String text, Table table) {
        List<String> y = new ArrayList<>();
        if (!s.y().isEmpty()) {
            y.add(s.y().get(0));
        }
        for (String name : text == null ? new String[0] : text.split(",")) {
            if (!name.isBlank()) {
                y.add(table.numeric(name.trim()).name());
            }
        }
        return s.toBuilder().y(y).seriesStyles(null).build();
    }

    private static List<String> hueChoices(Table table) {
        List<String> choices = new ArrayList<>(List.of(NO_HUE));
        table.textColumns().forEach(column -> choices.add(column.name()));
        return choices;
    }

    private static ChartSpec withStyle(ChartSpec s, Style style) {
        return s.toBuilder().style(style).build();
    }

    private static ChartSpec withColormap(ChartSpec s, Colormap map) {
        HeatmapOptions h = s.heatmap();
        return s.toBuilder().heatmap(new HeatmapOptions(map, h.annotate(), h.format(), h.colorbar(), h.vmin(), h.vmax())).build();
    }

    private static ChartSpec withAnnotate(ChartSpec s, Boolean annotate) {
        HeatmapOptions h = s.heatmap();
        return s.toBuilder().heatmap(new HeatmapOptions(h.colormap(), annotate, h.format(), h.colorbar(), h.vmin(), h.vmax())).build();
    }

    private static Color color(ChartSpec s) {
        // unset: what the renderer draws by default (the scatter matrix's black dots, else the first palette colour)
        java.awt.Color c = s.style().color() != null ? Colors.parse("style.color", s.style().color())
                : s.kind() == ChartKind.SCATTER_MATRIX ? java.awt.Color.BLACK : Colors.palette(0);
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static String text(Double value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static Double number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field + ": '" + text + "' is not a number; type e.g. 0.5, or leave it blank for the default");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
