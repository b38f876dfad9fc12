package dev.plotpress.app;

import dev.plotpress.model.ChartKind;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A pair opened from a scatter-matrix cell follows its data file like the tab it came from (real file watch). */
@ExtendWith(ApplicationExtension.class)
class MatrixCellTabTest {
    private ViewerWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = new ViewerWindow(stage, 1100, 760, true);
        stage.show();
    }

    @Test
    void aPairOpenedFromAMatrixCellRedrawsWithNewRowsWhenItsCsvChanges(FxRobot robot) throws Exception {
        Path csv = ViewerRobot.peopleCsv(folder);
        ViewerRobot.open(robot, window, csv);
        robot.clickOn("#cell-1-2");
        WaitForAsyncUtils.waitForFxEvents();
        ChartTab pair = window.selected().orElseThrow();
        int rows = pair.table().rowCount();
        Thread.sleep(300);   // the watch service is registered on its own thread

        Files.writeString(csv, "999,99,99\n", StandardOpenOption.APPEND);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pair.table().rowCount() == rows + 1);
        assertThat(pair.spec().kind()).as("still the pair, not the matrix").isEqualTo(ChartKind.SCATTER);
        assertThat(pair.spec().x()).isEqualTo("age");
    }
}
