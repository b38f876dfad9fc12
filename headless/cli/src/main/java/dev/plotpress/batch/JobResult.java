package dev.plotpress.batch;

import java.nio.file.Path;

/** What became of one job: written (bytes, ms), skipped by --resume, or failed with a reason. */
public record JobResult(long index, String name, Path output, Status status, long bytes, long millis, String error) {
    public enum Status { WRITTEN, SKIPPED, FAILED }

    public static JobResult written(Job job, long bytes, long millis) {
        return new JobResult(job.index(), job.name(), job.output(), Status.WRITTEN, bytes, millis, null);
    }

    public static JobResult skipped(Job job) {
        return new JobResult(job.index(), job.name(), job.output(), Status.SKIPPED, 0, 0, null);
    }

    public static JobResult failed(long index, String name, Path output, long millis, String error) {
        return new JobResult(index, name, output, Status.FAILED, 0, millis, error);
    }
}
