package dev.plotpress.bench;

import java.io.IOException;

/** One engine's way of drawing the benchmark's three charts; {@code seed} picks the random 4x8 table. */
interface Workload {
    byte[] scatterMatrix(long seed) throws IOException;

    byte[] heatmap(long seed) throws IOException;

    String lineDataUri() throws IOException;
}
