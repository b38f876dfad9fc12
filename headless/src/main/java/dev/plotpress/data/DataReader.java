package dev.plotpress.data;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.InlineData;
import dev.plotpress.model.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a {@link DataSpec} into the {@link Table} a chart is drawn from: reads the CSV or JSON file (or
 * generates the random numbers), then applies the spec's transform. The file format follows the extension.
 */
public final class DataReader {
    static final String SUPPORTED = ".csv, .tsv, .txt (comma, semicolon or tab separated) and .json (a list of records)";

    private DataReader() {
    }

    public static Table read(DataSpec spec) {
        Table table = spec.random() != null ? NumpyRandom.table(spec.random(), spec.describe())
                : spec.inline() != null ? readInline(spec.inline()) : readFile(spec.file());
        return spec.transform().apply(table);
    }

    private static Table readInline(InlineData inline) {
        return inline.csv() != null ? CsvFile.read(inline.csv(), inline.describe())
                : JsonRecordsFile.records(inline.values(), inline.describe());
    }

    private static Table readFile(Path file) {
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file; check the path (a relative data.file is resolved "
                    + "against the spec file's folder)");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a folder, not a data file; name a " + SUPPORTED + " file");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException(file + ": cannot be read (permission denied); make it readable");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return CsvFile.read(file);
        }
        if (name.endsWith(".json")) {
            return JsonRecordsFile.read(file);
        }
        throw new BadInputException(file + ": unknown data file type; Plotpress reads " + SUPPORTED
                + ": rename the file or convert it");
    }
}
