package dev.plotpress.bench;

import dev.plotpress.Chart;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.export.OutputFormat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * What the chart server does per drawn answer, in one thread and without HTTP: the spec and its table read once (as
 * the server keeps them), then figure + draw + PNG through one long-lived Exporter, again and again. {@link #round()}
 * draws for one second and gives the thread CPU ms per chart. {@code RenderLoopAB} runs two builds' loops
 * side by side in one JVM, alternating rounds, so that a busy machine's load falls on both alike.
 */
public final class RenderLoop {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OutputFormat PNG = OutputFormat.parse("png", ImageFormat.PNG);
    private final Chart chart;
    private final Exporter exporter = new Exporter();

    public RenderLoop(String specFile) {
        chart = Chart.fromSpec(Path.of(specFile));
    }

    /** Thread CPU ms per chart over about a second of drawing. */
    public double round() {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long end = System.nanoTime() + 1_000_000_000L;
        int charts = 0;
        while (System.nanoTime() < end) {
            chart.render(PNG, null, exporter);
            charts++;
        }
        return (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6 / charts;
    }

    /** The PNG's size, to see that both builds drew the same chart. */
    public int bytes() {
        return chart.render(PNG, null, exporter).bytes().length;
    }
}
