package dev.plotpress.batch;

import dev.plotpress.data.DataReader;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.export.OutputFile;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.render.Figure;
import dev.plotpress.render.Renderer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs a batch: jobs are built from their index and handed to N worker threads through a bounded window
 * (a semaphore of a few jobs per worker), so a million-job file starts at once and runs in the same heap
 * as a ten-job file. A failing job is reported and the rest go on; outputs are written atomically.
 */
public final class BatchRunner {
    private final BatchOptions options;
    private final Exporter exporter = new Exporter();
    private final PrintStream log;

    public BatchRunner(BatchOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** How many jobs this process will run (its shard of the file). */
    public long jobCount(JobFile jobs) {
        return options.shard().countOf(jobs.jobCount());
    }

    public BatchTotals run(JobFile jobs, Progress progress) {
        if (options.resume()) {
            removeLeftovers(options.out());
        }
        long count = jobCount(jobs);
        long start = System.nanoTime();
        try (ResultSink sink = new ResultSink(options, progress, log)) {
            ExecutorService workers = Executors.newFixedThreadPool(options.threads(), workerThreads());
            Semaphore window = new Semaphore(options.threads() * 4);
            try {
                for (long i = 0; i < count && !(options.failFast() && sink.failed() > 0); i++) {
                    long index = options.shard().jobIndex(i);
                    window.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            sink.add(runOne(jobs, index));
                        } finally {
                            window.release();
                        }
                    });
                }
            } finally {
                workers.shutdown();
                awaitQuietly(workers);
            }
            return sink.finish((System.nanoTime() - start) / 1_000_000);
        }
    }

    JobResult runOne(JobFile jobs, long index) {
        long t0 = System.nanoTime();
        Job job;
        try {
            job = jobs.job(index, options.out());
        } catch (BadInputException e) {
            return JobResult.failed(index, jobs.name(index), null, 0, e.getMessage());
        }
        if (options.resume() && Files.isRegularFile(job.output())) {
            return JobResult.skipped(job);
        }
        try {
            Figure figure = Renderer.render(job.spec(), DataReader.read(job.data()));
            OutputFormat format = OutputFormat.fromFileName(job.output(), ImageFormat.PNG);
            long bytes = exporter.write(figure, format, job.spec().size(), job.output());
            return JobResult.written(job, bytes, (System.nanoTime() - t0) / 1_000_000);
        } catch (BadInputException e) {
            return JobResult.failed(index, job.name(), job.output(), (System.nanoTime() - t0) / 1_000_000, e.getMessage());
        } catch (RuntimeException e) {
            return JobResult.failed(index, job.name(), job.output(), (System.nanoTime() - t0) / 1_000_000,
                    "internal error (please report it): " + e);
        }
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

    private static void awaitQuietly(ExecutorService workers) {
        boolean interrupted = false;
        while (true) {
            try {
                if (workers.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
