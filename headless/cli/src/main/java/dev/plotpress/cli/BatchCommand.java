package dev.plotpress.cli;

import dev.plotpress.batch.BatchOptions;
import dev.plotpress.batch.BatchRunner;
import dev.plotpress.batch.BatchTotals;
import dev.plotpress.batch.JobFile;
import dev.plotpress.batch.JobFileReader;
import dev.plotpress.batch.Progress;
import dev.plotpress.batch.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code plotpress --headless batch JOBS}: every chart of a job file, in parallel, resumable, shardable. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Render every chart of a job file (docs/batch.schema.json): each data source x each spec.",
                "Outputs are written atomically; a failing job is reported and the rest go on."},
        footerHeading = "%nSharding:%n",
        footer = {"  Shard K of N renders the jobs whose index mod N = K-1. Without --shard, PLOTPRESS_SHARDS=N",
                "  with JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID (0-based) picks the shard.",
                "Exit codes: 0 all charts written, 2 bad job file or options, 3 some charts failed."})
public final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOBS", description = "the job file (YAML or JSON)")
    Path jobs;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: the current folder)")
    Path out = Path.of(".");

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "skip outputs that already exist (they are complete: writes are atomic)")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N", description = "render only shard K of N (1-based)")
    String shard;

    @Option(names = "--report", paramLabel = "FILE", description = "write a JSON report: per job output, bytes, ms, error; totals")
    Path report;

    @Option(names = "--memory-profile", paramLabel = "CSV", description = "sample heap after GC, committed heap and RSS to a CSV")
    Path memoryProfile;

    @Option(names = "--sample-every", paramLabel = "K", description = "memory sample every K charts (default ${DEFAULT-VALUE})")
    int sampleEvery = 100;

    @Option(names = "--fail-fast", description = "stop starting new jobs after the first failure")
    boolean failFast;

    @Option(names = {"-q", "--quiet"}, description = "no progress display")
    boolean quiet;

    @Override
    public Integer call() {
        Shard chosen = shard != null ? Shard.parse(shard) : Shard.fromEnvironment(System.getenv()).orElse(Shard.ALL);
        BatchOptions options = new BatchOptions(out, threads, resume, chosen, failFast, report, memoryProfile, sampleEvery);
        JobFile jobFile = JobFileReader.read(jobs);
        BatchRunner runner = new BatchRunner(options, System.err);
        PrintStream err = System.err;
        long count = runner.jobCount(jobFile);
        if (!Shard.ALL.equals(chosen)) {
            err.println("plotpress: shard " + chosen + ": " + count + " of " + jobFile.jobCount() + " jobs");
        }
        BatchTotals totals;
        CountDownLatch summarised = new CountDownLatch(1);
        Thread onSignal = new Thread(() -> {
            runner.stop("SIGTERM or SIGINT");
            try {
                summarised.await(BatchRunner.STOP_GRACE_MILLIS + 10_000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException ignored) {
                // the JVM is going down anyway
            }
        }, "plotpress-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            try (Progress progress = Progress.choose(count, err, System.console() != null, quiet)) {
                totals = runner.run(jobFile, progress);
            }
            err.println("plotpress: " + totals.summary());
            err.flush();
        } finally {
            summarised.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has just been released
            }
        }
        if (runner.reportFailure() != null) {
            throw runner.reportFailure();
        }
        return totals.failed() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }
}
