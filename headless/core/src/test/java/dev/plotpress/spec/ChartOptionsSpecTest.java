package dev.plotpress.spec;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chart kinds and options of issue 6 as a spec file writes them, read and written back. */
class ChartOptionsSpecTest {

    @Test
    void readsHueBinWidthStackedAxesThemePaletteDateFormatAndMask(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("chart.yaml"), """
                kind: area
                data: {file: sales.csv}
                x: day
                hue: region
                binWidth: 2.5
                stacked: true
                axes: {logY: true, yMin: 1, yMax: 1000, tickFormat: .0f, grid: true}
                theme: dark
                palette: tableau10
                dateFormat: dd/MM/yyyy
                heatmap: {mask: upper}
                """);

        ChartSpec spec = SpecReader.read(file);

        assertThat(spec.kind()).isEqualTo(ChartKind.AREA);
        assertThat(spec.hue()).isEqualTo("region");
        assertThat(spec.binWidth()).isEqualTo(2.5);
        assertThat(spec.stacked()).isTrue();
        assertThat(spec.axes()).isEqualTo(new AxisOptions(false, true, null, null, 1.0, 1000.0, ".0f", true));
        assertThat(spec.theme()).isEqualTo(ColorTheme.DARK);
        assertThat(spec.palette()).isEqualTo(Palette.TABLEAU10);
        assertThat(spec.dateFormat()).isEqualTo("dd/MM/yyyy");
        assertThat(spec.heatmap().mask()).isEqualTo(HeatmapOptions.Mask.UPPER);

        Path written = Files.writeString(folder.resolve("again.yaml"), SpecWriter.toYaml(spec, folder));
        assertThat(SpecReader.read(written)).isEqualTo(spec);
    }

    @Test
    void defaultsAreLeftOutWhenWriting() {
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).data(dev.plotpress.model.DataSpec.file(Path.of("/d/a.csv"))).build();

        assertThat(SpecWriter.toYaml(spec, Path.of("/d"))).doesNotContain("theme", "palette", "axes", "stacked", "hue");
    }

    @Test
    void badOptionsNameTheirField(@TempDir Path folder) throws Exception {
        Path logAtZero = Files.writeString(folder.resolve("a.yaml"), "kind: line\ndata: {file: d.csv}\naxes: {logY: true, yMin: 0}\n");
        Path theme = Files.writeString(folder.resolve("b.yaml"), "kind: line\ndata: {file: d.csv}\ntheme: neon\n");

        assertThatThrownBy(() -> SpecReader.read(logAtZero)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("a.yaml:3:").hasMessageContaining("axes.yMin").hasMessageContaining("log axis starts above 0");
        assertThatThrownBy(() -> SpecReader.read(theme)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("theme").hasMessageContaining("light, dark, print");
    }
}
