package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.CategoryOrder;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Table;
import dev.plotpress.spec.SpecReader;
import dev.plotpress.SpecSyntax;
import dev.plotpress.spec.SpecWriter;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code order:} and {@code sort:} arrange a bar or box chart's categories, as seaborn's order=. */
class CategoryOrderTest {
    private static final Table SEATTLE = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/seattle-weather.csv")));
    private static final Table CARS = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/cars.json")));
    private static final ChartSpec COUNT = ChartSpec.builder(ChartKind.BAR).x("weather").build();
    private static final ChartSpec BOXES = ChartSpec.builder(ChartKind.BOX).y("Horsepower").hue("Origin").build();

    @Test
    void orderPutsTheListedCategoriesFirstAndTheRestAfterInTheirUsualOrder() {
        // list(seattle.weather.unique()) -> ['drizzle', 'rain', 'sun', 'snow', 'fog']
        assertThat(columns(bars(COUNT))).containsExactly("drizzle", "rain", "sun", "snow", "fog");

        assertThat(columns(bars(arranged(COUNT, List.of("sun", "fog"), null))))
                .containsExactly("sun", "fog", "drizzle", "rain", "snow");
    }

    @Test
    void sortOrdersBarsByTheirCount() {
        // seattle.weather.value_counts() -> rain 641, sun 640, fog 101, drizzle 53, snow 26
        CategoryDataset descending = bars(arranged(COUNT, null, CategoryOrder.Sort.DESCENDING));
        assertThat(columns(descending)).containsExactly("rain", "sun", "fog", "drizzle", "snow");
        assertThat(descending.getValue(0, 0)).isEqualTo(641.0);

        assertThat(columns(bars(arranged(COUNT, null, CategoryOrder.Sort.ASCENDING))))
                .containsExactly("snow", "drizzle", "fog", "sun", "rain");
    }

    @Test
    void sortOrdersBoxesByTheirMedian() {
        // cars.groupby("Origin").Horsepower.median() -> USA 106, Europe 77, Japan 75
        assertThat(columns(boxes(arranged(BOXES, null, CategoryOrder.Sort.ASCENDING))))
                .containsExactly("Japan", "Europe", "USA");
        assertThat(columns(boxes(arranged(BOXES, List.of("Japan"), null)))).containsExactly("Japan", "USA", "Europe");
    }

    @Test
    void aListedCategoryNoRowHasIsRefusedWithTheNearestName() {
        assertThatThrownBy(() -> Renderer.render(arranged(COUNT, List.of("Sun"), null), SEATTLE))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("seattle-weather.csv: order: weather has no value 'Sun' (did you mean 'sun'?); its values are "
                        + "drizzle, rain, sun, snow, fog");
    }

    @Test
    void kindsWithoutCategoriesRefuseOrderAndSort() {
        ChartSpec line = ChartSpec.builder(ChartKind.LINE).x("date").y("temp_max")
                .categoryOrder(new CategoryOrder(null, CategoryOrder.Sort.ASCENDING)).build();

        assertThatThrownBy(() -> Renderer.render(line, SEATTLE)).isInstanceOf(InvalidSpecException.class)
                .hasMessage("sort: works with bar and box charts, not line (it orders the categories on a bar or box chart's x "
                        + "axis; hueOrder orders hue groups); remove it");
        assertThatThrownBy(() -> new CategoryOrder(List.of("a"), CategoryOrder.Sort.ASCENDING))
                .hasMessage("sort: orders the categories by their value, and order lists them; keep one of order and sort");
    }

    @Test
    void specFilesReadAndWriteOrderAndSort() {
        ChartSpec read = SpecReader.read("kind: bar\nx: k\norder: [b, a]\ndata: {csv: \"k\\na\\nb\"}\n", "spec",
                SpecSyntax.YAML, null);
        ChartSpec sorted = SpecReader.read("kind: box\nsort: descending\ndata: {csv: \"k\\n1\"}\n", "spec",
                SpecSyntax.YAML, null);

        assertThat(read.categoryOrder()).isEqualTo(new CategoryOrder(List.of("b", "a"), null));
        assertThat(sorted.categoryOrder().sort()).isEqualTo(CategoryOrder.Sort.DESCENDING);
        assertThat(SpecWriter.toYaml(read, null)).contains("order:\n- b\n- a\n");
        assertThat(SpecWriter.toYaml(sorted, null)).contains("sort: descending");
    }

    private static ChartSpec arranged(ChartSpec spec, List<String> order, CategoryOrder.Sort sort) {
        return spec.toBuilder().categoryOrder(new CategoryOrder(order, sort)).build();
    }

    private static CategoryDataset bars(ChartSpec spec) {
        return ((ChartFigure) Renderer.render(spec, SEATTLE)).chart().getCategoryPlot().getDataset();
    }

    private static CategoryDataset boxes(ChartSpec spec) {
        return ((ChartFigure) Renderer.render(spec, CARS)).chart().getCategoryPlot().getDataset();
    }

    private static List<Object> columns(CategoryDataset dataset) {
        return List.copyOf(dataset.getColumnKeys());
    }

    @Test
    void topsOtherCategoryIsTheLastBarWhateverItsCount() {
        dev.plotpress.Chart chart = dev.plotpress.Chart.fromSpec("""
                kind: bar
                x: Major Genre
                transform:
                  - filter: {column: Major Genre, op: not null}
                  - top: {column: Major Genre, n: 6}
                data: {file: movies.json}
                """, "top", SpecSyntax.YAML, dev.plotpress.DataFolder.inside(Path.of("../../examples/tidy/data")));
        CategoryDataset bars = ((ChartFigure) chart.figure()).chart().getCategoryPlot().getDataset();

        // g = movies["Major Genre"].dropna(); vc = g.value_counts(); vc[:6], (~g.isin(vc.index[:6])).sum():
        // Drama 789, Comedy 675, Action 420, Adventure 274, Thriller/Suspense 239, Horror 219; other 310
        assertThat(bars.getColumnKeys()).containsExactly("Drama", "Comedy", "Action", "Adventure", "Thriller/Suspense",
                "Horror", "other");
        assertThat(bars.getValue(0, 6).doubleValue()).as("other: more films than the 3rd to 6th kept genre").isEqualTo(310);
    }
}
