package dev.plotpress.batch;

import dev.plotpress.model.BadInputException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardTest {

    @Test
    void shardKOfNTakesTheJobsWhoseIndexModNIsKMinusOne() {
        Shard second = Shard.parse("2/3");
        assertThat(LongStream.range(0, 10).filter(second::includes)).containsExactly(1L, 4L, 7L);
        assertThat(second.countOf(10)).isEqualTo(3);
        assertThat(LongStream.range(0, second.countOf(10)).map(second::jobIndex)).containsExactly(1L, 4L, 7L);
        assertThat(Shard.parse("1/3").countOf(10)).isEqualTo(4);
    }

    @Test
    void kubernetesIndexedJobsAndSlurmArraysNameTheShardZeroBased() {
        assertThat(Shard.fromEnvironment(Map.of("PLOTPRESS_SHARDS", "4", "JOB_COMPLETION_INDEX", "0")))
                .contains(new Shard(1, 4));
        assertThat(Shard.fromEnvironment(Map.of("PLOTPRESS_SHARDS", "4", "SLURM_ARRAY_TASK_ID", "3")))
                .contains(new Shard(4, 4));
        assertThat(Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "3"))).as("no total: no sharding").isEmpty();
    }

    @Test
    void impossibleShardsAreExplained() {
        assertThatThrownBy(() -> Shard.parse("4/3")).isInstanceOf(BadInputException.class).hasMessageContaining("between 1 and N");
        assertThatThrownBy(() -> Shard.parse("two")).hasMessageContaining("K/N");
        assertThatThrownBy(() -> Shard.fromEnvironment(Map.of("PLOTPRESS_SHARDS", "4", "JOB_COMPLETION_INDEX", "4")))
                .hasMessageContaining("outside 0..3");
    }
}
