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

    @Test
    void aNumericHueOfManyValuesSaysToBinItAndHowToRaiseTheLimit() {
        double[] weights = java.util.stream.IntStream.range(0, 60).mapToDouble(i -> 2000 + i).toArray();
        Table cars = new Table("cars.json", List.of(new NumericColumn("Weight", weights), new NumericColumn("mpg", weights)));
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("mpg").y("mpg").hue("Weight").build();

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
}
