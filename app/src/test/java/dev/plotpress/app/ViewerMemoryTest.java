package dev.plotpress.app;

import dev.plotpress.internal.render.GridFigure;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The viewer holds what is on screen and nothing more: closed tabs leave nothing reachable, and reloading a
 * changing file does not grow the heap (the pyplot figure registry leak of the reports, checked in Java).
 */
@ExtendWith(ApplicationExtension.class)
class ViewerMemoryTest {
    private ViewerWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = new ViewerWindow(stage, 900, 600, false);
        stage.show();
    }

    @Test
    void twoHundredClosedScatterMatrixTabsLeaveNoChartFigureDatasetOrNodeReachable(FxRobot robot) throws IOException {
        // 5 x 5 cells rather than the example's 8 x 8: the same objects per cell, a third of the drawing time
        Path spec = folder.resolve("matrix.yaml");
        Files.writeString(spec, "kind: scatter-matrix\ntitle: Scatter matrix\ndata:\n  random: {rows: 20, columns: 5, seed: 0}\n");
        List<WeakReference<Object>> held = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            robot.interact(() -> {
                ChartTab tab = window.open(spec).orElseThrow();
                GridFigure figure = (GridFigure) tab.figure();
                held.add(new WeakReference<>(figure));
                held.add(new WeakReference<>(figure.cell(0, 1)));
                held.add(new WeakReference<>(figure.cell(0, 1).getXYPlot().getDataset()));
                held.add(new WeakReference<>(tab.tab().getContent()));
                held.add(new WeakReference<>(tab.editor().node()));
                held.add(new WeakReference<>(tab));
                // laid out: every cell canvas has its size and has drawn its chart
                window.stage().getScene().getRoot().applyCss();
                window.stage().getScene().getRoot().layout();
                ChartCanvas cell = (ChartCanvas) window.stage().getScene().lookup("#cell-0-1");
                assertThat(cell.getWidth()).isPositive();
                held.add(new WeakReference<>(cell));
            });
            if (i % 20 == 0) {
                WaitForAsyncUtils.waitForFxEvents(); // and now and then rendered to the screen too
            }
            robot.interact(window::closeSelected);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.tabs().getTabs()).isEmpty();

        long reachable = collect(held);
        assertThat(reachable).as("objects of closed tabs still reachable, of " + held.size()).isZero();
    }

    @Test
    void reloadingAChangingFileAThousandTimesDoesNotGrowTheHeap(FxRobot robot) throws IOException {
        Path csv = folder.resolve("live.csv");
        write(csv, 0);
        ChartTab[] opened = new ChartTab[1];
        robot.interact(() -> opened[0] = window.open(csv).orElseThrow());
        ChartTab tab = opened[0];
        long at100 = 0;
        for (int i = 1; i <= 1000; i++) {
            write(csv, i);
            robot.interact(tab::reload);
            if (i == 100) {
                at100 = usedHeapAfterGc();
            }
        }
        long at1000 = usedHeapAfterGc();
        System.out.printf("viewer live reload: used heap after GC %.1f MB at 100 reloads, %.1f MB at 1000%n",
                at100 / 1e6, at1000 / 1e6);
        assertThat(tab.table().rowCount()).isEqualTo(200);
        assertThat(window.status().message()).isEqualTo("Reloaded live.csv");
        assertThat(at1000).as("used heap after GC at 1000 reloads vs 100 (bytes)").isLessThan(at100 + 4_000_000);
    }

    private static void write(Path csv, int version) throws IOException {
        StringBuilder text = new StringBuilder("step,value\n");
        for (int row = 0; row < 200; row++) {
            text.append(row).append(',').append(Math.sin(row / 10.0 + version)).append('\n');
        }
        Files.writeString(csv, text);
    }

    private static long collect(List<WeakReference<Object>> refs) {
        for (int attempt = 0; attempt < 50; attempt++) {
            System.gc();
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            if (refs.stream().allMatch(ref -> ref.get() == null)) {
                return 0;
            }
        }
        return refs.stream().filter(ref -> ref.get() != null).count();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 5; i++) {
            // let a few pulses pass first: removed canvases free their pending drawing on the next render
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
