package dev.plotpress.app;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
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
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spec file changing on disk while the tab holds edits: the edits stay until the person chooses. (What
 * notices the change is FileWatch, tested in FileWatchTest; here the tab is told directly.)
 */
@ExtendWith(ApplicationExtension.class)
class LiveReloadTest {
    private ViewerWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = new ViewerWindow(stage, 1100, 760, false);
        stage.show();
    }

    @Test
    void aSpecChangedUnderEditsIsOfferedNotAppliedAndReloadTakesIt(FxRobot robot) throws IOException {
        ChartTab tab = editedTabWhoseSpecChangedOnDisk(robot);

        assertThat(tab.spec().title()).isEqualTo("Edited here");
        assertThat(tab.offeringReload()).isTrue();
        assertThat(window.status().message()).contains("spec.yaml changed on disk; your edits are kept");

        robot.interact(() -> button(robot, ChartTab.RELOAD).fire());

        assertThat(tab.spec().title()).isEqualTo("Changed on disk");
        assertThat(tab.hasUnsavedEdits()).isFalse();
        assertThat(tab.offeringReload()).isFalse();
    }

    @Test
    void keptEditsSurviveALaterDataChangeWhichStillBringsTheNewRows(FxRobot robot) throws IOException {
        ChartTab tab = editedTabWhoseSpecChangedOnDisk(robot);
        robot.interact(() -> button(robot, ChartTab.KEEP).fire());
        int rows = tab.table().rowCount();

        Files.writeString(folder.resolve("people.csv"), "999,99,99\n", StandardOpenOption.APPEND);
        robot.interact(tab::reload);

        assertThat(tab.spec().title()).isEqualTo("Edited here");
        assertThat(tab.table().rowCount()).isEqualTo(rows + 1);
        assertThat(tab.offeringReload()).as("the spec on disk did not change again").isFalse();
    }

    @Test
    void withoutEditsAChangedSpecIsAppliedAtOnce(FxRobot robot) throws IOException {
        Path spec = spec("On disk");
        ChartTab tab = ViewerRobot.open(robot, window, spec);

        spec("Changed on disk");
        robot.interact(tab::reload);

        assertThat(tab.spec().title()).isEqualTo("Changed on disk");
        assertThat(tab.offeringReload()).isFalse();
    }

    @Test
    void savingOverTheSpecFileMakesTheEditsSaved(FxRobot robot) throws IOException {
        Path spec = spec("On disk");
        ChartTab tab = ViewerRobot.open(robot, window, spec);
        ViewerRobot.edit(robot, tab, "Title", "Edited here");
        assertThat(tab.hasUnsavedEdits()).isTrue();

        robot.interact(() -> tab.saved(folder.resolve(".").resolve("spec.yaml")));

        assertThat(tab.hasUnsavedEdits()).isFalse();
    }

    /** A tab whose title was edited here while the file's title changed on disk; the tab has been told. */
    private ChartTab editedTabWhoseSpecChangedOnDisk(FxRobot robot) throws IOException {
        ChartTab tab = ViewerRobot.open(robot, window, spec("On disk"));
        ViewerRobot.edit(robot, tab, "Title", "Edited here");
        spec("Changed on disk");
        robot.interact(tab::reload);
        return tab;
    }

    private Path spec(String title) throws IOException {
        ViewerRobot.peopleCsv(folder);
        return Files.writeString(folder.resolve("spec.yaml"), """
                kind: scatter
                title: %s
                data: {file: people.csv}
                x: height
                y: [weight]
                """.formatted(title));
    }

    private static Button button(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node node) -> node instanceof Button b && text.equals(b.getText())).queryButton();
    }
}
