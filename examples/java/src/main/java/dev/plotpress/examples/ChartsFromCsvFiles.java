package dev.plotpress.examples;

import dev.plotpress.Chart;
import dev.plotpress.data.DataReader;
import dev.plotpress.model.DataSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A batch: a scatter matrix of every CSV file in a folder, drawn on all cores (a Chart is thread-safe). */
public final class ChartsFromCsvFiles {
    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        List<Path> files;
        try (Stream<Path> listing = Files.list(in)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        files.parallelStream().forEach(csv -> {
            String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
            Chart.scatterMatrix(DataReader.read(DataSpec.file(csv))).title(name).writeTo(out.resolve(name + ".png"));
        });
        System.out.println(files.size() + " charts in " + out);
    }
}
