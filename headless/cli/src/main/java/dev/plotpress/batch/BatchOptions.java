package dev.plotpress.batch;

import java.nio.file.Path;

/**
 * How to run a batch.
 *
 * @param sampleEvery take a memory sample every this many finished jobs (with {@code memoryProfile})
 */
public record BatchOptions(Path out, int threads, boolean resume, Shard shard, boolean failFast, Path report,
                           Path memoryProfile, int sampleEvery) {
    public BatchOptions {
        if (threads < 1) {
            throw new dev.plotpress.model.BadInputException("--threads must be at least 1, got " + threads);
        }
        dev.plotpress.internal.model.Limit.THREADS.check(threads, "--threads " + threads, "give fewer threads (one per core is the fastest)");
        if (sampleEvery < 1) {
            throw new dev.plotpress.model.BadInputException("--sample-every must be at least 1, got " + sampleEvery);
        }
        shard = shard == null ? Shard.ALL : shard;
    }

    public static BatchOptions defaults(Path out) {
        return new BatchOptions(out, Runtime.getRuntime().availableProcessors(), false, Shard.ALL, false, null, null, 100);
    }

    public BatchOptions withThreads(int n) {
        return new BatchOptions(out, n, resume, shard, failFast, report, memoryProfile, sampleEvery);
    }

    public BatchOptions withResume(boolean value) {
        return new BatchOptions(out, threads, value, shard, failFast, report, memoryProfile, sampleEvery);
    }

    public BatchOptions withShard(Shard value) {
        return new BatchOptions(out, threads, resume, value, failFast, report, memoryProfile, sampleEvery);
    }

    public BatchOptions withFailFast(boolean value) {
        return new BatchOptions(out, threads, resume, shard, value, report, memoryProfile, sampleEvery);
    }

    public BatchOptions withReport(Path value) {
        return new BatchOptions(out, threads, resume, shard, failFast, value, memoryProfile, sampleEvery);
    }

    public BatchOptions withMemoryProfile(Path value, int every) {
        return new BatchOptions(out, threads, resume, shard, failFast, report, value, every);
    }
}
