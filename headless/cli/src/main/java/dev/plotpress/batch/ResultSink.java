package dev.plotpress.batch;

import java.io.PrintStream;

/**
 * Where finished jobs go, one at a time: totals, the progress display, the JSON report, the memory profile
 * and a line on the log for each failure.
 */
final class ResultSink implements AutoCloseable {
    private final Progress progress;
    private final PrintStream log;
    private final BatchReport report;
    private final MemoryProfile memory;
    private final MemoryProbe probe;
    private final int sampleEvery;
    private BatchTotals totals = BatchTotals.NONE;
    private volatile long failed;

    ResultSink(BatchOptions options, Progress progress, PrintStream log) {
        this.progress = progress;
        this.log = log;
        this.sampleEvery = options.sampleEvery();
        this.report = options.report() == null ? null : new BatchReport(options.report());
        this.memory = options.memoryProfile() == null ? null : new MemoryProfile(options.memoryProfile());
        this.probe = memory == null ? null : new MemoryProbe();
        if (memory != null) {
            memory.add(probe.sample(0));
        }
    }

    synchronized void add(JobResult r) {
        totals = totals.plus(r);
        if (r.status() == JobResult.Status.FAILED) {
            failed = totals.failed();
            log.println("plotpress: job " + r.index() + " (" + r.name() + ") failed: " + r.error());
        }
        if (report != null) {
            report.add(r);
        }
        if (memory != null && totals.jobs() % sampleEvery == 0) {
            memory.add(probe.sample(totals.jobs()));
        }
        progress.update(totals.jobs(), totals.failed());
    }

    long failed() {
        return failed;
    }

    synchronized BatchTotals finish(long wallMillis) {
        totals = totals.withMillis(wallMillis);
        if (memory != null && totals.jobs() % sampleEvery != 0) {
            memory.add(probe.sample(totals.jobs()));
        }
        if (report != null) {
            report.finish(totals);
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
