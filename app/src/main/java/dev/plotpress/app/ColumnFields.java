package dev.plotpress.app;

import dev.plotpress.model.ChartSpec;

import dev.plotpress.model.Column;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.Table;

import java.util.ArrayList;
import java.util.List;

import static dev.plotpress.model.ChartKind.HEATMAP;
import static dev.plotpress.model.ChartKind.SCATTER_MATRIX;

/** The editor's Columns rows (which columns are drawn, how x dates are written) and Labels rows. */
final class ColumnFields {
    /** How the x choice names "no column": plot against the row number. */
    static final String ROW_NUMBER = "(row number)";
    /** How the hue choice names "no column": one series per y column. */
    static final String NO_HUE = "(none)";
    /** How the y choice names "no column": a bar then counts the rows per category, a histogram counts x. */
    static final String NO_Y = "(none: count)";

    private ColumnFields() {
    }

    static List<SpecField<?>> of(SpecFields f, Table table) {
        List<String> numeric = table.numericColumns().stream().map(Column::name).toList();
        List<String> yChoices = new ArrayList<>(List.of(NO_Y));
        yChoices.addAll(numeric);
        List<String> xChoices = new ArrayList<>(List.of(ROW_NUMBER));
        xChoices.addAll(table.columnNames());
        List<String> hueChoices = new ArrayList<>(List.of(NO_HUE));
        // groups, as the facet rows offer them: a column of thousands of names (movies' Title) splits nothing
        table.textColumns().stream().filter(column -> column.categories().size() <= FacetOptions.MAX_PANELS)
                .forEach(column -> hueChoices.add(column.name()));
        return List.of(
                f.choice("X column", "Columns", xChoices, s -> s.x() == null ? ROW_NUMBER : s.x(),
                        (s, v) -> s.toBuilder().x(ROW_NUMBER.equals(v) ? null : v).build()).except(SCATTER_MATRIX, HEATMAP),
                f.choice("Y column", "Columns", yChoices, s -> s.y().isEmpty() ? NO_Y : s.y().get(0),
                        (s, v) -> s.toBuilder().y(NO_Y.equals(v) ? List.of() : List.of(v)).seriesStyles(null).build())
                        .except(SCATTER_MATRIX),
                f.field("More Y columns", "Columns", String.class,
                        s -> s.y().size() < 2 ? "" : String.join(", ", s.y().subList(1, s.y().size())),
                        (s, v) -> withMoreY(s, v, table)).except(SCATTER_MATRIX),
                f.choice("Series by (hue)", "Columns", hueChoices, s -> s.hue() == null ? NO_HUE : s.hue(),
                        (s, v) -> s.toBuilder().hue(NO_HUE.equals(v) ? null : v).hueOrder(null).build())
                        .drawnAs("hue"),
                f.field("Right-axis Y columns", "Columns", String.class, s -> String.join(", ", s.y2()),
                        (s, v) -> s.toBuilder().y2(SpecFields.numericColumns(v, table)).build()).drawnAs("y2"),
                f.text("X dates written as", "Columns", ChartSpec::dateFormat, (s, v) -> s.toBuilder().dateFormat(v).build()),
                f.text("X label", "Labels", ChartSpec::xLabel, (s, v) -> s.toBuilder().xLabel(v).build()).except(SCATTER_MATRIX),
                f.text("Y label", "Labels", ChartSpec::yLabel, (s, v) -> s.toBuilder().yLabel(v).build()).except(SCATTER_MATRIX),
                f.text("Right-axis label", "Labels", ChartSpec::y2Label, (s, v) -> s.toBuilder().y2Label(v).build()).drawnAs("y2"));
    }

    /** The first y column stays; {@code text} lists the others, comma-separated, each a column of the table. */
    private static ChartSpec withMoreY(ChartSpec s, String text, Table table) {
        List<String> y = new ArrayList<>();
        if (!s.y().isEmpty()) {
            y.add(s.y().get(0));
        }
        y.addAll(SpecFields.numericColumns(text, table));
        return s.toBuilder().y(y).seriesStyles(null).build();
    }
}
