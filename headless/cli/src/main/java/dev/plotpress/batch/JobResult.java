package dev.plotpress.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one job: written (bytes, ms, and the rows its chart left out, as {@code warnings}), skipped by
 * --resume, or failed with a reason.
 */
public record JobResult(long index, String name, Path output, Status status, long bytes, long millis, String error,
                        List<String> warnings) {
    public enum Status { WRITTEN, SKIPPED, FAILED }

    public JobResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public JobResult(long index, String name, Path output, Status status, long bytes, long millis, String error) {
        this(index, name, output, status, bytes, millis, error, List.of());
    }

    public static JobResult written(Job job, long bytes, long millis) {
        return written(job, bytes, millis, List.of());
    }

    public static JobResult written(Job job, long bytes, long millis, List<String> warnings) {
        return new JobResult(job.index(), job.name(), job.output(), Status.WRITTEN, bytes, millis, null, warnings);
    }

    public static JobResult skipped(Job job) {
        return new JobResult(job.index(), job.name(), job.output(), Status.SKIPPED, 0, 0, null);
    }

    public static JobResult failed(long index, String name, Path output, long millis, String error) {
        return new JobResult(index, name, output, Status.FAILED, 0, millis, error);
    }
}
