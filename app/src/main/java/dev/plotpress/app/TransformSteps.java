package dev.plotpress.app;

import dev.plotpress.internal.model.DefaultChart;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.transform.Statistic;
import dev.plotpress.transform.TimeUnit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import static dev.plotpress.app.StepKey.ANY;
import static dev.plotpress.app.StepKey.DATES;
import static dev.plotpress.app.StepKey.NUMBERS;
import static dev.plotpress.app.StepKey.TEXT;

/**
 * The steps the viewer builds from their keys alone, as StepReader reads them (its javadoc lists the keys): a new
 * step, or a new key of one, is a line here. Filter (conditions whose value depends on the op) and aggregate (a
 * statistic is its key) have forms of their own in {@link StepForms}.
 */
final class TransformSteps {
    private TransformSteps() {
    }

    static List<StepForm> forms(Table table) {
        List<String> statistics = Arrays.stream(Statistic.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
        List<String> units = Arrays.stream(TimeUnit.Unit.values()).map(TransformSteps::camel).toList();
        return List.of(
                new StepForm("timeUnit", table, List.of(
                        StepKey.column("column", DATES, (t, s) -> x(s, t, DATES)),
                        StepKey.choice("unit", units, null, "year"),
                        StepKey.word("as"))),
                new StepForm("top", table, List.of(
                        StepKey.column("column", TEXT, (t, s) -> category(t, s)),
                        StepKey.number("n", 5),
                        StepKey.optionalColumn("by", NUMBERS, StepForms.ROWS),
                        StepKey.word("other"))),
                new StepForm("bin", table, List.of(
                        StepKey.column("column", NUMBERS, (t, s) -> x(s, t, NUMBERS) != null ? x(s, t, NUMBERS) : firstY(s)),
                        StepKey.number("step", null),
                        StepKey.number("bins", null),
                        StepKey.words("as"))),
                new StepForm("fold", table, List.of(
                        StepKey.columns("columns", ANY, (t, s) -> folded(t, s)),
                        StepKey.words("as"))),
                new StepForm("pivot", table, List.of(
                        StepKey.column("column", ANY, (t, s) -> s != null && s.hue() != null ? s.hue() : category(t, s)),
                        StepKey.column("value", NUMBERS, (t, s) -> firstY(s)),
                        StepKey.columns("groupBy", ANY, (t, s) -> s == null || s.x() == null ? List.of() : List.of(s.x())),
                        StepKey.choice("op", statistics, "(mean)", null))),
                new StepForm("sort", table, List.of(
                        StepKey.columns("by", ANY, (t, s) -> s == null || s.x() == null ? List.of() : List.of(s.x())),
                        StepKey.flag("descending"))),
                new StepForm("correlation", table, List.of()));
    }

    /** The chart's x when it is a column of that type, else null (the form then offers its first). */
    private static String x(ChartSpec s, Table t, Predicate<Column> type) {
        return s != null && s.x() != null && t.has(s.x()) && type.test(t.column(s.x())) ? s.x() : null;
    }

    private static String firstY(ChartSpec s) {
        return s == null || s.y().isEmpty() ? null : s.y().get(0);
    }

    /** The chart's categorical x, else its hue, else the first column of a few categories. */
    private static String category(Table t, ChartSpec s) {
        if (x(s, t, TEXT) != null) {
            return s.x();
        }
        if (s != null && s.hue() != null) {
            return s.hue();
        }
        return t.textColumns().stream().filter(c -> c.categories().size() <= DefaultChart.MAX_CATEGORIES)
                .map(TextColumn::name).findFirst().orElse(null);
    }

    /** The chart's y columns when it draws several (wide data to fold), else every number but x. */
    private static List<String> folded(Table t, ChartSpec s) {
        if (s != null && s.y().size() > 1) {
            return s.y();
        }
        List<String> numbers = new ArrayList<>(t.numericColumns().stream().map(NumericColumn::name).toList());
        if (s != null) {
            numbers.remove(s.x());
        }
        return numbers;
    }

    /** {@code MONTH_OF_YEAR} -> {@code monthOfYear}, as the spec file writes a unit. */
    static String camel(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
