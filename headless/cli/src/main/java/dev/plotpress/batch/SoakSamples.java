package dev.plotpress.batch;

import java.util.List;

/**
 * What a soak run measured: the memory samples in chart order, and how many charts had been rendered when the
 * heap ran out ({@code -1} when it did not): running out is the plainest leak there is.
 */
public record SoakSamples(List<MemorySample> samples, long outOfMemoryAfter) {
    public SoakSamples {
        samples = List.copyOf(samples);
    }

    public boolean ranOutOfMemory() {
        return outOfMemoryAfter >= 0;
    }
}
