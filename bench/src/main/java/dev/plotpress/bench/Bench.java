package dev.plotpress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code Bench plotpress|jfreechart EXAMPLES_DIR [charts]}: per-kind median ms on one thread, then the
 * reports' workload (scatter matrix + heatmap per random 4x8 table) as charts/s on 1 thread and on all
 * cores (median of three rounds of {@code charts} charts each), then peak RSS. Prints one markdown table row; {@code Bench first EXAMPLES_DIR OUT} renders one
 * scatter matrix and exits (for cold-start timing).
 */
public final class Bench {
    public static void main(String[] args) throws Exception {
        String engine = args[0];
        Path examples = Path.of(args[1]);
        if (engine.equals("first")) {
            Files.write(Path.of(args[2]), new PlotpressWorkload(examples).scatterMatrix(0));
            return;
        }
        int charts = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        Workload workload = engine.equals("plotpress") ? new PlotpressWorkload(examples) : new JFreeChartWorkload();
        for (int i = 0; i < 300; i++) {   // JIT warm-up: C2 has compiled the hot paths by then
            workload.scatterMatrix(i);
            workload.heatmap(i);
            workload.lineDataUri();
        }
        double scatter = median(100, i -> workload.scatterMatrix(i));
        double heatmap = median(100, i -> workload.heatmap(i));
        double line = median(200, i -> workload.lineDataUri());
        double oneThread = medianOfRounds(workload, charts, 1);
        int cores = Runtime.getRuntime().availableProcessors();
        double allCores = medianOfRounds(workload, charts, cores);
        System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f (%d threads, %.2fx) | %d |",
                engine.equals("plotpress") ? "Plotpress" : "raw JFreeChart + ChartUtils (ImageIO)",
                scatter, heatmap, line, oneThread, allCores, cores, allCores / oneThread, peakRssMiB()));
    }

    interface Chart {
        Object draw(long seed) throws Exception;
    }

    static double median(int runs, Chart chart) throws Exception {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            chart.draw(i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    /**
     * Throughput settles only after a few thousand charts (late JIT compilations, the collector sizing its young
     * generation): the median of three rounds, as JMH reports iterations rather than the first one.
     */
    static double medianOfRounds(Workload workload, int charts, int threads) throws InterruptedException {
        double[] rounds = new double[3];
        for (int round = 0; round < rounds.length; round++) {
            rounds[round] = chartsPerSecond(workload, charts, threads);
        }
        Arrays.sort(rounds);
        return rounds[1];
    }

    /** The reports' workload: table i gives chart 2i (scatter matrix) and 2i+1 (heatmap). */
    static double chartsPerSecond(Workload workload, int charts, int threads) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                long i;
                while ((i = next.getAndIncrement()) < charts) {
                    try {
                        if (i % 2 == 0) {
                            workload.scatterMatrix(i / 2);
                        } else {
                            workload.heatmap(i / 2);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            workers.add(thread);
            thread.start();
        }
        for (Thread thread : workers) {
            thread.join();
        }
        return charts / ((System.nanoTime() - t0) / 1e9);
    }

    static long peakRssMiB() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }
}
