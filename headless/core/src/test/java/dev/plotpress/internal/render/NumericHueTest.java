package dev.plotpress.internal.render;

import dev.plotpress.Chart;
import dev.plotpress.DataFolder;
import dev.plotpress.SpecSyntax;
import dev.plotpress.data.DataReader;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Colormap;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Palette;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import dev.plotpress.render.Figure;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A numeric hue on a scatter or line is coloured by value, as seaborn's scatterplot and lineplot map one: seaborn's
 * cubehelix by default, a legend of every value up to six and of a few round values past that, headed by the column.
 */
class NumericHueTest {
    private static final Table CARS = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/cars.json")));
    private static final ChartSpec WEIGHT = ChartSpec.builder(ChartKind.SCATTER).x("Horsepower").y("Miles_per_Gallon")
            .hue("Weight_in_lbs").size(Size.pixels(640, 480, 100)).build();
    // cm = sns.color_palette("ch:", as_cmap=True) (seaborn 0.12.2); matplotlib.colors.to_hex(cm(0.0)), cm(1.0)
    private static final Color LIGHTEST = new Color(0xedd1cb);
    private static final Color DARKEST = new Color(0x2d1e3e);

    /**
     * cars[cars.Weight_in_lbs == 1613]: datsun 1200, 69 hp, 35 mpg (the lightest car: the map's light end);
     * cars[cars.Weight_in_lbs == 4997]: chevrolet impala, 150 hp, 11 mpg, no other car near it (the heaviest, 5140 lbs,
     * sits under eight later dots), cm((4997 - 1613) / (5140 - 1613)) = #362347.
     */
    @Test
    void everyDotIsColouredByItsValueOnSeabornsCubehelix() {
        ChartFigure figure = (ChartFigure) Renderer.render(WEIGHT, CARS);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);

        assertThat(Pixels.distance(dotColour(drawn, figure, 69, 35), LIGHTEST)).as("the lightest car").isLessThanOrEqualTo(6);
        assertThat(Pixels.distance(dotColour(drawn, figure, 150, 11), new Color(0x362347))).as("a heavy car").isLessThanOrEqualTo(6);
        assertThat(figure.warnings()).as("no car lacks a weight; 6 lack horsepower, 8 mpg").containsExactly(
                CARS.source() + ": 6 of 406 rows have no Horsepower value and are left out",
                CARS.source() + ": 8 of 406 rows have no Miles_per_Gallon value and are left out");
    }

    @Test
    void aColormapOptionRecoloursTheDots() {
        ChartFigure figure = (ChartFigure) Renderer.render(WEIGHT.toBuilder().colormap(Colormap.VIRIDIS).build(), CARS);

        // matplotlib.colors.to_hex(matplotlib.colormaps["viridis"](0.0)) == "#440154"
        assertThat(Pixels.distance(dotColour(RasterFixture.drawChart(figure), figure, 69, 35), new Color(0x440154)))
                .isLessThanOrEqualTo(6);
    }

    /**
     * seaborn 0.12.2: ax = sns.scatterplot(data=cars, x="Horsepower", y="Miles_per_Gallon", hue="Weight_in_lbs");
     * ax.get_legend_handles_labels() gives the labels 1800 ... 4800 (MaxNLocator(6) inside 1613..5140), the first
     * handle's face colour (0.9149, 0.7754, 0.7610) and the last's (0.2693, 0.1671, 0.3300), under "Weight_in_lbs".
     */
    @Test
    void aLegendOfSixRoundValuesAsSeabornsBriefOne() {
        Figure figure = Renderer.render(WEIGHT, CARS);
        List<LegendItem> items = legend((ChartFigure) figure);

        assertThat(items).extracting(LegendItem::getLabel).containsExactly("1800", "2400", "3000", "3600", "4200", "4800");
        assertThat(Pixels.distance((Color) items.get(0).getFillPaint(), rgb(0.9149, 0.7754, 0.7610))).isLessThanOrEqualTo(6);
        assertThat(Pixels.distance((Color) items.get(5).getFillPaint(), rgb(0.2693, 0.1671, 0.3300))).isLessThanOrEqualTo(6);
        List<String> texts = LabelLayoutTest.drawnTexts(figure, figure.size()).stream()
                .map(TextRecordingGraphics.DrawnText::text).toList();
        assertThat(texts).as("the legend's heading and values").contains("Weight_in_lbs", "1800", "4800");
    }

    /** seaborn: hue="Cylinders" (five values, at most six) lists each, still on the colormap: 3 lightest, 8 darkest. */
    @Test
    void fewValuesAreEachListedAndStillColouredByValue() {
        List<LegendItem> items = legend((ChartFigure) Renderer.render(WEIGHT.toBuilder().hue("Cylinders").build(), CARS));

        assertThat(items).extracting(LegendItem::getLabel).containsExactly("3", "4", "5", "6", "8");
        // the legend handles' colours of sns.scatterplot(..., hue="Cylinders"): (0.9313, 0.8202, 0.7971) and (0.1751, 0.1184, 0.2422)
        assertThat(Pixels.distance((Color) items.get(0).getFillPaint(), rgb(0.9313, 0.8202, 0.7971))).isLessThanOrEqualTo(6);
        assertThat(Pixels.distance((Color) items.get(4).getFillPaint(), rgb(0.1751, 0.1184, 0.2422))).isLessThanOrEqualTo(6);
    }

    @Test
    void aNumericColumnMadeCategoriesTakesThePalette() {
        Chart chart = Chart.fromSpec("kind: scatter\nx: Horsepower\ny: Miles_per_Gallon\nhue: Cylinders\n"
                        + "types: {Cylinders: categorical}\ndata: {file: cars.json}\n", "spec", SpecSyntax.YAML,
                DataFolder.inside(Path.of("../../examples/tidy/data")));
        List<LegendItem> items = legend((ChartFigure) chart.figure());

        assertThat(items).extracting(LegendItem::getLabel).as("in order of appearance, as seaborn's categorical hue")
                .containsExactly("8", "4", "6", "3", "5");
        assertThat(items.get(0).getFillPaint()).isEqualTo(Palette.OKABE_ITO.color(0));
    }

    @Test
    void aLineDrawsOneLinePerValueColouredByValueAndStillRefusesHundredsOfLines() {
        ChartSpec line = ChartSpec.builder(ChartKind.LINE).x("Year").y("Miles_per_Gallon").hue("Cylinders").build();
        XYPlot plot = (XYPlot) ((ChartFigure) Renderer.render(line, CARS)).chart().getPlot();

        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(5);
        assertThat(Pixels.distance((Color) plot.getRenderer().getSeriesPaint(plot.getDataset().indexOf("8")), DARKEST))
                .isLessThanOrEqualTo(6);
        assertThat(legend((ChartFigure) Renderer.render(line, CARS))).extracting(LegendItem::getLabel)
                .containsExactly("3", "4", "5", "6", "8");
        assertThatThrownBy(() -> Renderer.render(line.toBuilder().hue("Weight_in_lbs").build(), CARS))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("356 values in a hue column (a colour and a legend entry each) is over the limit of 50 (hueGroups)");
    }

    @Test
    void rowsWithoutAHueValueAreLeftOutWithOneWarning() {
        Table table = new Table("w.csv", List.of(new NumericColumn("x", new double[] {1, 2, 3, 4, 5}),
                new NumericColumn("y", new double[] {1, 2, 3, 4, 5}),
                new NumericColumn("w", new double[] {10, Double.NaN, 30, Double.NaN, 50})));
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.SCATTER).x("x").y("y").hue("w").build(), table);

        assertThat(figure.warnings()).containsExactly("w.csv: 2 of 5 rows have no w value and are left out");
        assertThat(((XYPlot) figure.chart().getPlot()).getDataset().getItemCount(0)).isEqualTo(3);
    }

    @Test
    void optionsThatWouldChangeNothingAreRefused() {
        assertThatThrownBy(() -> Renderer.render(WEIGHT.toBuilder().palette(Palette.TABLEAU10).build(), CARS))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessage("palette: colours categories, and hue: Weight_in_lbs holds numbers, coloured by value on a colormap; "
                        + "choose that with colormap: viridis (or another), or make its values categories with types: {Weight_in_lbs: categorical}");
        assertThatThrownBy(() -> Renderer.render(WEIGHT.toBuilder().hueOrder(List.of("1613")).build(), CARS))
                .isInstanceOf(InvalidSpecException.class).hasMessageStartingWith("hueOrder: orders the colours of categories");
        assertThatThrownBy(() -> Renderer.render(WEIGHT.toBuilder().hue("Origin").colormap(Colormap.MAGMA).build(), CARS))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessage("colormap: colours a numeric hue by value, and hue: Origin holds categories, coloured by palette; "
                        + "use palette, or remove colormap");
        assertThatThrownBy(() -> Renderer.render(WEIGHT.toBuilder().hue(null).colormap(Colormap.MAGMA).build(), CARS))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("there is no hue");
        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(ChartKind.HEATMAP).colormap(Colormap.MAGMA).build(), CARS))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("heatmap.colormap");
    }

    /** Every panel colours over the whole table's weights and the grid has their one legend (Europe's cars are lighter). */
    @Test
    void facetPanelsShareTheWholeTablesRangeAndLegend() {
        Figure figure = fromSpec("kind: scatter\nx: Horsepower\ny: Miles_per_Gallon\nhue: Weight_in_lbs\n"
                + "facet: {column: Origin}\ndata: {file: cars.json}\n").figure();
        List<String> texts = LabelLayoutTest.drawnTexts(figure, figure.size()).stream()
                .map(TextRecordingGraphics.DrawnText::text).toList();

        assertThat(texts).containsOnlyOnce("Weight_in_lbs", "1800", "4800");
    }

    @Test
    void anUnknownColormapIsNamedAtItsKey() {
        assertThatThrownBy(() -> fromSpec("kind: scatter\nx: Horsepower\ny: Miles_per_Gallon\nhue: Weight_in_lbs\n"
                + "colormap: rainbow\ndata: {file: cars.json}\n").figure())
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith(": colormap: unknown colormap 'rainbow'; use one of viridis, magma, cividis, coolwarm, "
                        + "rdbu, greys, seaborn-cubehelix");
    }

    private static Chart fromSpec(String yaml) {
        return Chart.fromSpec(yaml, "spec", SpecSyntax.YAML, DataFolder.inside(Path.of("../../examples/tidy/data")));
    }

    @Test
    void theSameSpecGivesTheSameBytes() {
        Exporter exporter = new Exporter();
        byte[] first = exporter.image(Renderer.render(WEIGHT, CARS), ImageFormat.PNG);
        byte[] second = exporter.image(Renderer.render(WEIGHT, CARS), ImageFormat.PNG);

        assertThat(second).isEqualTo(first);
    }

    /** matplotlib 3.6.3: list(matplotlib.ticker.MaxNLocator(nbins=6).tick_values(a, b)) for each pair below. */
    @Test
    void roundValuesAsMatplotlibsMaxNLocator() {
        assertThat(NumericHue.maxNLocator(1613, 5140, 6)).containsExactly(1200, 1800, 2400, 3000, 3600, 4200, 4800, 5400);
        assertThat(NumericHue.maxNLocator(0.013, 0.987, 6)).usingElementComparator((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : 1)
                .containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(NumericHue.maxNLocator(-3.2, 7.9, 6)).containsExactly(-4, -2, 0, 2, 4, 6, 8);
        assertThat(NumericHue.maxNLocator(1000001, 1000009, 6))
                .containsExactly(1000000, 1000001.5, 1000003, 1000004.5, 1000006, 1000007.5, 1000009);
        assertThat(NumericHue.maxNLocator(8, 46.6, 6)).containsExactly(8, 16, 24, 32, 40, 48);
        assertThat(NumericHue.fixedDecimals(new double[] {0.2, 0.4, 0.6000000000000001, -1})).containsExactly(
                "0.2", "0.4", "0.6", "\u22121.0");
    }

    private static Color dotColour(RasterFixture.DrawnChart drawn, ChartFigure figure, double x, double y) {
        XYPlot plot = (XYPlot) figure.chart().getPlot();
        ValueAxis xAxis = plot.getDomainAxis();
        ValueAxis yAxis = plot.getRangeAxis();
        double px = xAxis.valueToJava2D(x, drawn.dataArea(), RectangleEdge.BOTTOM);
        double py = yAxis.valueToJava2D(y, drawn.dataArea(), RectangleEdge.LEFT);
        return Pixels.at(drawn.image(), drawn.px(px), drawn.px(py));
    }

    private static List<LegendItem> legend(ChartFigure figure) {
        List<LegendItem> items = new ArrayList<>();
        org.jfree.chart.LegendItemCollection legend = figure.chart().getPlot().getLegendItems();
        for (int i = 0; i < legend.getItemCount(); i++) {
            items.add(legend.get(i));
        }
        return items;
    }

    private static Color rgb(double r, double g, double b) {
        return new Color((float) r, (float) g, (float) b);
    }
}
