package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.internal.model.Colors;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.internal.render.TextRecordingGraphics.DrawnText;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Box plots as seaborn's {@code boxplot(data=df, x=..., y=..., hue=...)} draws them, on vega-datasets' penguins and
 * cars. The quartiles are numpy.percentile's (linear), the whiskers matplotlib's 1.5 IQR rule:
 * {@code v = g["Body Mass (g)"].dropna(); q1, med, q3 = np.percentile(v, [25, 50, 75]);
 * lo = v[v >= q1 - 1.5 * (q3 - q1)].min(); hi = v[v <= q3 + 1.5 * (q3 - q1)].max()} per
 * {@code df.groupby(["Species", "Sex"], sort=False)}.
 */
class BoxPlotTest {
    private static final Size SIZE = Size.pixels(640, 420, 100);
    private static final Table PENGUINS = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/penguins.json")));
    private static final Table CARS = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/cars.json")));
    private static final String MASS = "Body Mass (g)";

    @Test
    void xAndHueDrawOneBoxPerSpeciesAndSexDodgedWithALegendHeadedSex() {
        ChartSpec spec = ChartSpec.builder(ChartKind.BOX).x("Species").y(MASS).hue("Sex").size(SIZE).build();
        ChartFigure figure = (ChartFigure) Renderer.render(spec, PENGUINS);
        RasterFixture.DrawnChart drawn = RasterFixture.drawChart(figure);
        RasterFixture.save(drawn.image(), "box_species_sex");

        CategoryPlot plot = figure.chart().getCategoryPlot();
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) plot.getDataset();
        // df.Species.unique(), df.Sex.dropna().unique(): first appearance, as seaborn
        assertThat(boxes.getColumnKeys()).containsExactly("Adelie", "Chinstrap", "Gentoo");
        assertThat(boxes.getRowKeys()).containsExactly("MALE", "FEMALE", ".");
        assertBox(boxes, "MALE", "Adelie", 3800, 4000, 4300, 3325, 4775);
        assertBox(boxes, "FEMALE", "Adelie", 3175, 3400, 3550, 2850, 3900);
        assertBox(boxes, "FEMALE", "Chinstrap", 3362.5, 3550, 3693.75, 2900, 4150);
        assertBox(boxes, "MALE", "Chinstrap", 3731.25, 3950, 4100, 3250, 4550);
        assertBox(boxes, "FEMALE", "Gentoo", 4462.5, 4700, 4875, 3950, 5200);
        assertBox(boxes, "MALE", "Gentoo", 5300, 5500, 5700, 4750, 6300);
        assertBox(boxes, ".", "Gentoo", 4875, 4875, 4875, 4875, 4875);
        // the outliers: Chinstrap FEMALE 2700, Chinstrap MALE 4800; no "." penguin among Adelie
        assertThat(boxes.getMinOutlier("FEMALE", "Chinstrap")).isEqualTo(2700.0);
        assertThat(boxes.getMaxOutlier("MALE", "Chinstrap")).isEqualTo(4800.0);
        assertThat(boxes.getQ1Value(".", "Adelie")).isNull();

        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Species");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo(MASS);
        assertThat(LabelLayoutTest.drawnTexts(figure, SIZE)).extracting(DrawnText::text)
                .contains("Sex", "MALE", "FEMALE", ".", "Adelie", "Chinstrap", "Gentoo");

        // within Adelie: the MALE box left of the middle in the first colour, FEMALE at the middle in the second
        CategoryAxis axis = plot.getDomainAxis();
        double start = axis.getCategoryStart(0, 3, drawn.dataArea(), RectangleEdge.BOTTOM);
        double end = axis.getCategoryEnd(0, 3, drawn.dataArea(), RectangleEdge.BOTTOM);
        double middle = (start + end) / 2;
        double slot = (end - start) * 0.8 / 3;
        assertThat(colourAt(drawn, plot, middle - slot, 4100)).isEqualTo(Colors.palette(0));
        assertThat(colourAt(drawn, plot, middle, 3450)).isEqualTo(Colors.palette(1));
        assertThat(colourAt(drawn, plot, middle, 4100)).as("no FEMALE box above its whisker").isNotEqualTo(Colors.palette(1));
    }

    @Test
    void xWithoutHueDrawsOneBoxPerCategoryEachInItsOwnColour() {
        ChartSpec spec = ChartSpec.builder(ChartKind.BOX).x("Species").y(MASS).size(SIZE).build();
        ChartFigure figure = (ChartFigure) Renderer.render(spec, PENGUINS);
        RasterFixture.save(RasterFixture.draw(figure), "box_species");

        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) figure.chart().getCategoryPlot().getDataset();
        // df.groupby("Species", sort=False)["Body Mass (g)"]: np.percentile(v, [25, 50, 75]) and the 1.5 IQR whiskers
        assertThat(boxes.getColumnKeys()).containsExactly("Adelie", "Chinstrap", "Gentoo");
        assertThat(boxes.getRowCount()).isEqualTo(1);
        assertBox(boxes, MASS, "Adelie", 3350, 3700, 4000, 2850, 4775);
        assertBox(boxes, MASS, "Chinstrap", 3487.5, 3700, 3950, 2900, 4550);
        assertBox(boxes, MASS, "Gentoo", 4700, 5000, 5500, 3950, 6300);
        assertThat(figure.chart().getLegend()).as("seaborn draws no legend without hue").isNull();
        assertThat(figure.chart().getCategoryPlot().getDomainAxis().getLabel()).isEqualTo("Species");
    }

    @Test
    void aNumericXWithFewValuesIsCategoriesInNumericOrder() {
        ChartSpec spec = ChartSpec.builder(ChartKind.BOX).x("Cylinders").y("Miles_per_Gallon").size(SIZE).build();
        ChartFigure figure = (ChartFigure) Renderer.render(spec, CARS);

        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) figure.chart().getCategoryPlot().getDataset();
        // cars.dropna(subset=["Miles_per_Gallon"]).groupby("Cylinders").Miles_per_Gallon: np.percentile(v, [25, 50, 75])
        assertThat(boxes.getColumnKeys()).containsExactly("3", "4", "5", "6", "8");
        assertThat(boxes.getQ1Value(0, 0).doubleValue()).isEqualTo(18.75);
        assertThat(boxes.getMedianValue(0, 2).doubleValue()).isEqualTo(25.4);
        assertThat(boxes.getQ3Value(0, 4).doubleValue()).isEqualTo(16.0);
    }

    @Test
    void aNumericXWithManyValuesIsRefusedWithTheFix() {
        ChartSpec spec = ChartSpec.builder(ChartKind.BOX).x("Horsepower").y("Miles_per_Gallon").build();

        // cars.Horsepower.nunique() == 93
        assertThatThrownBy(() -> Renderer.render(spec, CARS)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("'Horsepower' has 93 different values").hasMessageContaining("bin it first");
    }

    @Test
    void aCategoricalXWithoutYIsRefusedNotOneBoxPerColumn() {
        ChartSpec spec = ChartSpec.builder(ChartKind.BOX).x("Origin").build();

        assertThatThrownBy(() -> Renderer.render(spec, CARS)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("a box plot needs a numeric y").hasMessageContaining("add y: COLUMN");
    }

    @Test
    void xWithSeveralYColumnsIsRefused() {
        ChartSpec spec = ChartSpec.builder(ChartKind.BOX).x("Origin").y("Horsepower", "Acceleration").build();

        assertThatThrownBy(() -> Renderer.render(spec, CARS)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("keep one y column");
    }

    @Test
    void hueOrderOrdersTheDodgedBoxesAndTheLegend() {
        ChartSpec spec = ChartSpec.builder(ChartKind.BOX).x("Species").y(MASS).hue("Sex")
                .hueOrder(java.util.List.of("FEMALE", "MALE")).size(SIZE).build();
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset)
                ((ChartFigure) Renderer.render(spec, PENGUINS)).chart().getCategoryPlot().getDataset();

        assertThat(boxes.getRowKeys()).containsExactly("FEMALE", "MALE", ".");
    }

    private static void assertBox(BoxAndWhiskerCategoryDataset boxes, String series, String category, double q1,
                                  double median, double q3, double low, double high) {
        String box = series + " / " + category;
        assertThat(boxes.getQ1Value(series, category).doubleValue()).as(box + " q1").isEqualTo(q1);
        assertThat(boxes.getMedianValue(series, category).doubleValue()).as(box + " median").isEqualTo(median);
        assertThat(boxes.getQ3Value(series, category).doubleValue()).as(box + " q3").isEqualTo(q3);
        assertThat(boxes.getMinRegularValue(series, category).doubleValue()).as(box + " low whisker").isEqualTo(low);
        assertThat(boxes.getMaxRegularValue(series, category).doubleValue()).as(box + " high whisker").isEqualTo(high);
    }

    private static Color colourAt(RasterFixture.DrawnChart drawn, CategoryPlot plot, double x, double value) {
        double y = plot.getRangeAxis().valueToJava2D(value, drawn.dataArea(), RectangleEdge.LEFT);
        return new Color(drawn.image().getRGB(drawn.px(x), drawn.px(y)) & 0xFFFFFF);
    }
}
