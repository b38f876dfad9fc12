package dev.plotpress.batch;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;

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
        try {
            return Math.multiplyExact(sources.count(), specs.size());
        } catch (ArithmeticException e) {
            throw new dev.plotpress.model.BadInputException(file + ": " + sources.count() + " data sources x "
                    + specs.size() + " specs is more jobs than can be counted; split the batch");
        }
    }

    /**
     * Job {@code index}, writing under {@code outFolder}. The spec's data source is replaced by the job's
     * and the spec's column types, dateFormat and transforms are kept. Throws BadInputException when
     * the output name leads outside {@code outFolder}.
     */
    public Job job(long index, Path outFolder) {
        DataSource source = sources.get(index / specs.size());
        NamedSpec named = specs.get((int) (index % specs.size()));
        ChartSpec spec = named.spec();
        DataSpec data = source.data().preparedLike(spec.data()).withDateFormat(spec.dateFormat());
        return new Job(index, name(index), spec, data, output.resolve(outFolder, source, key, named.name()));
    }

    /** Job {@code index}'s output name as its template spells it, relative to the output folder. */
    public String outputName(long index) {
        return output.name(sources.get(index / specs.size()), key, specs.get((int) (index % specs.size())).name());
    }

    /** How reports and messages name job {@code index}: its data source and spec. */
    public String name(long index) {
        return sources.get(index / specs.size()).stem() + " x " + specs.get((int) (index % specs.size())).name();
    }
}
