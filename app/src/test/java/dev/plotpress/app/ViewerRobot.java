package dev.plotpress.app;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the viewer's UI tests do to a window: write the people table, open a file, edit a property. */
final class ViewerRobot {
    private ViewerRobot() {
    }

    /** 40 rows of three numeric columns: height, weight, age. */
    static Path peopleCsv(Path folder) throws IOException {
        StringBuilder text = new StringBuilder("height,weight,age\n");
        for (int i = 0; i < 40; i++) {
            text.append(150 + i).append(',').append(50 + (i * 7) % 30).append(',').append(20 + i % 9).append('\n');
        }
        return Files.writeString(folder.resolve("people.csv"), text);
    }

    static ChartTab open(FxRobot robot, ViewerWindow window, Path file) {
        ChartTab[] tab = new ChartTab[1];
        robot.interact(() -> tab[0] = window.open(file).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        return tab[0];
    }

    /** Sets the editor row called {@code name}, as a person picking or typing a value does. */
    static void edit(FxRobot robot, ChartTab tab, String name, Object value) {
        robot.interact(() -> tab.editor().node().getItems().stream().filter(item -> item.getName().equals(name))
                .findFirst().orElseThrow().setValue(value));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
