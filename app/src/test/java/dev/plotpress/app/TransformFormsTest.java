package dev.plotpress.app;

import dev.plotpress.internal.render.ChartFigure;
import dev.plotpress.model.ChartKind;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transform step the core reads has a form in the viewer: pick its columns from the table's, press Add, and the
 * step is in the spec's transform list as a spec file writes it, the chart redrawn from the transformed table (and,
 * where the step reshapes the columns the chart draws, the chart following it); a value the core refuses shows the
 * core's message and keeps the chart.
 */
@ExtendWith(ApplicationExtension.class)
class TransformFormsTest {
    private static final Path TIDY = Path.of("../examples/tidy/data");
    private static final Path DATA = Path.of("../examples/data");
    private ViewerWindow window;

    @Start
    void start(Stage stage) {
        window = new ViewerWindow(stage, 1100, 760, false);
        stage.show();
    }

    private ChartTab open(FxRobot robot, Path file) {
        return ViewerRobot.open(robot, window, file);
    }

    private static JFreeChart chart(FxRobot robot) {
        return robot.lookup("#chart-viewer").<ChartViewer>query().getChart();
    }

    private static List<String> legend(FxRobot robot) {
        var items = chart(robot).getPlot().getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    private static List<String> steps(ChartTab tab) {
        return List.copyOf(tab.editor().transforms().list().getItems());
    }

    /** Shows the form titled {@code title}, as picking it in the step chooser does. */
    private static void showForm(FxRobot robot, String title) {
        robot.interact(() -> robot.lookup("#step-chooser").<ComboBox<String>>query().setValue(title));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).<TextField>query().setText(text));
    }

    private static void choose(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).<ComboBox<String>>query().setValue(value));
    }

    private static void checkOnly(FxRobot robot, String id, String... names) {
        robot.interact(() -> {
            CheckComboBox<String> checks = robot.lookup(id).query();
            checks.getCheckModel().clearChecks();
            for (String name : names) {
                checks.getCheckModel().check(name);
            }
        });
    }

    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).<Button>query().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TreeSet<Double> xValues(FxRobot robot) {
        XYDataset points = chart(robot).getXYPlot().getDataset();
        TreeSet<Double> xs = new TreeSet<>();
        for (int series = 0; series < points.getSeriesCount(); series++) {
            for (int i = 0; i < points.getItemCount(series); i++) {
                xs.add(points.getXValue(series, i));
            }
        }
        return xs;
    }

    @Test
    void thereIsAFormForEveryStepTheCoreReads(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("penguins.json"));
        ComboBox<String> chooser = robot.lookup("#step-chooser").query();

        // StepReader's steps: filter, aggregate, bin, timeUnit, fold, pivot, sort, top, correlation
        assertThat(chooser.getItems()).containsExactlyInAnyOrder("Filter", "Aggregate", "Bin",
                "Time unit", "Fold", "Pivot", "Sort", "Top", "Correlation");
        StepForm bin = tab.editor().transforms().forms().keyed("bin");
        assertThat(List.<Object>copyOf(((ComboBox<?>) bin.control("column")).getItems())).as("bin cuts numbers: the numeric columns")
                .containsExactly("Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)");
        StepForm fold = tab.editor().transforms().forms().keyed("fold");
        assertThat(List.<Object>copyOf(((CheckComboBox<?>) fold.control("columns")).getItems())).as("every column of the table")
                .containsExactly("Species", "Island", "Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)",
                        "Body Mass (g)", "Sex");
        StepForm top = tab.editor().transforms().forms().keyed("top");
        assertThat(List.<Object>copyOf(((ComboBox<?>) top.control("column")).getItems())).as("top keeps categories: the text columns")
                .containsExactly("Species", "Island", "Sex");
        assertThat(((ComboBox<?>) top.control("column")).getValue()).as("the chart's x").isEqualTo("Species");
    }

    @Test
    void binOfTheScattersXDrawsThePointsOverTheBinsStarts(FxRobot robot) {
        ChartTab tab = open(robot, DATA.resolve("normal-2d.json"));
        assertThat(tab.spec().kind()).isEqualTo(ChartKind.SCATTER);
        assertThat(xValues(robot)).hasSize(500);

        showForm(robot, "Bin");
        assertThat(robot.lookup("#bin-column").<ComboBox<String>>query().getValue()).as("the chart's x").isEqualTo("u");
        type(robot, "#bin-step", "0.25");
        press(robot, "#add-bin");

        assertThat(steps(tab)).containsExactly("bin: {column: u, step: 0.25}");
        assertThat(tab.spec().x()).isEqualTo("u_start");
        assertThat(window.status().message()).isEqualTo("bin: the chart now draws over u_start, each bin's start");
        // pandas: sorted((np.floor(d.u / 0.25) * 0.25).unique()) -> [-0.75, -0.5, -0.25, 0.0, 0.25, 0.5]
        assertThat(xValues(robot)).containsExactly(-0.75, -0.5, -0.25, 0.0, 0.25, 0.5);
        assertThat(chart(robot).getXYPlot().getDomainAxis().getLabel()).isEqualTo("u_start");
    }

    @Test
    void aBinTheCoreRefusesShowsItsMessageAndKeepsTheChart(FxRobot robot) {
        ChartTab tab = open(robot, DATA.resolve("normal-2d.json"));
        JFreeChart before = chart(robot);
        showForm(robot, "Bin");

        type(robot, "#bin-step", "wide");
        press(robot, "#add-bin");
        assertThat(window.status().message()).isEqualTo("transform[0].bin.step: must be a number, got 'wide'");

        type(robot, "#bin-step", "0.25");
        type(robot, "#bin-bins", "4");
        press(robot, "#add-bin");
        assertThat(window.status().message()).isEqualTo("transform[0].bin: give step or bins, not both");

        type(robot, "#bin-step", "");
        type(robot, "#bin-as", "low");
        press(robot, "#add-bin");
        assertThat(window.status().message()).contains("transform[0].bin.as").contains("names the two new columns");

        assertThat(chart(robot)).isSameAs(before);
        assertThat(tab.spec().data().steps()).isEmpty();
        assertThat(tab.spec().x()).isEqualTo("u");
    }

    @Test
    void foldOfTwoTemperaturesDrawsTheirValuesALinePerMeasure(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("seattle-weather.csv"));
        assertThat(legend(robot)).containsExactly("precipitation", "temp_max", "temp_min", "wind");

        showForm(robot, "Fold");
        assertThat(robot.lookup("#fold-columns").<CheckComboBox<String>>query().getCheckModel().getCheckedItems())
                .as("the columns the chart draws").containsExactly("precipitation", "temp_max", "temp_min", "wind");
        checkOnly(robot, "#fold-columns", "temp_max", "temp_min");
        type(robot, "#fold-as", "measure, celsius");
        press(robot, "#add-fold");

        assertThat(steps(tab)).containsExactly("fold: {columns: [temp_max, temp_min], as: [measure, celsius]}");
        assertThat(tab.spec().y()).containsExactly("celsius");
        assertThat(tab.spec().hue()).isEqualTo("measure");
        assertThat(window.status().message()).isEqualTo("fold: the chart now draws celsius, a series per measure");
        assertThat(legend(robot)).containsExactly("temp_max", "temp_min");
        // pandas: len(df) -> 1461 days, each a point on both lines
        XYDataset lines = chart(robot).getXYPlot().getDataset();
        assertThat(lines.getItemCount(0)).isEqualTo(1461);
        assertThat(lines.getItemCount(1)).isEqualTo(1461);
        // pandas: df.temp_min.max() -> 18.3: the second line is the minima
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < lines.getItemCount(1); i++) {
            highest = Math.max(highest, lines.getYValue(1, i));
        }
        assertThat(highest).isEqualTo(18.3);
    }

    @Test
    void pivotOfLongStockPricesDrawsAColumnPerSymbol(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("stocks.csv"));
        assertThat(tab.spec().hue()).isEqualTo("symbol");

        showForm(robot, "Pivot");
        assertThat(robot.lookup("#pivot-column").<ComboBox<String>>query().getValue()).as("the chart's hue").isEqualTo("symbol");
        assertThat(robot.lookup("#pivot-value").<ComboBox<String>>query().getValue()).as("the chart's y").isEqualTo("price");
        assertThat(robot.lookup("#pivot-groupby").<CheckComboBox<String>>query().getCheckModel().getCheckedItems())
                .as("the chart's x").containsExactly("date");
        press(robot, "#add-pivot");

        assertThat(steps(tab)).containsExactly("pivot: {column: symbol, value: price, groupBy: [date]}");
        // pandas: df.pivot_table(index="date", columns="symbol", values="price").columns: in the order of appearance here
        assertThat(tab.spec().y()).containsExactly("MSFT", "AMZN", "IBM", "GOOG", "AAPL");
        assertThat(tab.spec().hue()).isNull();
        assertThat(tab.table().columnNames()).containsExactly("date", "MSFT", "AMZN", "IBM", "GOOG", "AAPL");
        assertThat(tab.table().rowCount()).as("pandas: a row per date, 123").isEqualTo(123);
        assertThat(legend(robot)).containsExactly("MSFT", "AMZN", "IBM", "GOOG", "AAPL");
        // pandas: 123 - p.GOOG.notna().sum() -> 55 dates before GOOG's first price: the core's warning says so
        assertThat(window.status().message()).isEqualTo(
                "Warning: ../examples/tidy/data/stocks.csv: 55 of 123 rows have no GOOG value and are left out");

    }

    @Test
    void sortDescendingReordersTheBars(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("penguins.json"));
        ViewerRobot.edit(robot, tab, "Kind", ChartKind.BAR);
        assertThat(chart(robot).getCategoryPlot().getCategories()).containsExactly("Adelie", "Chinstrap", "Gentoo");

        showForm(robot, "Sort");
        assertThat(robot.lookup("#sort-by").<CheckComboBox<String>>query().getCheckModel().getCheckedItems())
                .as("the chart's x").containsExactly("Species");
        robot.interact(() -> robot.lookup("#sort-descending").<CheckBox>query().setSelected(true));
        press(robot, "#add-sort");

        assertThat(steps(tab)).as("as the core writes it back").containsExactly("sort: {by: [Species], descending: [true]}");
        // pandas: df.sort_values("Species", ascending=False).Species.unique() -> Gentoo, Chinstrap, Adelie
        assertThat(chart(robot).getCategoryPlot().getCategories()).containsExactly("Gentoo", "Chinstrap", "Adelie");
    }

    @Test
    void correlationTurnsTheChartIntoAHeatmapOfTheNumericColumns(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("penguins.json"));
        assertThat(tab.spec().kind()).isEqualTo(ChartKind.BOX);

        showForm(robot, "Correlation");
        press(robot, "#add-correlation");

        assertThat(steps(tab)).containsExactly("correlation");
        assertThat(tab.spec().kind()).isEqualTo(ChartKind.HEATMAP);
        assertThat(window.status().message()).isEqualTo("correlation: the chart is now a heatmap of the correlations");
        assertThat(tab.figure()).isInstanceOf(ChartFigure.class);
        assertThat(chart(robot).getXYPlot().getRenderer()).isInstanceOf(XYBlockRenderer.class);
        XYDataset cells = chart(robot).getXYPlot().getDataset();
        // pandas: df.select_dtypes("number").corr(): 4 x 4 cells; Flipper Length with Body Mass 0.8712
        assertThat(cells.getItemCount(0)).isEqualTo(16);
        var values = (org.jfree.data.xy.XYZDataset) cells;
        List<Double> rounded = new ArrayList<>();
        for (int i = 0; i < values.getItemCount(0); i++) {
            rounded.add(Math.round(values.getZValue(0, i) * 10_000) / 10_000.0);
        }
        assertThat(rounded).contains(0.8712, -0.2351, 0.6562, 0.5951, -0.4719, 1.0);
    }

    @Test
    void theTimeUnitAndTopFormsStartFromTheChart(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("stocks.csv"));
        showForm(robot, "Time unit");
        assertThat(robot.lookup("#time-unit-column").<ComboBox<String>>query().getValue()).isEqualTo("date");
        choose(robot, "#time-unit-unit", "year");
        press(robot, "#add-time-unit");
        assertThat(steps(tab)).containsExactly("timeUnit: {column: date, unit: year}");
        // pandas: pd.to_datetime(df.date, format="%b %d %Y").dt.year.nunique() -> 11 years, 2000-2010
        assertThat(xValues(robot)).hasSize(11);

        showForm(robot, "Top");
        assertThat(robot.lookup("#top-column").<ComboBox<String>>query().getValue()).as("the chart's hue").isEqualTo("symbol");
        type(robot, "#top-n", "two");
        press(robot, "#add-top");
        assertThat(window.status().message()).isEqualTo("transform[1].top.n: must be a number, got 'two'");
        type(robot, "#top-n", "1");
        type(robot, "#top-other", "the rest");
        press(robot, "#add-top");
        assertThat(steps(tab)).containsExactly("timeUnit: {column: date, unit: year}",
                "top: {column: symbol, \"n\": 1, other: the rest}");
        // pandas: df.symbol.value_counts(): MSFT, AMZN, IBM and AAPL have 123 rows each (GOOG 68); the first of the tie stays
        assertThat(legend(robot)).hasSize(2).contains("the rest");
    }

    @Test
    void aFoldAndABinAddedFromTheFormsAreSavedAsTheSpecFileWritesThem(FxRobot robot) throws java.io.IOException {
        ChartTab tab = open(robot, TIDY.resolve("seattle-weather.csv"));
        Path look = java.nio.file.Files.createDirectories(Path.of("target/viewer-look"));
        showForm(robot, "Fold");
        checkOnly(robot, "#fold-columns", "temp_max", "temp_min");
        type(robot, "#fold-as", "measure, celsius");
        press(robot, "#add-fold");
        // pictures to look at (not compared): target/viewer-look/seattle-*.png
        robot.interact(() -> ScreenshotMode.write(window.stage().getScene(), look.resolve("seattle-fold.png")));

        showForm(robot, "Bin");
        choose(robot, "#bin-column", "celsius");
        type(robot, "#bin-step", "5");
        press(robot, "#add-bin");
        ViewerRobot.edit(robot, tab, "Kind", ChartKind.BAR);
        ViewerRobot.edit(robot, tab, "X column", "celsius_start");
        ViewerRobot.edit(robot, tab, "Y column", ColumnFields.NO_Y);
        assertThat(robot.lookup("#step-chooser").<ComboBox<String>>query().getValue()).as("the form in use stays in front")
                .isEqualTo("Bin");
        robot.interact(() -> ScreenshotMode.write(window.stage().getScene(), look.resolve("seattle-fold-bin.png")));

        assertThat(steps(tab)).containsExactly("fold: {columns: [temp_max, temp_min], as: [measure, celsius]}",
                "bin: {column: celsius, step: 5.0}"); // as the core writes the step back
        // pandas: m = df.melt(value_vars=["temp_max", "temp_min"], var_name="measure", value_name="celsius");
        //   sorted((np.floor(m.celsius / 5) * 5).unique()) -> -10.0 ... 35.0, 10 bins
        assertThat(chart(robot).getCategoryPlot().getCategories()).hasSize(10);
        assertThat(window.status().message()).as("no warning left from the bar over 1461 dates on the way here")
                .doesNotStartWith("Warning");
        Path saved = look.resolve("seattle-fold-bin.yaml");
        robot.interact(() -> new ExportActions().saveSpec(tab.spec(), tab.template(), saved));
        assertThat(dev.plotpress.spec.SpecReader.read(saved).data().steps()).as("the file holds the steps as added")
                .isEqualTo(tab.spec().data().steps());
    }

    @Test
    void hueAndFacetOfferTheCategoricalColumnsNotColumnsOfNames(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("movies.json"));
        // pandas: {c: m[c].nunique() for c in m.select_dtypes(object)} -> Title 3176, Distributor 174, Director 550,
        //   MPAA Rating 7, Source 18, Major Genre 12, Creative Type 9
        List<String> groups = List.of("MPAA Rating", "Source", "Major Genre", "Creative Type");
        for (String row : List.of("Series by (hue)", "Panels across by", "Panels down by")) {
            SpecField<?> field = (SpecField<?>) tab.editor().node().getItems().stream()
                    .filter(item -> item.getName().equals(row)).findFirst().orElseThrow();
            assertThat(field.choices().stream().map(String::valueOf).toList()).as(row).containsAll(groups).doesNotContain("Title", "Distributor", "Director");
        }
    }
}
