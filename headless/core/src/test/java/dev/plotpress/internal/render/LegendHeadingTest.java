package dev.plotpress.internal.render;

import dev.plotpress.render.Figure;
import dev.plotpress.Chart;
import dev.plotpress.DataFolder;
import dev.plotpress.SpecSyntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every hue legend is headed by the hue column's name, as seaborn's are, whatever the kind and with or without facets. */
class LegendHeadingTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "kind: scatter\nx: Beak Length (mm)\ny: Beak Depth (mm)\nhue: Species",
            "kind: line\nx: Beak Length (mm)\ny: Body Mass (g)\nhue: Species",
            "kind: bar\nx: Island\nhue: Species",
            "kind: histogram\nx: Body Mass (g)\nhue: Species",
            "kind: scatter\nx: Beak Length (mm)\ny: Beak Depth (mm)\nhue: Species\nfacet: {column: Sex}",
            "kind: histogram\nx: Body Mass (g)\nhue: Species\nfacet: {column: Island}",
            "kind: scatter-matrix\nhue: Species\nscatterMatrix: {columns: [Beak Length (mm), Body Mass (g)]}"})
    void theLegendIsHeadedByTheHueColumn(String spec) {
        Chart chart = Chart.fromSpec(spec + "\ndata: {file: penguins.json}\n", "spec", SpecSyntax.YAML,
                DataFolder.inside(Path.of("../../examples/tidy/data")));
        Figure figure = chart.figure();

        List<String> texts = LabelLayoutTest.drawnTexts(figure, figure.size()).stream()
                .map(TextRecordingGraphics.DrawnText::text).toList();

        assertThat(texts).as("the legend's heading and names").contains("Species", "Adelie", "Chinstrap", "Gentoo");
    }
}
