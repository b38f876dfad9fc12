package dev.plotpress.data;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ColumnTypes;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.internal.model.InputFile;
import dev.plotpress.internal.model.Limit;
import dev.plotpress.model.Table;
import dev.plotpress.transform.TransformList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a {@link DataSpec} into the {@link Table} a chart is drawn from: reads the CSV or JSON file (or
 * generates the random numbers) into typed columns, then applies the spec's transforms in order. The file format
 * follows the extension.
 */
public final class DataReader {
    static final String SUPPORTED = ".csv, .tsv, .txt (comma, semicolon or tab separated) and .json (a list of records)";

    private DataReader() {
    }

    public static Table read(DataSpec spec) {
        return read(spec, ReadProgress.NONE);
    }

    /** As {@link #read(DataSpec)}, telling {@code progress} how far a data file's read has got. */
    public static Table read(DataSpec spec, ReadProgress progress) {
        Table table;
        if (spec.random() != null) {
            if (!spec.types().declared().isEmpty()) {
                throw new InvalidSpecException("types", "types apply to the columns of a data file; random data is "
                        + "numbers only, so leave types out");
            }
            table = NumpyRandom.table(spec.random(), spec.describe());
        } else if (spec.inline() != null) {
            table = readInline(spec.inline(), spec.types());
        } else {
            table = readFile(spec.file(), spec.types(), progress);
        }
        return TransformList.apply(spec.steps(), spec.transform().apply(table));
    }

    /**
     * The file's table. A column that met text after numbers is read again, as text from its first cell, so that
     * no cell's spelling is lost (rare: it costs a second read of the file only then).
     */
    private static Table readFile(Path file, ColumnTypes types, ReadProgress progress) {
        checkReadable(file);
        try {
            CellColumns cells = readCells(file, types, Set.of(), progress);
            Set<String> lost = cells.lostNumbers();
            if (!lost.isEmpty()) {
                cells = readCells(file, types, lost, progress);
            }
            return cells.toTable();
        } finally {
            progress.finished();
        }
    }

    /** Rows written into the spec, typed and read again as text where needed, as a file's are. */
    private static Table readInline(dev.plotpress.model.InlineData inline, ColumnTypes types) {
        CellColumns cells = inlineCells(inline, types, Set.of());
        Set<String> lost = cells.lostNumbers();
        if (!lost.isEmpty()) {
            cells = inlineCells(inline, types, lost);
        }
        return cells.toTable();
    }

    private static CellColumns inlineCells(dev.plotpress.model.InlineData inline, ColumnTypes types, Set<String> asText) {
        return inline.csv() != null ? CsvFile.read(inline.csv(), inline.describe(), types, asText)
                : JsonRecordsFile.records(inline.values(), inline.describe(), types, asText);
    }

    private static void checkReadable(Path file) {
        InputFile.requireRegular(file, Limit.DATA_BYTES, "data file");
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
    }

    private static CellColumns readCells(Path file, ColumnTypes types, Set<String> asText, ReadProgress progress) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return CsvFile.read(file, types, asText, progress);
        }
        if (name.endsWith(".json")) {
            return JsonRecordsFile.read(file, types, asText, progress);
        }
        throw new BadInputException(file + ": unknown data file type; Plotpress reads " + SUPPORTED
                + ": rename the file or convert it");
    }
}
