package dev.plotpress.app;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.internal.model.DefaultChart;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Table;
import dev.plotpress.spec.SpecReader;
import dev.plotpress.transform.TransformList;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What one tab shows: the file it was opened from, the chart spec and the table the chart is drawn from.
 * A spec file brings its own spec; a data file gets {@link DefaultChart}'s, and {@code why} says what decided it.
 */
record ChartDocument(Path source, ChartSpec spec, Table table, String why) {

    ChartDocument(Path source, ChartSpec spec, Table table) {
        this(source, spec, table, null);
    }

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
        DefaultChart chart = DefaultChart.of(table, data);
        return new ChartDocument(file, chart.spec(), TransformList.apply(chart.spec().data().steps(), table), chart.why());
    }

    /** YAML, or JSON that is one object (a JSON list is records: data, as vega-datasets' cars.json). */
    static boolean isSpec(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") && !startsWithList(file);
    }

    private static boolean startsWithList(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            do {
                c = reader.read();
            } while (c == '\uFEFF' || c >= 0 && Character.isWhitespace(c));
            return c == '[';
        } catch (IOException e) {
            return false; // read as a spec, whose reader names the problem
        }
    }

    /** The same document with its data read again for {@code newSpec} (after the data file changed). */
    ChartDocument withData(ChartSpec newSpec) {
        return new ChartDocument(source, newSpec, DataReader.read(newSpec.data()));
    }
}
