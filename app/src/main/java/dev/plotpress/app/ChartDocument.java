package dev.plotpress.app;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Table;
import dev.plotpress.spec.SpecReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What one tab shows: the file it was opened from, the chart spec and the table the chart is drawn from.
 * A spec file brings its own spec; a data file gets {@link DefaultChart}'s.
 */
record ChartDocument(Path source, ChartSpec spec, Table table) {

    static ChartDocument open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file; give a chart spec (.yaml, .yml, .json) or a data file (.csv)");
        }
        if (isSpec(file)) {
            ChartSpec spec = SpecReader.read(file);
            return new ChartDocument(file, spec, DataReader.read(spec.data()));
        }
        DataSpec data = DataSpec.file(file);
        Table table = DataReader.read(data);
        return new ChartDocument(file, DefaultChart.of(table, data), table);
    }

    static boolean isSpec(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** The same document with its data read again for {@code newSpec} (after the data file changed). */
    ChartDocument withData(ChartSpec newSpec) {
        return new ChartDocument(source, newSpec, DataReader.read(newSpec.data()));
    }
}
