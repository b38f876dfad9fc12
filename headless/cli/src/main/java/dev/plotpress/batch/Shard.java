package dev.plotpress.batch;

import dev.plotpress.model.BadInputException;

import java.util.Map;
import java.util.Optional;

/**
 * This process's share of a batch: shard {@code k} of {@code n} (1-based) renders the jobs whose index mod
 * {@code n} equals {@code k - 1}. Every process computes the same split from the job file alone, so N machines
 * split one batch with no coordinator.
 */
public record Shard(int k, int n) {
    public static final Shard ALL = new Shard(1, 1);
    /** Total shard count for environment-driven sharding (Kubernetes Indexed Jobs, Slurm arrays). */
    public static final String SHARDS_VARIABLE = "PLOTPRESS_SHARDS";

    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new BadInputException("--shard " + k + "/" + n + ": K must be between 1 and N, e.g. --shard 2/4");
        }
    }

    /** {@code K/N}, e.g. {@code 2/4}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("--shard '" + text + "': give K/N with whole numbers, e.g. --shard 2/4");
    }

    /**
     * The shard named by the environment when {@code --shard} is absent: {@code PLOTPRESS_SHARDS=N} and a
     * 0-based index from {@code JOB_COMPLETION_INDEX} (Kubernetes Indexed Job) or {@code SLURM_ARRAY_TASK_ID}
     * (a Slurm array {@code --array=0-(N-1)}).
     */
    public static Optional<Shard> fromEnvironment(Map<String, String> env) {
        String total = env.get(SHARDS_VARIABLE);
        if (total == null || total.isBlank()) {
            return Optional.empty();
        }
        String variable = env.containsKey("JOB_COMPLETION_INDEX") ? "JOB_COMPLETION_INDEX"
                : env.containsKey("SLURM_ARRAY_TASK_ID") ? "SLURM_ARRAY_TASK_ID" : null;
        if (variable == null) {
            throw new BadInputException(SHARDS_VARIABLE + "=" + total + " is set but neither JOB_COMPLETION_INDEX nor "
                    + "SLURM_ARRAY_TASK_ID is; set one of them (0-based) or pass --shard K/N");
        }
        try {
            int n = Integer.parseInt(total.trim());
            int index = Integer.parseInt(env.get(variable).trim());
            if (index < 0 || index >= n) {
                throw new BadInputException(variable + "=" + index + " is outside 0.." + (n - 1) + " for "
                        + SHARDS_VARIABLE + "=" + n);
            }
            return Optional.of(new Shard(index + 1, n));
        } catch (NumberFormatException e) {
            throw new BadInputException(SHARDS_VARIABLE + " and " + variable + " must be whole numbers, got '"
                    + total + "' and '" + env.get(variable) + "'");
        }
    }

    public boolean includes(long jobIndex) {
        return jobIndex % n == k - 1;
    }

    /** How many of {@code total} jobs (indexes 0..total-1) are this shard's. */
    public long countOf(long total) {
        return total / n + (total % n > k - 1 ? 1 : 0);
    }

    /** The i-th job index of this shard. */
    public long jobIndex(long i) {
        return i * n + (k - 1);
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
