package dev.plotpress.internal.model;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Column;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The chart a data file opens with before anyone says what to draw, picked from the types of its columns:
 * <ul>
 *   <li>a date column and numbers: lines over time, one per numeric column; when the dates repeat (long data, as
 *       stocks.csv's {@code date, symbol, price}) the first number over the date, one line per category (hue); where
 *       rows still share a point of a line (cars.json: many cars a year and origin) the line draws their mean with a
 *       95% band, as seaborn's lineplot;</li>
 *   <li>a category and numbers: a box of the first number per category, the category on x (seaborn's
 *       {@code boxplot(x=category, y=number)});</li>
 *   <li>numbers only: a histogram of one, a scatter of two, a scatter matrix with histograms on its diagonal of more
 *       (never a column against itself);</li>
 *   <li>categories only: a bar per category counting its rows.</li>
 * </ul>
 * A category is a text column with a few values ({@value #MAX_CATEGORIES} at most): a column of names or ids
 * splits nothing. No JavaFX here: the viewer uses it, and so can anything headless.
 *
 * @param spec the chart
 * @param why  what in the table decided it, in a few words for a status line
 */
public record DefaultChart(ChartSpec spec, String why) {
    /** More values than a box chart or a legend can show side by side. */
    public static final int MAX_CATEGORIES = 12;
    /** A scatter matrix of more columns has cells too small to read. */
    public static final int MAX_MATRIX_COLUMNS = 10;

    public static DefaultChart of(Table table, DataSpec data) {
        String title = data.file() != null ? data.file().getFileName().toString() : data.describe();
        List<String> numbers = table.numericColumns().stream().map(Column::name).toList();
        Optional<String> date = table.temporalColumns().stream().map(Column::name).findFirst();
        Optional<String> category = table.textColumns().stream()
                .filter(c -> c.categories().size() >= 2 && c.categories().size() <= MAX_CATEGORIES)
                .map(Column::name).findFirst();
        ChartSpec.Builder chart;
        String why;
        if (date.isPresent() && !numbers.isEmpty()) {
            chart = ChartSpec.builder(ChartKind.LINE).x(date.get());
            List<String> groups = new ArrayList<>(List.of(date.get()));
            List<String> drawn;
            if (category.isPresent() && repeats(table, groups)) {
                drawn = List.of(numbers.get(0));
                groups.add(category.get());
                chart.hue(category.get());
                why = numbers.get(0) + " over " + date.get() + ", a line per " + category.get();
            } else {
                drawn = numbers;
                why = String.join(", ", numbers) + " over " + date.get();
            }
            chart.y(drawn);
            if (repeats(table, groups)) {
                why += " (their mean, with a 95% band)";
            } else {
                why += groups.size() > 1 ? " (the dates repeat, a row per " + category.get() + ")" : " (a date column and numbers)";
            }
        } else if (category.isPresent() && !numbers.isEmpty()) {
            chart = ChartSpec.builder(ChartKind.BOX).x(category.get()).y(numbers.get(0));
            why = numbers.get(0) + " per " + category.get() + " (a category and numbers)";
        } else if (numbers.size() == 1) {
            chart = ChartSpec.builder(ChartKind.HISTOGRAM).x(numbers.get(0));
            why = "the distribution of " + numbers.get(0) + " (one numeric column)";
        } else if (numbers.size() == 2) {
            chart = ChartSpec.builder(ChartKind.SCATTER).x(numbers.get(0)).y(numbers.get(1));
            why = numbers.get(1) + " against " + numbers.get(0) + " (two numeric columns)";
        } else if (numbers.size() > 2) {
            List<String> columns = numbers.subList(0, Math.min(numbers.size(), MAX_MATRIX_COLUMNS));
            chart = ChartSpec.builder(ChartKind.SCATTER_MATRIX).scatterMatrix(ScatterMatrixOptions.DEFAULT
                    .withColumns(numbers.size() > MAX_MATRIX_COLUMNS ? columns : List.of())
                    .withDiagonal(ScatterMatrixOptions.Diagonal.HISTOGRAM));
            why = "every pair of " + columns.size() + " numeric columns" + (numbers.size() > columns.size()
                    ? " (the first " + columns.size() + " of " + numbers.size() + ")" : "");
        } else if (category.isPresent()) {
            chart = ChartSpec.builder(ChartKind.BAR).x(category.get());
            why = "the rows per " + category.get() + " (categories and no numbers)";
        } else {
            throw new BadInputException(table.source() + ": has no numeric column and no column of a few categories to "
                    + "chart; the columns are " + table.columnNames() + " (numbers must parse as decimals, e.g. 1.5)");
        }
        return new DefaultChart(chart.title(title).data(data).build(), why);
    }

    /** True when some combination of the values of {@code columns} (a date, a category) is on more than one row. */
    private static boolean repeats(Table table, List<String> columns) {
        TemporalColumn dates = (TemporalColumn) table.column(columns.get(0));
        TextColumn category = columns.size() > 1 ? (TextColumn) table.column(columns.get(1)) : null;
        Set<List<Object>> seen = new HashSet<>();
        for (int row = 0; row < dates.size(); row++) {
            if (!dates.isMissing(row) && !seen.add(List.of(dates.get(row), category == null ? -1 : category.code(row)))) {
                return true;
            }
        }
        return false;
    }
}
