package dev.plotpress.testing;

import com.example.reports.CachingSalesReport;
import com.example.reports.LiveDashboard;
import com.example.reports.PooledTileRenderer;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.Chart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;

import static dev.plotpress.testing.LeakCheck.assertThatCalling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The leak check finds three classic leaks in users' chart code, names what grows and the line that allocated
 * it, and passes a clean render loop. Each check's message and time is printed for the record (docs quote them).
 */
class LeakCheckTest {
    private long started;

    @AfterEach
    void forgetTheCache() {
        CachingSalesReport.forget();
    }

    @Test
    void aStaticListIsFoundAndChargedToTheMethodThatFilledIt() {
        CachingSalesReport report = new CachingSalesReport();

        String message = failureOf(() -> assertThatCalling(report::render).doesNotLeak());

        assertThat(message).contains("+1 double[]")
                .contains("allocated at CachingSalesReport.loadSales(CachingSalesReport.java:")
                // the list that keeps them; JFR names the path's root "static CachingSalesReport.SALES_CACHE" on most
                // runs but sometimes the thread that happened to hold the reference (seen: C2 CompilerThread0)
                .contains("ArrayList.elementData -> Object[] -> double[]");
    }

    @Test
    void aChartListeningToALongLivedDatasetIsFoundAndChargedToTheMethodThatBuiltIt() {
        LiveDashboard dashboard = new LiveDashboard();

        String message = failureOf(() -> assertThatCalling(dashboard::render).doesNotLeak());

        assertThat(message).contains("+1 JFreeChart").contains("+1 XYPlot")
                .contains("allocated at LiveDashboard.build(LiveDashboard.java:")
                .contains("LiveDashboard.prices -> XYSeriesCollection.listenerList");
    }

    @Test
    void aThreadLocalOnPooledThreadsIsFoundAndChargedToTheTaskThatFilledIt() {
        try (PooledTileRenderer renderer = new PooledTileRenderer()) {
            int[] request = {0};

            String message = failureOf(() -> assertThatCalling(() -> renderer.render(request[0]++, 7)).doesNotLeak());

            assertThat(message).contains("+1 PooledTileRenderer.Tile").contains("+1 BufferedImage")
                    .contains("allocated at PooledTileRenderer.renderTile(PooledTileRenderer.java:")
                    .contains("Thread Name: tile-worker -> Thread.threadLocals");
        }
    }

    @Test
    void aCleanPlotpressRenderLoopPasses() {
        Exporter exporter = new Exporter();
        Table table = new Table("sales", List.of(new NumericColumn("day", new double[] {1, 2, 3, 4, 5}),
                new NumericColumn("sales", new double[] {3, 1, 4, 1, 5})));
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).title("Sales").x("day").y("sales")
                .size(Size.inches(3, 2, 50)).build();

        long start = System.nanoTime();
        long cpu = processCpuNanos();
        assertThatCode(() -> assertThatCalling(() -> exporter.image(Chart.of(spec, table).figure(), ImageFormat.PNG))
                .doesNotLeak()).doesNotThrowAnyException();
        System.out.printf("clean render loop: passed in %.1f s (%.1f s of CPU)%n", (System.nanoTime() - start) / 1e9,
                (processCpuNanos() - cpu) / 1e9);
    }

    /** CPU time of this JVM (all threads, GC included): the machine running the tests may be shared. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String failureOf(Runnable check) {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        AssertionError failure = catchThrowableOfType(AssertionError.class, check::run);
        System.out.printf("check failed in %.1f s (%.1f s of CPU) with:%s%n", (System.nanoTime() - start) / 1e9,
                (processCpuNanos() - cpu) / 1e9, failure == null ? " nothing (it passed)" : failure.getMessage());
        assertThat(failure).as("the leak check should have failed").isNotNull();
        return failure.getMessage();
    }
}
