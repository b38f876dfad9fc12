package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wrong name or a column in the wrong role is an error that says what was meant or what would work. */
class ErrorsThatTeachTest {
    private static final Table CARS = new Table("cars.json", List.of(
            new TextColumn("Name", new String[] {"a", "b", "c"}),
            new NumericColumn("Horsepower", new double[] {130, 165, 150}),
            new NumericColumn("Miles_per_Gallon", new double[] {18, 15, 18}),
            new TextColumn("Origin", new String[] {"USA", "Europe", "USA"})));

    @Test
    void aColumnNameInTheWrongCaseSuggestsTheRightOne() {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("Horsepower").y("Miles_per_Gallon").hue("origin").build();

        assertThatThrownBy(() -> Renderer.render(spec, CARS)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("cars.json: hue: no column 'origin' (did you mean 'Origin'?); the columns are 'Name'");
    }

    @Test
    void aMisspelledColumnSuggestsTheClosestName() {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("Horsepowr").y("Miles_per_Gallon").build();

        assertThatThrownBy(() -> Renderer.render(spec, CARS)).hasMessageContaining("x: no column 'Horsepowr' (did you mean 'Horsepower'?)");
    }

    @Test
    void aColumnNamedAfterATimeUnitSaysTheStepKeepsTheDateColumnsName() {
        Table weather = new Table("weather.csv", List.of(
                dev.plotpress.model.TemporalColumn.wrap("date", new double[] {0, 86_400_000}, "ISO-8601"),
                new NumericColumn("precipitation", new double[] {1, 2})));
        ChartSpec spec = ChartSpec.builder(ChartKind.BAR).x("year").y("precipitation")
                .data(dev.plotpress.model.DataSpec.file(Path.of("weather.csv")).withSteps(List.of(
                        new dev.plotpress.transform.TimeUnit("date", dev.plotpress.transform.TimeUnit.Unit.YEAR, null))))
                .build();

        assertThatThrownBy(() -> Renderer.render(spec, weather)).hasMessageEndingWith("x: no column 'year'; the columns are "
                + "'date', 'precipitation'; timeUnit keeps the name of the column it truncates: use 'date', or add as: year to the step");
    }

    /** A line draws a line per hue value (a scatter colours each dot by value instead: NumericHueTest). */
    @Test
    void aNumericHueOfManyValuesOnALineSaysToBinItAndHowToRaiseTheLimit() {
        double[] weights = java.util.stream.IntStream.range(0, 60).mapToDouble(i -> 2000 + i).toArray();
        Table cars = new Table("cars.json", List.of(new NumericColumn("Weight", weights), new NumericColumn("mpg", weights)));
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("mpg").y("mpg").hue("Weight").build();

        assertThatThrownBy(() -> Renderer.render(spec, cars)).isInstanceOf(BadInputException.class)
                .hasMessage("cars.json: hue: column 'Weight': 60 values in a hue column (a colour and a legend entry each) "
                        + "is over the limit of 50 (hueGroups); bin it first (transform: [{bin: {column: Weight}}]) or "
                        + "choose a column of categories, or raise the limit with PLOTPRESS_LIMITS=hueGroups=60");
    }

    @Test
    void numericHueLevelsAreInNumericOrderAsSeabornsAre() {
        Table cars = new Table("cars.json", List.of(new NumericColumn("Cylinders", new double[] {8, 4, 6, 4, 3, 8, 5})));

        org.assertj.core.api.Assertions.assertThat(HueGroups.of(cars, "Cylinders").names()).containsExactly("3", "4", "5", "6", "8");
        org.assertj.core.api.Assertions.assertThat(HueGroups.of(cars, "Cylinders", List.of("8")).names())
                .as("an explicit hueOrder wins").containsExactly("8", "4", "6", "3", "5");
    }

    @Test
    void aColumnGivenAsColorPointsToHue() {
        assertThatThrownBy(() -> new Style("Origin", null, null, null)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("color is one colour for every point; to colour by a column use hue: Origin");
        assertThatThrownBy(() -> new Style("gren", null, null, null)).hasMessageContaining("did you mean 'green'?");
    }

    @Test
    void aMisspelledKindSuggestsTheKind() {
        assertThatThrownBy(() -> ChartKind.fromSpecName("histogramm")).hasMessageContaining("did you mean 'histogram'?");
    }

    @Test
    void categoriesInANumericRoleSayWhatWouldWork() {
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("Horsepower").y("Origin").build();

        assertThatThrownBy(() -> Renderer.render(spec, CARS)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("y: column 'Origin' holds categories ('USA', 'Europe', ...), not numbers")
                .hasMessageContaining("kind: bar with x: Origin and no y")
                .hasMessageNotContaining("fix the cell");
    }

    @Test
    void aMisspelledKeySuggestsTheKey(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("s.yaml"), "kind: line\ndata: {file: d.csv}\ntilte: Sales\n");

        assertThatThrownBy(() -> dev.plotpress.spec.SpecReader.read(spec)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown key 'tilte' (did you mean 'title'?)");
    }

    /** Trial finding 6: a facet over too many values names facet.column, its own limit and how to have fewer. */
    @Test
    void aFacetOfTooManyValuesNamesTheFacetItsLimitAndTheFix() {
        Table weather = dev.plotpress.data.DataReader.read(dev.plotpress.model.DataSpec.file(
                Path.of("src/test/resources/vega-datasets/seattle-weather.csv"))).withSource("seattle-weather.csv");
        ChartSpec scatter = ChartSpec.builder(ChartKind.SCATTER).x("temp_min").y("temp_max").build();

        // w.precipitation.nunique() -> 111
        assertThatThrownBy(() -> Renderer.render(scatter.toBuilder()
                .facet(dev.plotpress.model.FacetOptions.byColumn("precipitation", null)).build(), weather))
                .isInstanceOf(BadInputException.class)
                .hasMessage("seattle-weather.csv: facet.column: column 'precipitation': 111 panels in a facet grid (one per "
                        + "value of facet.column times facet.row) is over the limit of 100 (facetPanels); bin it first "
                        + "(transform: [{bin: {column: precipitation}}]) or filter the rows, or raise the limit with "
                        + "PLOTPRESS_LIMITS=facetPanels=111");
        Table many = new Table("many.csv", List.of(new TextColumn("a", java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "a" + (i % 20)).toArray(String[]::new)), new TextColumn("b", java.util.stream.IntStream
                .range(0, 300).mapToObj(i -> "b" + (i % 15)).toArray(String[]::new)), new NumericColumn("y", new double[300])));
        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(ChartKind.BOX).y("y")
                .facet(new dev.plotpress.model.FacetOptions("a", "b", null, null, null)).build(), many))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("many.csv: facet: 20 columns x 15 rows: 300 panels in a facet grid")
                .hasMessageContaining("(facetPanels)");
    }

    /** Trial finding 10: the date fix shows the file's own pattern when one reads every value. */
    @Test
    void datesInAnUnknownSpellingSuggestThePatternThatReadsThem() {
        Table dotted = new Table("data.csv", List.of(new TextColumn("when", new String[] {"03.01.2024", "15.02.2024",
                "01.03.2024"}), new NumericColumn("v", new double[] {1, 3, 2})));
        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(ChartKind.LINE).x("when").y("v").build(), dotted))
                .isInstanceOf(BadInputException.class)
                .hasMessage("data.csv column 'when': 0 of 3 values are dates (first that is not: '03.01.2024', row 1); "
                        + "add dateFormat: dd.MM.yyyy (it reads every value)");
        Table undecided = new Table("data.csv", List.of(new TextColumn("when", new String[] {"03.01.2024", "01.02.2024"}),
                new NumericColumn("v", new double[] {1, 3})));
        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(ChartKind.LINE).x("when").y("v").build(), undecided))
                .hasMessageEndingWith("add dateFormat: dd.MM.yyyy or dateFormat: MM.dd.yyyy (no value decides whether the "
                        + "day or the month comes first)");
    }

    /** Trial finding 10: did-you-mean only for a close name: one letter of two is not a typo. */
    @Test
    void didYouMeanSuggestsOnlyCloseNames() {
        assertThat(dev.plotpress.internal.model.Suggestion.didYouMean("c", List.of("a", "b"))).isEmpty();
        assertThat(dev.plotpress.internal.model.Suggestion.didYouMean("ab", List.of("ac", "b"))).isEmpty();
        assertThat(dev.plotpress.internal.model.Suggestion.didYouMean("C", List.of("a", "c"))).isEqualTo(" (did you mean 'c'?)");
        assertThat(dev.plotpress.internal.model.Suggestion.didYouMean("hue", List.of("hues"))).isEqualTo(" (did you mean 'hues'?)");
        assertThat(dev.plotpress.internal.model.Suggestion.didYouMean("histogramm", List.of("histogram"))).isEqualTo(" (did you mean 'histogram'?)");
        assertThat(dev.plotpress.internal.model.Article.before("year")).isEqualTo("a year");
        assertThat(dev.plotpress.internal.model.Article.before("age")).isEqualTo("an age");
        assertThat(dev.plotpress.internal.model.Article.before("unit")).isEqualTo("a unit");
        assertThat(dev.plotpress.internal.model.Article.before("hour")).isEqualTo("an hour");
        assertThat(dev.plotpress.internal.model.Article.before("x")).isEqualTo("an x");
    }
}
