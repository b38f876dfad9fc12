package dev.plotpress.bench;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Table;
import dev.plotpress.model.TransformStep;
import dev.plotpress.transform.StepReader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Reading data and transforms (issue 10 section 10): writes CSV files of N rows x 4 numeric columns (and one
 * with a 5-category column for the transform), then times DataReader on each, warm (one read to warm up, the
 * median of three), the heap the table keeps per value, and filter + group-by mean over 1,000,000 rows.
 *   java ... ReadBench OUT_DIR [rows ...]    (bench/read.sh runs it beside pandas)
 */
public final class ReadBench {
    private static final String[] SYMBOLS = {"MSFT", "AMZN", "IBM", "GOOG", "AAPL"};

    private ReadBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        if (args.length > 1 && args[1].equals("transform")) {
            transform(dir);
            return;
        }
        int[] sizes = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000_000, 5_000_000};
        System.out.println("| file | rows x columns | MB | read s (median of 3, warm) | heap bytes/value |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int rows : sizes) {
            Path file = numbers(dir, rows);
            double[] times = new double[3];
            read(file); // warm-up
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                read(file);
                times[i] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(times);
            long before = usedAfterGc();
            Table kept = read(file);
            long after = usedAfterGc();
            System.out.printf(Locale.ROOT, "| %s | %,d x 4 | %.0f | %.2f | %.1f |%n", file.getFileName(), kept.rowCount(),
                    Files.size(file) / 1e6, times[1], (after - before) / (kept.rowCount() * 4.0));
        }
        parsers(4_000_000);
        transform(dir);
    }

    private static void transform(Path dir) throws IOException {
        Path groups = groups(dir, 1_000_000);
        Table table = read(groups);
        List<TransformStep> steps = StepReader.read(List.of(
                Map.of("filter", Map.of("column", "a", "op", ">", "value", 0.25)),
                Map.of("aggregate", Map.of("groupBy", "symbol", "mean", "b"))));
        double[] times = new double[21];
        for (int warm = 0; warm < 20; warm++) {
            apply(steps, table);
        }
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            apply(steps, table);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        Table result = apply(steps, table);
        System.out.printf(Locale.ROOT, "%nfilter a > 0.25 + group-by symbol mean b over %,d rows: %.1f ms (median of 21, "
                + "warm); %d groups, AAPL %.6f%n", table.rowCount(), times[10], result.rowCount(),
                result.numeric("b").get(((dev.plotpress.model.TextColumn) result.column("symbol")).categories().indexOf("AAPL")));
    }

    /** Does fastdoubleparser pay? The same 4,000,000 cells as characters, parsed by it and by the JDK. */
    private static void parsers(int cells) {
        SplittableRandom random = new SplittableRandom(1);
        char[][] texts = new char[cells][];
        for (int i = 0; i < cells; i++) {
            texts[i] = decimals(new StringBuilder(), random.nextInt(10_000_000), 4).toString().toCharArray();
        }
        double[] fast = new double[5];
        double[] jdk = new double[5];
        double sink = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (char[] text : texts) {
                sink += ch.randelshofer.fastdoubleparser.JavaDoubleParser.parseDouble(text, 0, text.length);
            }
            long t1 = System.nanoTime();
            for (char[] text : texts) {
                sink += Double.parseDouble(new String(text, 0, text.length));
            }
            long t2 = System.nanoTime();
            fast[round] = (t1 - t0) / 1e6;
            jdk[round] = (t2 - t1) / 1e6;
        }
        Arrays.sort(fast);
        Arrays.sort(jdk);
        System.out.printf(Locale.ROOT, "%nparsing %,d cells like 123.4567 from chars (median of 5): fastdoubleparser %.0f ms, "
                + "new String + Double.parseDouble %.0f ms (%.1fx) [%s]%n", cells, fast[2], jdk[2], jdk[2] / fast[2], sink > 0 ? "ok" : "?");
    }

    private static Table read(Path file) {
        return DataReader.read(DataSpec.file(file));
    }

    private static Table apply(List<TransformStep> steps, Table table) {
        Table result = table;
        for (TransformStep step : steps) {
            result = step.apply(result);
        }
        return result;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** rows x 4 columns of numbers as a data logger writes them: 0.1234, -123.456, 98765, 1.234567e-3. */
    private static Path numbers(Path dir, int rows) throws IOException {
        Path file = dir.resolve("numbers_" + rows + ".csv");
        if (Files.exists(file)) {
            return file;
        }
        SplittableRandom random = new SplittableRandom(rows);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("a,b,c,d\n");
            StringBuilder line = new StringBuilder();
            for (int row = 0; row < rows; row++) {
                line.setLength(0);
                decimals(line, random.nextInt(10_000), 4).append(',');
                if (random.nextBoolean()) {
                    line.append('-');
                }
                decimals(line, random.nextInt(500_000), 3).append(',').append(random.nextInt(100_000)).append(',');
                decimals(line, random.nextInt(10_000_000), 6).append("e-3\n");
                out.append(line);
            }
        }
        return file;
    }

    /** units / 10^places as text, e.g. 1234, 4 -> 0.1234 (String.format is too slow for millions of lines). */
    private static StringBuilder decimals(StringBuilder line, int units, int places) {
        String digits = Integer.toString(units);
        if (digits.length() <= places) {
            line.append("0.").append("0".repeat(places - digits.length())).append(digits);
        } else {
            line.append(digits, 0, digits.length() - places).append('.').append(digits, digits.length() - places, digits.length());
        }
        return line;
    }

    private static Path groups(Path dir, int rows) throws IOException {
        Path file = dir.resolve("groups_" + rows + ".csv");
        if (Files.exists(file)) {
            return file;
        }
        SplittableRandom random = new SplittableRandom(7);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("symbol,a,b\n");
            for (int row = 0; row < rows; row++) {
                StringBuilder line = new StringBuilder(SYMBOLS[random.nextInt(5)]).append(',');
                decimals(line, random.nextInt(10_000), 4).append(',');
                decimals(line, random.nextInt(100_000), 3).append('\n');
                out.append(line);
            }
        }
        return file;
    }
}
