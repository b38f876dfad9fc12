package dev.plotpress.spec;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Colormap;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Size;
import dev.plotpress.model.Style;
import dev.plotpress.model.Transform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SpecWriterTest {
    @TempDir
    Path dir;

    private ChartSpec roundTrip(ChartSpec spec, Path specFile) throws IOException {
        Files.createDirectories(specFile.getParent());
        Files.writeString(specFile, SpecWriter.toYaml(spec, specFile.getParent()));
        return SpecReader.read(specFile);
    }

    @Test
    void everySettingSurvivesWriteThenRead() throws IOException {
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).title("yes").data(DataSpec.file(dir.resolve("data/sales.csv")))
                .x("0").y("price", "true").xLabel("Month: all").yLabel("#items").size(Size.inches(6.4, 4.8, 72))
                .style(new Style("#1f77b4", 0.1, 3.0, 1.5)).seriesStyles(Map.of("price", new Style("red", null, null, 0.0)))
                .heatmap(new HeatmapOptions(Colormap.COOLWARM, true, ".3f", false, -1.0, 1.0))
                .scatterMatrix(new ScatterMatrixOptions(java.util.List.of("a", "b"), true, false)).bins(7).build();

        assertThat(roundTrip(spec, dir.resolve("specs/line.yaml"))).isEqualTo(spec);
    }

    @Test
    void randomDataTransformsAndPixelSizesSurviveToo() throws IOException {
        ChartSpec spec = ChartSpec.builder(ChartKind.HEATMAP)
                .data(DataSpec.random(4, 8, 0).withTransform(Transform.CORRELATION))
                .size(Size.pixels(1024, 768, 96)).build();

        assertThat(roundTrip(spec, dir.resolve("h.yaml"))).isEqualTo(spec);
    }

    /** "y" is quoted because YAML 1.1 readers (PyYAML) take a bare y for true. */
    @Test
    void writesOnlyWhatDiffersFromTheDefaultsWithTheDataPathRelative() {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).data(DataSpec.file(dir.resolve("data/points.csv")))
                .x("a").y("b").size(Size.pixels(640, 480, 100)).build();

        assertThat(SpecWriter.toYaml(spec, dir.resolve("specs"))).isEqualTo("""
                kind: scatter
                data:
                  file: ../data/points.csv
                x: a
                "y":
                - b
                size:
                  width: 640
                  height: 480
                  dpi: 100
                """);
    }

    @Test
    void aDataFileOpenedRelativeToTheWorkingDirectoryIsWrittenRelativeToTheSpecsFolder() throws IOException {
        // the viewer opened "../../examples/tidy/data/cars.json" from the working directory, and saves into dir
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).data(DataSpec.file(Path.of("../../examples/tidy/data/cars.json")))
                .x("Horsepower").y("Miles_per_Gallon").build();
        Path file = dir.resolve("saved.yaml");
        Files.writeString(file, SpecWriter.toYaml(spec, dir));

        ChartSpec read = SpecReader.read(file);
        assertThat(read.data().file()).isEqualTo(Path.of("../../examples/tidy/data/cars.json").toAbsolutePath().normalize());
        assertThat(Files.isRegularFile(read.data().file())).isTrue();
    }

    @Test
    void theExamplesSurviveARoundTrip() throws IOException {
        for (String example : new String[] {"correlation_heatmap.yaml", "scatter_matrix.yaml"}) {
            ChartSpec spec = SpecReader.read(Path.of("../../examples", example));

            assertThat(roundTrip(spec, dir.resolve(example))).isEqualTo(spec);
        }
    }

    @Test
    void thePairplotOptionsAndTheSecondYAxisSurviveWriteThenRead() throws IOException {
        ChartSpec matrix = ChartSpec.builder(ChartKind.SCATTER_MATRIX).data(DataSpec.file(dir.resolve("flowers.csv")))
                .hue("species").bins(15)
                .scatterMatrix(new ScatterMatrixOptions(java.util.List.of(), false, true, ScatterMatrixOptions.Diagonal.HISTOGRAM, true))
                .build();
        ChartSpec line = ChartSpec.builder(ChartKind.LINE).data(DataSpec.file(dir.resolve("growth.csv")))
                .x("day").y("bacteria").y2("yeast", "mould").y2Label("cells/ml")
                .seriesStyles(Map.of("yeast", new Style("red", null, null, null))).build();

        assertThat(roundTrip(matrix, dir.resolve("pairs.yaml"))).isEqualTo(matrix);
        assertThat(roundTrip(line, dir.resolve("y2.yaml"))).isEqualTo(line);
        assertThat(SpecWriter.toYaml(line, dir)).contains("y2:\n- yeast\n- mould\ny2Label: cells/ml");
        assertThat(SpecWriter.toYaml(matrix, dir)).contains("diagonal: histogram").contains("corner: true");
    }

    @Test
    void theNewExamplesSurviveARoundTrip() throws IOException {
        for (String example : new String[] {"pairplot.yaml", "secondary_axis.yaml"}) {
            ChartSpec spec = SpecReader.read(Path.of("../../examples/gallery", example));

            assertThat(roundTrip(spec, dir.resolve(example))).isEqualTo(spec);
        }
    }
}
