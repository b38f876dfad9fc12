package dev.plotpress.app;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.HeatmapOptions;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.fx.ChartViewer;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's categories beyond columns and style: theme, axes, histogram bins, heatmap and scatter matrix. */
@ExtendWith(ApplicationExtension.class)
class SpecEditorTest {
    private ViewerWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = new ViewerWindow(stage, 1100, 760, false);
        stage.show();
    }

    private ChartTab open(FxRobot robot) throws IOException {
        return ViewerRobot.open(robot, window, ViewerRobot.peopleCsv(folder));
    }

    private static void edit(FxRobot robot, ChartTab tab, String name, Object value) {
        ViewerRobot.edit(robot, tab, name, value);
    }

    private static JFreeChart chart(FxRobot robot) {
        return robot.lookup("#chart-viewer").<ChartViewer>query().getChart();
    }

    @Test
    void theSheetGroupsTheKindsOptionsByCategoryInAFixedOrder(FxRobot robot) throws IOException {
        ChartTab tab = open(robot);
        edit(robot, tab, "Kind", ChartKind.LINE);
        PropertySheet sheet = tab.editor().node();

        assertThat(sheet.getMode()).isEqualTo(PropertySheet.Mode.CATEGORY);
        assertThat(robot.from(sheet).lookup(".titled-pane").queryAllAs(TitledPane.class).stream().map(TitledPane::getText))
                .containsExactly("Chart", "Columns", "Estimate", "Facets", "Labels", "Style", "Axes", "Size");
        assertThat(sheet.getItems().stream().map(PropertySheet.Item::getName)).contains(
                "X dates written as", "Theme", "Palette", "Log x", "Log y", "X min", "X max", "Y min", "Y max",
                "Tick format", "Grid", "Right-axis Y columns", "Right-axis label", "Line width").doesNotHaveDuplicates();

        edit(robot, tab, "Kind", ChartKind.HEATMAP);
        assertThat(robot.from(sheet).lookup(".titled-pane").queryAllAs(TitledPane.class).stream().map(TitledPane::getText))
                .containsExactly("Chart", "Columns", "Labels", "Style", "Heatmap", "Size");
        assertThat(sheet.getItems().stream().map(PropertySheet.Item::getName)).contains(
                "Colormap", "Number format", "Colour bar", "Lowest value (vmin)", "Highest value (vmax)", "Mask")
                .doesNotContain("Colour", "Palette", "Log x", "Bins");
    }

    @Test
    void theDarkThemeDarkensTheChartBackground(FxRobot robot) throws IOException {
        ChartTab tab = open(robot);
        edit(robot, tab, "Kind", ChartKind.SCATTER);
        edit(robot, tab, "Theme", "dark");

        assertThat(tab.spec().theme()).isEqualTo(ColorTheme.DARK);
        assertThat(chart(robot).getBackgroundPaint()).isEqualTo(ColorTheme.DARK.background());
        ChartViewer viewer = robot.lookup("#chart-viewer").query();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = viewer.getCanvas().snapshot(null, null));
        Color corner = shot[0].getPixelReader().getColor(3, 3);
        assertThat(corner.getBrightness()).as("the corner of the drawn chart").isLessThan(0.2);
    }

    @Test
    void logYMakesTheRangeAxisLogarithmicAndBlankRangesMeanTheData(FxRobot robot) throws IOException {
        ChartTab tab = open(robot);
        edit(robot, tab, "Kind", ChartKind.SCATTER);
        edit(robot, tab, "Log y", true);

        assertThat(tab.spec().axes().logY()).isTrue();
        assertThat(chart(robot).getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);

        edit(robot, tab, "X min", "0");
        edit(robot, tab, "X max", "500");
        assertThat(chart(robot).getXYPlot().getDomainAxis().getRange().getUpperBound()).isEqualTo(500.0);
        edit(robot, tab, "X max", " ");
        assertThat(tab.spec().axes().xMax()).as("blank is the default").isNull();
        assertThat(chart(robot).getXYPlot().getDomainAxis().getRange().getUpperBound()).isLessThan(500.0);
    }

    @Test
    void aScatterTakesAFitAndAHistogramItsDensityCurves(FxRobot robot) throws IOException {
        ChartTab tab = open(robot);
        edit(robot, tab, "Kind", ChartKind.SCATTER);
        int drawn = chart(robot).getXYPlot().getDatasetCount();

        edit(robot, tab, "Fit", "order 2");

        assertThat(tab.spec().fit()).isEqualTo(new dev.plotpress.model.Fit(2, null));
        assertThat(chart(robot).getXYPlot().getDatasetCount()).as("the curve's dataset").isEqualTo(drawn + 1);
        edit(robot, tab, "Kind", ChartKind.HISTOGRAM);
        assertThat(tab.spec().fit()).as("a histogram draws no fit: let go").isNull();
        edit(robot, tab, "Y column", "weight");
        edit(robot, tab, "KDE", true);
        assertThat(tab.spec().histogram().kde()).isTrue();
        assertThat(chart(robot).getXYPlot().getDataset(1).getItemCount(0)).isEqualTo(200);
    }

    @Test
    void binsChangeTheHistogramsBarCount(FxRobot robot) throws IOException {
        ChartTab tab = open(robot);
        edit(robot, tab, "Kind", ChartKind.HISTOGRAM);
        edit(robot, tab, "Y column", "weight");
        assertThat(tab.spec().bins()).as("blank: numpy's 'auto' rule").isNull();

        edit(robot, tab, "Bins", "4");

        assertThat(tab.spec().bins()).isEqualTo(4);
        assertThat(chart(robot).getXYPlot().getDataset().getItemCount(0)).isEqualTo(4);
        edit(robot, tab, "Bins", "0");
        assertThat(tab.spec().bins()).isEqualTo(4);
        assertThat(window.status().message()).contains("bins").contains("between 1 and");
        edit(robot, tab, "Bins", "many");
        assertThat(tab.spec().bins()).isEqualTo(4);
        assertThat(window.status().message()).contains("bins: 'many' is not a whole number");
        edit(robot, tab, "Bins", "");
        assertThat(tab.spec().bins()).isNull();
    }

    @Test
    void anUpperMaskLeavesTheCellsAboveTheDiagonalOut(FxRobot robot) throws IOException {
        ChartTab tab = open(robot);
        edit(robot, tab, "Kind", ChartKind.HEATMAP);
        assertThat(chart(robot).getXYPlot().getDataset().getItemCount(0)).isEqualTo(40 * 3);

        edit(robot, tab, "Mask", "upper");

        assertThat(tab.spec().heatmap().mask()).isEqualTo(HeatmapOptions.Mask.UPPER);
        // 3 columns: row 0 hides columns 1 and 2, row 1 hides column 2
        var cells = chart(robot).getXYPlot().getDataset();
        assertThat(cells.getItemCount(0)).isEqualTo(40 * 3 - 3);
        for (int i = 0; i < cells.getItemCount(0); i++) {
            assertThat(cells.getXValue(0, i)).as("column of cell %d", i).isLessThanOrEqualTo(cells.getYValue(0, i));
        }
    }

    @Test
    void aVminAboveVmaxKeepsTheChartAndSaysWhyInTheCliWords(FxRobot robot) throws IOException {
        ChartTab tab = open(robot);
        edit(robot, tab, "Kind", ChartKind.HEATMAP);
        edit(robot, tab, "Highest value (vmax)", "100");
        JFreeChart before = chart(robot);

        edit(robot, tab, "Lowest value (vmin)", "200");

        assertThat(tab.spec().heatmap().vmin()).isNull();
        assertThat(tab.spec().heatmap().vmax()).isEqualTo(100.0);
        assertThat(chart(robot)).isSameAs(before);
        assertThat(window.status().message()).isEqualTo("heatmap.vmin: must be below heatmap.vmax (200.0 >= 100.0)");

        edit(robot, tab, "Lowest value (vmin)", "low");
        assertThat(window.status().message()).contains("heatmap.vmin").contains("'low' is not a number");
    }

    @Test
    void scatterMatrixColumnsAreCheckedAgainstTheTable(FxRobot robot) throws IOException {
        ChartTab tab = open(robot);
        edit(robot, tab, "Matrix columns", "age, weight");
        assertThat(tab.spec().scatterMatrix().columns()).containsExactly("age", "weight");
        assertThat(robot.lookup("#cell-1-1").tryQuery()).isPresent();
        assertThat(robot.lookup("#cell-2-2").tryQuery()).as("a 2 x 2 matrix").isEmpty();

        edit(robot, tab, "Matrix columns", "age, shoe size");
        assertThat(tab.spec().scatterMatrix().columns()).containsExactly("age", "weight");
        assertThat(window.status().message()).contains("shoe size");

        edit(robot, tab, "Tick labels", true);
        assertThat(tab.spec().scatterMatrix().ticks()).isTrue();
    }

    @Test
    void aPairplotsDiagonalAndCornerSurviveOtherMatrixEdits(FxRobot robot) throws IOException {
        ChartTab tab = open(robot);
        edit(robot, tab, "Diagonal", "histogram");
        edit(robot, tab, "Lower triangle only", true);
        edit(robot, tab, "Tick labels", true);

        assertThat(tab.spec().scatterMatrix().diagonal()).isEqualTo(ScatterMatrixOptions.Diagonal.HISTOGRAM);
        assertThat(tab.spec().scatterMatrix().corner()).isTrue();
        assertThat(tab.spec().scatterMatrix().ticks()).isTrue();
    }

    @Test
    void rightAxisColumnsGoOnASecondYAxis(FxRobot robot) throws IOException {
        ChartTab tab = open(robot);
        edit(robot, tab, "Kind", ChartKind.LINE);
        edit(robot, tab, "X column", "age");
        edit(robot, tab, "Y column", "weight");
        edit(robot, tab, "Right-axis Y columns", "height");
        edit(robot, tab, "Right-axis label", "height (cm)");

        assertThat(tab.spec().y2()).containsExactly("height");
        assertThat(chart(robot).getXYPlot().getRangeAxisCount()).isEqualTo(2);
        assertThat(chart(robot).getXYPlot().getRangeAxis(1).getLabel()).isEqualTo("height (cm)");
    }
}
