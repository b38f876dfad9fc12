package dev.plotpress.batch;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Transform;

import java.nio.file.Path;
import java.util.List;

/**
 * A read job file: every data source times every spec. Job {@code i} is source {@code i / specs} drawn with
 * spec {@code i % specs}; jobs are built on demand from their index, so nothing grows with the job count.
 */
public record JobFile(Path file, DataSources sources, List<NamedSpec> specs, OutputTemplate output, KeyKind key) {
    public JobFile {
        specs = List.copyOf(specs);
    }

    public long jobCount() {
        return sources.count() * specs.size();
    }

    /**
     * Job {@code index}, writing under {@code outFolder}. The spec's data source is replaced by the job's
     * and the spec's transform (e.g. correlation) is kept. Throws BadInputException when
     * the output name leads outside {@code outFolder}.
     */
    public Job job(long index, Path outFolder) {
        DataSource source = sources.get(index / specs.size());
        NamedSpec named = specs.get((int) (index % specs.size()));
        ChartSpec spec = named.spec();
        Transform transform = spec.data() != null ? spec.data().transform() : Transform.NONE;
        DataSpec data = source.data().withTransform(transform);
        return new Job(index, name(index), spec, data, output.resolve(outFolder, source, key, named.name()));
    }

    /** How reports and messages name job {@code index}: its data source and spec. */
    public String name(long index) {
        return sources.get(index / specs.size()).stem() + " x " + specs.get((int) (index % specs.size())).name();
    }
}
