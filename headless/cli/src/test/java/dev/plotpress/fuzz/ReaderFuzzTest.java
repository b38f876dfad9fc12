package dev.plotpress.fuzz;

import dev.plotpress.batch.JobFileReader;
import dev.plotpress.compare.ImageComparison;
import dev.plotpress.compare.ImageInput;
import dev.plotpress.data.DataReader;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Size;
import dev.plotpress.Chart;
import dev.plotpress.spec.SpecReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Property-based fuzzing (jqwik) of every reader of user input: mutated example specs (read, then drawn small),
 * mutated CSV and JSON data, mutated job files and mutated PNGs (decoded, then compared). Each input either works
 * or is a BadInputException with a message, within {@link Hostile#BOUND}; any other exception or a hang fails the
 * property, and jqwik shrinks it to a small case. The cases that found bugs are pinned in {@link FoundByFuzzingTest}.
 * Bounded by the tries below to about a minute in all on a quiet machine (the issue allows a minute or two),
 * scaled by measuring: the earlier 3,000 tries ran 12 s in a quiet verify and 96 s at a load average of ~20; 11,700
 * tries ran 180 s at ~28, and these 64,000 (2.5 times those) aim at ~60 s quiet.
 */
class ReaderFuzzTest {
    private static final Path EXAMPLES = Path.of("../..", "examples");
    private static final Path DIR = Hostile.scratch();

    @Property(tries = 6000)
    void specsAreReadAndDrawnOrRefused(@ForAll("specs") String text) {
        Path file = Hostile.write(DIR, "spec.yaml", text.getBytes(StandardCharsets.UTF_8));
        Hostile.worksOrIsBadInput(text, () -> {
            ChartSpec spec = SpecReader.read(file);
            if (spec.data() != null && spec.data().random() != null) {
                ChartSpec small = spec.toBuilder().size(Size.pixels(160, 120, 40)).build();
                return new Exporter().image(Chart.of(small, dev.plotpress.data.DataReader.read(small.data())).figure(), ImageFormat.PNG);
            }
            return spec;
        });
    }

    @Property(tries = 15000)
    void csvFilesAreReadOrRefused(@ForAll("csv") String text) {
        Path file = Hostile.write(DIR, "data.csv", text.getBytes(StandardCharsets.UTF_8));
        Hostile.worksOrIsBadInput(text, () -> DataReader.read(DataSpec.file(file)));
    }

    @Property(tries = 25000)
    void jsonFilesAreReadOrRefused(@ForAll("json") String text) {
        Path file = Hostile.write(DIR, "data.json", text.getBytes(StandardCharsets.UTF_8));
        Hostile.worksOrIsBadInput(text, () -> DataReader.read(DataSpec.file(file)));
    }

    @Property(tries = 15000)
    void jobFilesAreReadOrRefused(@ForAll("jobs") String text) {
        Path file = Hostile.write(DIR, "jobs.yaml", text.getBytes(StandardCharsets.UTF_8));
        writeBeside(file, "chart.yaml", "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n");
        writeBeside(file, "data/a.csv", "x,y\n1,2\n2,3\n");
        Hostile.worksOrIsBadInput(text, () -> {
            var jobs = JobFileReader.read(file);
            return jobs.jobCount() > 0 ? jobs.outputName(0) : null;
        });
    }

    @Property(tries = 3000)
    void imagesAreDecodedAndComparedOrRefused(@ForAll("pngs") byte[] png) {
        BufferedImage original = ImageInput.decode(validPng(), "the original");
        Hostile.worksOrIsBadInput(png.length + " bytes", () -> {
            BufferedImage image = ImageInput.decode(png, "the mutated PNG");
            return ImageComparison.compare(original, "the original", image, "the mutated PNG");
        });
    }

    @Provide
    Arbitrary<String> specs() {
        return Mutations.of(exampleSpecs(), List.of("kind: ", "heatmap", "scatter-matrix", "bar", "title: ", "\n---\n",
                "*a", "&a ", "{", "}", "[", "]", ": ", "- ", "\"", "'", "!!str ", "size: {width: 99999, unit: px}",
                "format: \"%999999999f\"", "tickFormat: .99g", "dpi: 0", "seed: 4294967296", "rows: 2000", "columns: 300",
                "annotate: true", "dateFormat: HH:mm", "1e400", "-1", "null", "~", "true", "\t"));
    }

    @Provide
    Arbitrary<String> csv() {
        return Mutations.of(List.of("x,y,label\n1,2,a\n2,3.5,b\n3,-1,c\n", "date;value\n2024-01-01;1,5\n2024-01-02;2\n",
                "a\tb\n1\t2\n", "\uFEFFx,y\n\"1\",\"2\"\n3,4\n"), List.of(",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "inf",
                "1e400", "NaN", "-", "1,2,3", "\uFEFF", "x", "  ", "2024-13-45"));
    }

    @Provide
    Arbitrary<String> json() {
        return Mutations.of(List.of("[{\"x\": 1, \"y\": 2, \"s\": \"a\"}, {\"x\": 2, \"y\": null, \"s\": \"b\"}]",
                "[{\"a\": \"1.5\"}, {\"b\": true}]"), List.of("{", "}", "[", "]", ",", ":", "\"x\"", "\"y\": 3", "null",
                "1e400", "-0", "[1]", "{\"z\": {}}", " trailing", "\"\\u0000\"", "true"));
    }

    @Provide
    Arbitrary<String> jobs() {
        return Mutations.of(List.of("data: {random: {count: 3, rows: 4, columns: 2, seed: 0}}\nspecs: [chart.yaml]\n"
                        + "output: \"{index}_{spec}.png\"\nkey: uuid\n",
                "data: {files: \"data/*.csv\"}\nspecs: [chart.yaml]\noutput: \"{stem}.svg\"\n"),
                List.of("{key}", "{spec}", "{nope}", "../", "/", ".gif", "9223372036854775807", "key: colour", "---\n",
                        "*x", "&x ", "files: ", "random: ", "seed: ", "count: ", "[", "]", "{", "}", "\"", "null"));
    }

    @Provide
    Arbitrary<byte[]> pngs() {
        byte[] valid = validPng();
        Arbitrary<Integer> at = Arbitraries.integers().between(0, valid.length - 1);
        Arbitrary<Integer> value = Arbitraries.integers().between(0, 255);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
        return Combinators.combine(kind, at, value).as((k, i, v) -> {
            byte[] b = valid.clone();
            return switch (k) {
                case 0 -> { b[i] = (byte) v.intValue(); yield b; }
                case 1 -> Arrays.copyOf(b, i);
                case 2 -> { b[16 + (i % 8)] = (byte) v.intValue(); yield b; }   // the IHDR's width and height
                default -> { b[i] ^= (byte) (1 << (v % 8)); yield b; }
            };
        });
    }

    private static byte[] validPng() {
        ChartSpec spec = ChartSpec.builder(dev.plotpress.model.ChartKind.SCATTER).data(DataSpec.random(4, 2, 0))
                .size(Size.pixels(40, 30, 20)).build();
        return new Exporter().image(Chart.of(spec, dev.plotpress.data.DataReader.read(spec.data())).figure(), ImageFormat.PNG);
    }

    private static List<String> exampleSpecs() {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(f);
                if (text.contains("kind:")) {
                    texts.add(text);
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBeside(Path file, String name, String text) {
        try {
            Path target = file.resolveSibling(name);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
