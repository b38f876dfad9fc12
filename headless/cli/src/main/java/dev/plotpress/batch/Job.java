package dev.plotpress.batch;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;

import java.nio.file.Path;

/** One chart of a batch: a shared spec, this job's data source and the file it goes to. */
public record Job(long index, String name, ChartSpec spec, DataSpec data, Path output) {
}
