package dev.plotpress.batch;

import dev.plotpress.model.BadInputException;

import java.io.PrintStream;

/**
 * Where finished jobs go, one at a time: totals, the progress display, the JSON report, the memory profile
 * and a line on the log for each failure. After {@link #finish} it takes no more (a job abandoned at a stop
 * that ends late is not counted twice).
 */
final class ResultSink implements AutoCloseable {
    private final Progress progress;
    private final PrintStream log;
    private final BatchReport report;
    private final MemoryProfile memory;
    private final MemoryProbe probe;
    private final int sampleEvery;
    private BatchTotals totals;
    private volatile long failed;
    private volatile BadInputException reportFailure;
    private boolean finished;

    ResultSink(BatchOptions options, long planned, Progress progress, PrintStream log) {
        this.progress = progress;
        this.log = log;
        this.sampleEvery = options.sampleEvery();
        this.totals = BatchTotals.NONE.withPlanned(planned);
        this.report = options.report() == null ? null : new BatchReport(options.report(), totals);
        this.memory = options.memoryProfile() == null ? null : new MemoryProfile(options.memoryProfile());
        this.probe = memory == null ? null : new MemoryProbe();
        if (memory != null) {
            memory.add(probe.sample(0));
        }
    }

    synchronized void add(JobResult r) {
        if (finished) {
            return;
        }
        totals = totals.plus(r);
        if (r.status() == JobResult.Status.FAILED) {
            failed = totals.failed();
            log.println("plotpress: job " + r.index() + " (" + r.name() + ") failed: " + r.error());
        }
        if (report != null && reportFailure == null) {
            try {
                report.add(r, totals);
            } catch (BadInputException e) {
                reportFailure = e;
            }
        }
        if (memory != null && totals.jobs() % sampleEvery == 0) {
            memory.add(probe.sample(totals.jobs()));
        }
        progress.update(totals.jobs(), totals.failed());
    }

    long failed() {
        return failed;
    }

    /** The report could not be written (a full disk): the batch stops and says so. */
    BadInputException reportFailure() {
        return reportFailure;
    }

    synchronized BatchTotals finish(long wallMillis, String stopped) {
        finished = true;
        totals = totals.withMillis(wallMillis).withStopped(stopped);
        if (memory != null && totals.jobs() % sampleEvery != 0) {
            memory.add(probe.sample(totals.jobs()));
        }
        if (report != null && reportFailure == null) {
            try {
                report.finish(totals);
            } catch (BadInputException e) {
                reportFailure = e;
            }
        }
        return totals;
    }

    @Override
    public synchronized void close() {
        if (report != null) {
            report.close();
        }
        if (memory != null) {
            memory.close();
        }
    }
}
