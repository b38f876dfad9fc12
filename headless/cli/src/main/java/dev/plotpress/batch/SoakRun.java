package dev.plotpress.batch;

import dev.plotpress.data.DataReader;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.render.Figure;
import dev.plotpress.Chart;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Renders one spec many times (data read, figure built, PNG encoded, bytes dropped) and samples memory as it
 * goes: the experiment behind {@code plotpress --headless soak}. {@code afterRender} sees every Figure; the real
 * command passes a no-op, tests pass one that keeps them, which is exactly the leak soak must reveal.
 */
public final class SoakRun {
    private final ChartSpec spec;
    private final SoakOptions options;
    private final Consumer<Figure> afterRender;

    /**
     * Told when the warm-up is over (on the worker that rendered its last chart, while the others go on; before
     * any chart when there is no warm-up) and when the last chart is done: where {@code --attribute} and
     * {@code --flame} start and stop their recordings.
     */
    public interface Watch {
        void warmedUp();

        void finished(long steadyCharts);
    }

    public SoakRun(ChartSpec spec, SoakOptions options, Consumer<Figure> afterRender) {
        this.spec = spec;
        this.options = options;
        this.afterRender = afterRender;
    }

    public SoakRun(ChartSpec spec, SoakOptions options) {
        this(spec, options, figure -> { });
    }

    /** Runs the soak, handing each sample to {@code profile} (may be null) and progress to {@code progress}. */
    public SoakSamples run(MemoryProfile profile, Progress progress) {
        return run(profile, progress, null);
    }

    /** {@link #run(MemoryProfile, Progress)}, telling {@code watch} (may be null) when the steady part starts and ends. */
    public SoakSamples run(MemoryProfile profile, Progress progress, Watch watch) {
        MemoryProbe probe = new MemoryProbe();
        List<MemorySample> samples = new ArrayList<>();
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicLong outOfMemoryAfter = new AtomicLong(-1);
        Exporter exporter = new Exporter();
        AtomicLong warmedUpAt = new AtomicLong(-1);
        if (watch != null && options.warmup() == 0) {
            watch.warmedUp();
            warmedUpAt.set(0);
        }
        Runnable worker = () -> {
            while (failure.get() == null && outOfMemoryAfter.get() < 0 && next.getAndIncrement() < options.charts()) {
                Figure figure;
                try {
                    figure = Chart.of(spec, DataReader.read(spec.data())).figure();
                    exporter.image(figure, ImageFormat.PNG);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    return;
                } catch (OutOfMemoryError e) {
                    outOfMemoryAfter.compareAndSet(-1, done.get());
                    return;
                }
                try {
                    afterRender.accept(figure);
                } catch (OutOfMemoryError e) {
                    outOfMemoryAfter.compareAndSet(-1, done.get());
                    return;
                }
                long charts = done.incrementAndGet();
                if (watch != null && charts == options.warmup()) {
                    watch.warmedUp();
                    warmedUpAt.set(done.get());
                }
                boolean checkpoint = charts % options.checkpointEvery() == 0 || charts == options.charts();
                if (checkpoint || charts % options.sampleEvery() == 0) {
                    MemorySample sample = checkpoint ? probe.sampleAfterFullGc(charts) : probe.sample(charts);
                    synchronized (samples) {
                        samples.add(sample);
                        if (profile != null) {
                            profile.add(sample);
                        }
                    }
                    progress.update(charts, 0);
                }
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.threads(); i++) {
            Thread t = new Thread(worker, "plotpress-soak-" + (i + 1));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            joinUninterruptibly(t);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (watch != null && warmedUpAt.get() >= 0 && outOfMemoryAfter.get() < 0) {   // a full heap has no room to explain
            watch.finished(done.get() - warmedUpAt.get());
        }
        samples.sort(java.util.Comparator.comparingLong(MemorySample::charts));
        return new SoakSamples(samples, outOfMemoryAfter.get());
    }

    private static void joinUninterruptibly(Thread t) {
        while (true) {
            try {
                t.join();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
