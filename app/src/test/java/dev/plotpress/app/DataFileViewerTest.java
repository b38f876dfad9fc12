package dev.plotpress.app;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.internal.render.ChartFigure;
import dev.plotpress.internal.render.GridFigure;
import javafx.scene.control.Button;
import javafx.scene.control.TitledPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real data files opened directly (vega-datasets copies in examples/): the chart their column types suggest, the
 * sheet's rows for the chart's kind, hue, facets and the transform list, and Save spec keeping a spec's params.
 */
@ExtendWith(ApplicationExtension.class)
class DataFileViewerTest {
    private static final Path TIDY = Path.of("../examples/tidy/data");
    private static final Path DATA = Path.of("../examples/data");
    private ViewerWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = new ViewerWindow(stage, 1100, 760, false);
        stage.show();
    }

    private ChartTab open(FxRobot robot, Path file) {
        return ViewerRobot.open(robot, window, file);
    }

    private static void edit(FxRobot robot, ChartTab tab, String name, Object value) {
        ViewerRobot.edit(robot, tab, name, value);
    }

    private static JFreeChart chart(FxRobot robot) {
        return robot.lookup("#chart-viewer").<ChartViewer>query().getChart();
    }

    private static List<String> legend(FxRobot robot) {
        JFreeChart chart = chart(robot);
        var items = chart.getPlot().getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    private static List<String> rows(ChartTab tab) {
        return tab.editor().node().getItems().stream().map(PropertySheet.Item::getName).toList();
    }

    private static void press(FxRobot robot, String button) {
        robot.interact(() -> robot.lookup(button).<Button>query().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void typeStep(FxRobot robot, ChartTab tab, String text) {
        robot.interact(() -> {
            tab.editor().transforms().stepText().setText(text);
            tab.editor().transforms().stepText().fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int[] snapshot(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#chart-viewer").query();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = viewer.getCanvas().snapshot(null, null));
        int width = (int) shot[0].getWidth();
        int height = (int) shot[0].getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = shot[0].getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = reader.getArgb(x, y);
            }
        }
        return pixels;
    }

    @Test
    void stocksOpensAsThePriceOverTimeALinePerSymbol(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("stocks.csv"));

        assertThat(tab.spec().kind()).isEqualTo(ChartKind.LINE);
        assertThat(chart(robot).getPlot()).isInstanceOf(XYPlot.class);
        // pandas: pd.read_csv("stocks.csv").symbol.unique() -> MSFT AMZN IBM GOOG AAPL
        assertThat(legend(robot)).containsExactly("MSFT", "AMZN", "IBM", "GOOG", "AAPL");
        assertThat(chart(robot).getXYPlot().getDomainAxis().getLabel()).isEqualTo("date");
        assertThat(window.status().message()).endsWith("stocks.csv: price over date, a line per symbol "
                + "(the dates repeat, a row per symbol)");
    }

    @Test
    void seattleWeatherHasUniqueDatesSoEveryNumberIsALine(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("seattle-weather.csv"));

        assertThat(tab.spec().kind()).isEqualTo(ChartKind.LINE);
        assertThat(legend(robot)).containsExactly("precipitation", "temp_max", "temp_min", "wind");
    }

    @Test
    void carsJsonIsRecordsNotASpecAndOpensAsMilesPerGallonOverTheYearsByOrigin(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("cars.json"));

        assertThat(tab.spec().kind()).isEqualTo(ChartKind.LINE);
        assertThat(tab.spec().hue()).isEqualTo("Origin");
        assertThat(tab.editor().transforms().list().getItems()).as("the line draws the mean itself: no aggregate step").isEmpty();
        // pandas: df[df.Origin == "USA"].Year.nunique() -> 12: the mean line has a point a year, not a point a car
        assertThat(chart(robot).getXYPlot().getDataset().getItemCount(0)).as("12 years of USA cars").isEqualTo(12);
        // pandas: pd.read_json("cars.json").Origin.unique() -> USA Europe Japan
        assertThat(legend(robot)).containsExactly("USA", "Europe", "Japan");
        assertThat(window.stage().getTitle()).isEqualTo("Plotpress - cars.json");
    }

    @Test
    void penguinsJsonOpensAsABoxPerSpeciesAlongX(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("penguins.json"));

        // seaborn: sns.boxplot(penguins, x="Species", y="Beak Length (mm)")
        assertThat(tab.spec().kind()).isEqualTo(ChartKind.BOX);
        assertThat(tab.spec().x()).isEqualTo("Species");
        assertThat(tab.spec().hue()).isNull();
        CategoryPlot plot = chart(robot).getCategoryPlot();
        assertThat(plot.getCategories()).containsExactly("Adelie", "Chinstrap", "Gentoo");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Beak Length (mm)");
    }

    @Test
    void numbersOnlyAreAScatterOfTwoOrAPairplotOfMore(FxRobot robot) {
        ChartTab normal = open(robot, DATA.resolve("normal-2d.json"));
        assertThat(normal.spec().kind()).isEqualTo(ChartKind.SCATTER);
        assertThat(chart(robot).getXYPlot().getDataset().getItemCount(0)).isEqualTo(500);

        ChartTab wind = open(robot, DATA.resolve("windvectors.csv"));
        assertThat(wind.spec().kind()).isEqualTo(ChartKind.SCATTER_MATRIX);
        assertThat(wind.spec().scatterMatrix().diagonal()).isEqualTo(ScatterMatrixOptions.Diagonal.HISTOGRAM);
        GridFigure grid = (GridFigure) wind.figure();
        assertThat(grid.rows()).isEqualTo(5);
        // the diagonal counts a column (bars), it does not draw the column against itself
        assertThat(grid.cell(0, 0).getXYPlot().getRenderer()).isInstanceOf(org.jfree.chart.renderer.xy.XYBarRenderer.class);
    }

    @Test
    void theSheetShowsTheRowsOfTheChartsKindOnlyAndAKindChangeUpdatesIt(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("penguins.json"));
        assertThat(rows(tab)).contains("X column", "Series by (hue)", "Panels across by", "Panels down by",
                "Panels per row (wrap)", "Same x range on every panel", "Same y range on every panel", "Y column", "Log y",
                "Order", "Sort").doesNotContain("Log x", "Bins", "Mask", "Diagonal", "Line width",
                "Right-axis Y columns", "Stacked", "Estimator", "Error bar", "Stat", "Multiple");

        edit(robot, tab, "Kind", ChartKind.HISTOGRAM);
        assertThat(tab.spec().kind()).isEqualTo(ChartKind.HISTOGRAM);
        assertThat(rows(tab)).contains("Bins", "Bin width", "Series by (hue)", "Log x", "Stat", "Multiple")
                .doesNotContain("Mask", "Diagonal", "Line width", "Stacked", "Right-axis Y columns", "Estimator", "Order");

        edit(robot, tab, "Kind", ChartKind.LINE);
        assertThat(rows(tab)).contains("Line width", "Marker size", "Right-axis Y columns", "X column", "Estimator", "Error bar")
                .doesNotContain("Bins", "Bin width", "Stacked", "Stat", "Sort");

        edit(robot, tab, "Kind", ChartKind.SCATTER_MATRIX);
        assertThat(tab.spec().kind()).isEqualTo(ChartKind.SCATTER_MATRIX);
        assertThat(rows(tab)).contains("Diagonal", "Matrix columns", "Series by (hue)", "Bins")
                .doesNotContain("X column", "Log y", "Panels across by", "X label", "Theme");
        assertThat(robot.from(tab.editor().node()).lookup(".titled-pane").queryAllAs(TitledPane.class).stream()
                .map(TitledPane::getText)).containsExactly("Chart", "Columns", "Style", "Scatter matrix", "Size");

        edit(robot, tab, "Kind", ChartKind.BAR);
        assertThat(rows(tab)).contains("Stacked", "Panels across by", "Estimator", "Error bar", "Order", "Sort")
                .doesNotContain("Log x", "Diagonal", "Bins", "Stat");

        edit(robot, tab, "Kind", ChartKind.AREA);
        assertThat(rows(tab)).as("an area chart draws hue (its @DrawnBy says so)").contains("Series by (hue)", "Stacked");
    }

    @Test
    void theEstimatorErrorBarStatMultipleAndSortRowsChangeTheChart(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("penguins.json"));
        edit(robot, tab, "Kind", ChartKind.BAR);
        assertThat(tab.spec().x()).as("the category stays on x").isEqualTo("Species");
        int[] means = snapshot(robot);

        edit(robot, tab, "Estimator", "median");
        assertThat(tab.spec().estimate().estimator()).isEqualTo(dev.plotpress.model.Estimate.Estimator.MEDIAN);
        edit(robot, tab, "Error bar", "sd");
        assertThat(tab.spec().estimate().errorBar()).isEqualTo(dev.plotpress.model.Estimate.ErrorBar.SD);
        assertThat(snapshot(robot)).isNotEqualTo(means);

        edit(robot, tab, "Sort", "descending");
        // pandas: df.groupby("Species")["Beak Length (mm)"].median().sort_values(ascending=False).index
        //   -> Chinstrap (49.55), Gentoo (47.3), Adelie (38.8)
        assertThat(chart(robot).getCategoryPlot().getCategories()).containsExactly("Chinstrap", "Gentoo", "Adelie");
        edit(robot, tab, "Order", "Gentoo");
        assertThat(window.status().message()).contains("order").contains("sort");
        edit(robot, tab, "Sort", OptionFields.DEFAULT);
        edit(robot, tab, "Order", "Gentoo");
        assertThat(chart(robot).getCategoryPlot().getCategories()).containsExactly("Gentoo", "Adelie", "Chinstrap");

        edit(robot, tab, "Kind", ChartKind.HISTOGRAM);
        assertThat(tab.spec().categoryOrder()).as("a histogram has no categories to order").isEqualTo(
                dev.plotpress.model.CategoryOrder.DEFAULT);
        assertThat(tab.spec().estimate()).isEqualTo(dev.plotpress.model.Estimate.DEFAULT);
        edit(robot, tab, "Multiple", "stack");
        assertThat(window.status().message()).contains("multiple").contains("no hue");
        edit(robot, tab, "Series by (hue)", "Species");
        edit(robot, tab, "Multiple", "stack");
        edit(robot, tab, "Stat", "percent");
        assertThat(tab.spec().histogram()).isEqualTo(new dev.plotpress.model.HistogramOptions(
                dev.plotpress.model.HistogramOptions.Stat.PERCENT, dev.plotpress.model.HistogramOptions.Multiple.STACK));
        assertThat(chart(robot).getXYPlot().getRangeAxis().getLabel()).containsIgnoringCase("percent");
    }

    @Test
    void aHueEditChangesThePicture(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("stocks.csv"));
        assertThat(rows(tab)).contains("Series by (hue)");
        int[] byHue = snapshot(robot);

        edit(robot, tab, "Series by (hue)", ColumnFields.NO_HUE);

        assertThat(tab.spec().hue()).isNull();
        assertThat(legend(robot)).containsExactly("price");
        assertThat(snapshot(robot)).isNotEqualTo(byHue);

        edit(robot, tab, "Series by (hue)", "symbol");
        assertThat(legend(robot)).hasSize(5);
        assertThat(snapshot(robot)).isEqualTo(byHue);
    }

    @Test
    void aFacetSplitsTheChartIntoAPanelPerCategory(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("penguins.json"));

        edit(robot, tab, "Panels across by", "Island");
        assertThat(tab.figure()).isInstanceOf(GridFigure.class);
        assertThat(((GridFigure) tab.figure()).columns()).isEqualTo(3);

        edit(robot, tab, "Panels per row (wrap)", "2");
        assertThat(tab.spec().facet().wrap()).isEqualTo(2);
        assertThat(((GridFigure) tab.figure()).rows()).isEqualTo(2);

        edit(robot, tab, "Panels per row (wrap)", "two");
        assertThat(window.status().message()).contains("facet.wrap").contains("'two' is not a number");
        assertThat(tab.spec().facet().wrap()).isEqualTo(2);

        edit(robot, tab, "Same y range on every panel", false);
        assertThat(tab.spec().facet().shareY()).isFalse();
        edit(robot, tab, "Same y range on every panel", true);
        assertThat(tab.spec().facet().shareY()).as("the default, not written").isNull();

        edit(robot, tab, "Panels across by", FacetFields.NONE);
        assertThat(tab.spec().facet()).isNull();
        edit(robot, tab, "Same x range on every panel", false);
        assertThat(window.status().message()).contains("facet.shareX").contains("Panels across by");
        assertThat(tab.spec().facet()).isNull();
        assertThat(tab.figure()).isInstanceOf(ChartFigure.class);
    }

    @Test
    void theTransformListFiltersBinsTimeAndAggregatesAndRemovesSteps(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("stocks.csv"));

        press(robot, "#add-filter");
        assertThat(tab.editor().transforms().list().getItems()).containsExactly("filter: {column: symbol, op: \"==\", value: MSFT}");
        assertThat(legend(robot)).containsExactly("MSFT");
        // pandas: (df.symbol == "MSFT").sum() -> 123 months
        assertThat(chart(robot).getXYPlot().getDataset().getItemCount(0)).isEqualTo(123);

        press(robot, "#add-time-unit");
        assertThat(tab.spec().data().steps()).hasSize(2);
        var months = chart(robot).getXYPlot().getDataset();
        // pandas: pd.to_datetime(df[df.symbol == "MSFT"].date, format="%b %d %Y").dt.year.nunique() -> 11
        assertThat(java.util.stream.IntStream.range(0, months.getItemCount(0)).mapToDouble(i -> months.getXValue(0, i))
                .distinct().count()).as("the months on 11 years").isEqualTo(11);

        robot.interact(() -> tab.editor().transforms().forms().chooser().setValue("Aggregate"));
        press(robot, "#add-aggregate");
        assertThat(tab.editor().transforms().list().getItems()).containsExactly(
                "filter: {column: symbol, op: \"==\", value: MSFT}", "timeUnit: {column: date, unit: year}",
                "aggregate: {groupBy: [date, symbol], mean: price}");
        assertThat(chart(robot).getXYPlot().getDataset().getItemCount(0)).isEqualTo(11);

        robot.interact(() -> tab.editor().transforms().list().getSelectionModel().select(0));
        press(robot, "#remove-step");
        assertThat(tab.spec().data().steps()).hasSize(2);
        // the yearly means of every symbol, in order of first appearance: GOOG's first year is 2004, after the others'
        assertThat(legend(robot)).containsExactly("MSFT", "AMZN", "IBM", "AAPL", "GOOG");
    }

    @Test
    void theTypedFormsBuildAFilterInAListAndATopStepFromChoosers(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("stocks.csv"));
        StepForms forms = tab.editor().transforms().forms();
        assertThat(forms.filterColumn.getItems()).containsExactly("symbol", "date", "price");
        assertThat(forms.filterValue.getItems()).as("a categorical column offers its values")
                .containsExactly("MSFT", "AMZN", "IBM", "GOOG", "AAPL");

        robot.interact(() -> {
            forms.filterOp.setValue("in");
            forms.filterValue.getEditor().setText("IBM, AAPL");
        });
        press(robot, "#add-filter");
        assertThat(tab.editor().transforms().list().getItems()).containsExactly("filter: {column: symbol, op: in, value: [IBM, AAPL]}");
        assertThat(legend(robot)).containsExactly("IBM", "AAPL");

        robot.interact(() -> {
            forms.filterColumn.setValue("price");
            forms.filterOp.setValue(">");
            forms.filterValue.getEditor().setText("lots");
        });
        press(robot, "#add-filter");
        assertThat(window.status().message()).as("the core's message").contains("transform[1]").contains("lots");
        assertThat(tab.spec().data().steps()).hasSize(1);

        robot.interact(() -> forms.filterValue.getEditor().setText("100"));
        press(robot, "#add-filter");
        // pandas: df[df.symbol.isin(["IBM", "AAPL"]) & (df.price > 100)].groupby("symbol").size() -> AAPL 31, IBM 40
        assertThat(legend(robot)).containsExactly("IBM", "AAPL");
        assertThat(chart(robot).getXYPlot().getDataset().getItemCount(0)).isEqualTo(40);

        robot.interact(() -> tab.editor().transforms().list().getSelectionModel().select(1));
        press(robot, "#remove-step");
        robot.interact(() -> tab.editor().transforms().list().getSelectionModel().select(0));
        press(robot, "#remove-step");
        robot.interact(() -> {
            robot.lookup("#top-n").<javafx.scene.control.TextField>query().setText("2");
            robot.lookup("#top-by").<javafx.scene.control.ComboBox<String>>query().setValue("price");
        });
        press(robot, "#add-top");
        assertThat(tab.editor().transforms().list().getItems()).containsExactly("top: {column: symbol, \"n\": 2, by: price}");
        // pandas: df.groupby("symbol").price.sum().nlargest(2).index -> GOOG, IBM; the rest are "other"
        assertThat(legend(robot)).containsExactlyInAnyOrder("GOOG", "IBM", "other");
    }

    @Test
    void everyStepFormFitsBesideTheChartUncut(FxRobot robot) throws IOException {
        ChartTab tab = open(robot, TIDY.resolve("penguins.json"));
        edit(robot, tab, "Kind", ChartKind.BAR);
        StepForms forms = tab.editor().transforms().forms();
        javafx.scene.layout.Region pane = tab.editor().pane();
        javafx.geometry.Bounds shown = pane.localToScene(pane.getLayoutBounds());
        for (String title : forms.chooser().getItems()) {
            robot.interact(() -> forms.chooser().setValue(title));
            WaitForAsyncUtils.waitForFxEvents();
            for (javafx.scene.Node control : forms.form(title).getChildren()) {
                javafx.geometry.Bounds box = control.localToScene(control.getLayoutBounds());
                assertThat(shown.contains(box)).as(title + " form: " + control + " at " + box + " inside " + shown).isTrue();
            }
        }
        // a picture to look at (not compared): target/viewer-look/penguins-bar.png
        Path look = Files.createDirectories(Path.of("target/viewer-look")).resolve("penguins-bar.png");
        robot.interact(() -> ScreenshotMode.write(window.stage().getScene(), look));
    }

    @Test
    void aBadTransformShowsItsMessageInTheStatusBarAndKeepsTheChart(FxRobot robot) {
        ChartTab tab = open(robot, TIDY.resolve("stocks.csv"));
        JFreeChart before = chart(robot);

        typeStep(robot, tab, "filter: {column: sybmol, op: \"==\", value: AAPL}");
        assertThat(window.status().message()).contains("transform[0]").contains("sybmol").contains("symbol");
        assertThat(chart(robot)).isSameAs(before);
        assertThat(tab.spec().data().steps()).isEmpty();

        typeStep(robot, tab, "filter: {column: [");
        assertThat(window.status().message()).startsWith("transform[0]: this is not valid YAML");

        typeStep(robot, tab, "filtr: {column: symbol, op: \"==\", value: AAPL}");
        assertThat(window.status().message()).contains("unknown step 'filtr'").contains("filter");

        typeStep(robot, tab, "aggregate: {groupBy: [symbol], mean: price}");
        assertThat(window.status().message()).as("the chart's x, date, is gone after it").contains("date");
        assertThat(chart(robot)).isSameAs(before);
        assertThat(tab.editor().transforms().list().getItems()).isEmpty();
    }

    @Test
    void saveSpecKeepsTheParamsBlockAndItsPlaceholders(FxRobot robot) throws IOException {
        for (String name : new String[]{"sales.yaml", "north.csv", "south.csv"}) {
            Files.copy(Path.of("../examples/served", name), folder.resolve(name));
        }
        ChartTab tab = open(robot, folder.resolve("sales.yaml"));
        assertThat(tab.spec().title()).isEqualTo("Monthly sales: north");
        edit(robot, tab, "Y label", "Units sold");

        Path saved = folder.resolve("sales.yaml");
        robot.interact(() -> new ExportActions().saveSpec(tab.spec(), tab.template(), saved));

        assertThat(Files.readString(saved)).startsWith("""
                params:
                  region: {type: string, values: [north, south], default: north}
                kind: line
                title: "Monthly sales: ${region}"
                data:
                  file: "${region}.csv"
                """).contains("yLabel: Units sold");
    }

    @Test
    void saveSpecKeepsAFiltersPlaceholder(FxRobot robot) throws IOException {
        Files.copy(TIDY.resolve("stocks.csv"), folder.resolve("stocks.csv"));
        Path spec = Files.writeString(folder.resolve("one.yaml"), """
                params:
                  symbol: {type: string, values: [AAPL, MSFT, IBM], default: AAPL}   # ?symbol=MSFT
                kind: line
                data: {file: stocks.csv}
                transform:
                  - filter: {column: symbol, op: "==", value: "${symbol}"}
                x: date
                y: price
                """);
        ChartTab tab = open(robot, spec);
        assertThat(legend(robot)).containsExactly("price");
        edit(robot, tab, "Title", "One stock");

        Path saved = folder.resolve("saved.yaml");
        robot.interact(() -> new ExportActions().saveSpec(tab.spec(), tab.template(), saved));

        String text = Files.readString(saved);
        assertThat(text).startsWith("params:\n  symbol: {type: string, values: [AAPL, MSFT, IBM], default: AAPL}   # ?symbol=MSFT\n")
                .contains("value: \"${symbol}\"").contains("title: One stock");
        List<String> lines = new ArrayList<>(text.lines().toList());
        assertThat(lines).doesNotContain("    value: AAPL");
    }
}
