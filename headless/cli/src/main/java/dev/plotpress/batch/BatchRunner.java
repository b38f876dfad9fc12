package dev.plotpress.batch;

import dev.plotpress.data.DataReader;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.render.Figure;
import dev.plotpress.Chart;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Runs a batch: every output is planned first ({@link BatchPlan}); then jobs are built from their index and
 * handed to N worker threads through a bounded window (a semaphore of a few jobs per worker), so a million-job
 * file runs in the same heap as a ten-job file. Every job ends in the report, whatever it throws (an
 * OutOfMemoryError included); a failing job is reported and the rest go on; outputs are written atomically.
 * {@link #stop} (a signal, from the command's shutdown hook) stops taking jobs, lets the running ones finish
 * for a few seconds and abandons the rest, and the report is written for what was done.
 */
public final class BatchRunner {
    /** How long a stop waits for running jobs before abandoning them (their temporary files stay behind). */
    public static final long STOP_GRACE_MILLIS = 5_000;

    private final BatchOptions options;
    private final Exporter exporter = new Exporter();
    private final PrintStream log;
    private final AtomicReference<String> stopped = new AtomicReference<>();
    private volatile BadInputException reportFailure;

    public BatchRunner(BatchOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** How many jobs this process will run (its shard of the file). */
    public long jobCount(JobFile jobs) {
        return options.shard().countOf(jobs.jobCount());
    }

    /** Stop taking jobs; {@code reason} goes into the summary and the report. Safe from any thread. */
    public void stop(String reason) {
        stopped.compareAndSet(null, reason);
    }

    /** Set when the report could not be written (e.g. a full disk): the batch stopped because of it. */
    public BadInputException reportFailure() {
        return reportFailure;
    }

    public BatchTotals run(JobFile jobs, Progress progress) {
        BatchPlan plan = BatchPlan.of(jobs, options.out());
        if (options.resume()) {
            removeLeftovers(plan.folder());
        }
        long count = jobCount(jobs);
        long start = System.nanoTime();
        try (ResultSink sink = new ResultSink(options, count, progress, log)) {
            ExecutorService workers = Executors.newFixedThreadPool(options.threads(), workerThreads());
            Semaphore window = new Semaphore(options.threads() * 4);
            try {
                for (long i = 0; i < count && acquire(window, sink); i++) {
                    long index = options.shard().jobIndex(i);
                    workers.execute(() -> {
                        JobResult result;
                        try {
                            result = runOne(jobs, plan, index);
                        } catch (Throwable t) {
                            result = failure(jobs, index, t);
                        }
                        try {
                            sink.add(result);
                        } finally {
                            window.release();
                        }
                    });
                }
            } finally {
                workers.shutdown();
                awaitOrAbandon(workers);
            }
            BatchTotals totals = sink.finish((System.nanoTime() - start) / 1_000_000, stopped.get());
            reportFailure = sink.reportFailure();
            return totals;
        }
    }

    /** Waits for a free place in the window; false when the batch is to stop instead. */
    private boolean acquire(Semaphore window, ResultSink sink) {
        while (true) {
            if (options.failFast() && sink.failed() > 0) {
                stop("--fail-fast after a failed job");
            }
            if (sink.reportFailure() != null) {
                stop("the report could not be written");
            }
            if (stopped.get() != null) {
                return false;
            }
            try {
                if (window.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop("interrupted");
            }
        }
    }

    JobResult runOne(JobFile jobs, BatchPlan plan, long index) {
        long t0 = System.nanoTime();
        Job job;
        try {
            job = jobs.job(index, plan.folder());
        } catch (BadInputException e) {
            return JobResult.failed(index, jobs.name(index), null, 0, e.getMessage());
        }
        OutputFormat format = OutputFormat.fromFileName(job.output(), ImageFormat.PNG);
        if (options.resume() && Files.isRegularFile(job.output())) {
            String problem = CompleteOutput.problem(job.output(), format, job.spec().size());
            if (problem == null) {
                return JobResult.skipped(job);
            }
            log.println("plotpress: job " + index + " (" + job.name() + "): " + job.output() + " is " + problem
                    + "; drawing it again");
        }
        try {
            Figure figure = Chart.of(job.spec(), DataReader.read(job.data())).figure();
            Files.createDirectories(job.output().getParent());
            plan.requireInside(job.output());
            long bytes = exporter.write(figure, format, figure.size(), job.output());
            return JobResult.written(job, bytes, (System.nanoTime() - t0) / 1_000_000, figure.warnings());
        } catch (BadInputException e) {
            if (noSpaceLeft(e)) {
                stop("no space left on the device of " + job.output().getParent());
            }
            return JobResult.failed(index, job.name(), job.output(), (System.nanoTime() - t0) / 1_000_000, e.getMessage());
        } catch (IOException e) {
            return JobResult.failed(index, job.name(), job.output(), (System.nanoTime() - t0) / 1_000_000,
                    job.output().getParent() + ": cannot create the folder: " + e.getMessage());
        }
    }

    /** Whatever escaped a job, as that job's failure: the batch and its report go on. */
    private static JobResult failure(JobFile jobs, long index, Throwable t) {
        String name;
        try {
            name = jobs.name(index);
        } catch (RuntimeException e) {
            name = "job " + index;
        }
        String reason = t instanceof OutOfMemoryError
                ? "out of memory drawing this chart (the Java heap is at most "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB); draw it smaller (size, dpi, fewer rows or "
                + "columns) or give Java more memory, e.g. PLOTPRESS_JAVA_OPTS=-Xmx4g"
                : "internal error (please report it): " + t;
        return JobResult.failed(index, name, null, 0, reason);
    }

    private static boolean noSpaceLeft(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (String.valueOf(c.getMessage()).contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    /** Temporary files of a killed run: never complete, so they go before the rerun. */
    static void removeLeftovers(Path out) {
        if (!Files.isDirectory(out)) {
            return;
        }
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(OutputFile.TEMP_PREFIX) && name.endsWith(".tmp");
            }).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new BadInputException(p + ": cannot remove a leftover temporary file: " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot list the output folder: " + e.getMessage(), e);
        }
    }

    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "plotpress-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Waits for the running jobs; after a stop, for {@link #STOP_GRACE_MILLIS} at most. */
    private void awaitOrAbandon(ExecutorService workers) {
        long stopSeen = -1;
        while (true) {
            try {
                if (workers.awaitTermination(50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop("interrupted");
            }
            if (stopped.get() != null) {
                long now = System.nanoTime();
                if (stopSeen < 0) {
                    stopSeen = now;
                } else if (now - stopSeen > TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MILLIS)) {
                    workers.shutdownNow();
                    log.println("plotpress: abandoned the jobs still running after " + STOP_GRACE_MILLIS / 1000
                            + " s (their outputs were not written)");
                    return;
                }
            }
        }
    }
}
