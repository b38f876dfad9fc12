package dev.plotpress.internal.render;

import dev.plotpress.Chart;
import dev.plotpress.DataFolder;
import dev.plotpress.SpecSyntax;
import dev.plotpress.internal.export.Raster;
import dev.plotpress.model.BadInputException;
import dev.plotpress.render.Figure;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code legend: right | top | bottom | none}: where a chart's legend goes (matplotlib's loc, seaborn's legend=False),
 * read from the spec file. The option was added as a ChartSpec component and a schema entry, then drawn.
 */
class LegendTest {
    private static final String PENGUINS = "kind: scatter\nx: Beak Length (mm)\ny: Beak Depth (mm)\nhue: Species\n"
            + "data: {file: penguins.json}\nsize: {width: 640, height: 480, unit: px, dpi: 100}\n";

    private static Figure figure(String spec) {
        return Chart.fromSpec(spec, "legend.yaml", SpecSyntax.YAML, DataFolder.inside(Path.of("../../examples/tidy/data"))).figure();
    }

    /** The box of each legend name as drawn; PNGs in target/legend/ to look at. */
    private static List<Rectangle2D> names(String spec, String picture) throws IOException {
        Figure figure = figure(spec);
        Path out = Path.of("target/legend");
        Files.createDirectories(out);
        ImageIO.write(Raster.draw(figure, figure.size()), "png", out.resolve(picture + ".png").toFile());
        return LabelLayoutTest.drawnTexts(figure, figure.size()).stream()
                .filter(text -> List.of("Adelie", "Chinstrap", "Gentoo").contains(text.text()))
                .map(TextRecordingGraphics.DrawnText::bounds).toList();
    }

    @Test
    void byDefaultTheLegendIsRightOfThePlot() throws IOException {
        List<Rectangle2D> names = names(PENGUINS, "right");

        assertThat(names).hasSize(3).allMatch(box -> box.getMinX() > 640 * 0.75, "in the right quarter");
    }

    @Test
    void topAndBottomLayTheNamesOutInARowAboveOrBelowThePlot() throws IOException {
        List<Rectangle2D> top = names(PENGUINS + "legend: top\n", "top");
        List<Rectangle2D> bottom = names(PENGUINS + "legend: bottom\n", "bottom");

        assertThat(top).hasSize(3).allMatch(box -> box.getMaxY() < 480 * 0.15, "in the top band");
        assertThat(bottom).hasSize(3).allMatch(box -> box.getMinY() > 480 * 0.85, "in the bottom band");
        assertThat(top).extracting(Rectangle2D::getCenterY).allMatch(y -> Math.abs(y - top.get(0).getCenterY()) < 3, "one row");
    }

    @Test
    void noneDrawsNoLegendAndTheWholeWidthIsThePlots() throws IOException {
        assertThat(names(PENGUINS + "legend: none\n", "none")).isEmpty();
        assertThat(names(PENGUINS + "legend: none\nfacet: {column: Sex}\n", "facet_none")).isEmpty();
        assertThat(names("kind: scatter-matrix\nhue: Species\nscatterMatrix: {columns: [Beak Length (mm), Body Mass (g)]}\n"
                + "data: {file: penguins.json}\nlegend: none\n", "pairplot_none")).isEmpty();
    }

    @Test
    void aLegendThatCannotBePlacedIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> figure(PENGUINS + "legend: topp\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("legend.yaml:7:1: legend: unknown legend 'topp' (did you mean 'top'?); use one of right, top, bottom, none");
        assertThatThrownBy(() -> figure("kind: scatter\nx: Beak Length (mm)\ny: Beak Depth (mm)\n"
                + "data: {file: penguins.json}\nlegend: top\n"))
                .hasMessageContaining("legend: places the legend, and this chart has none (one series)");
        assertThatThrownBy(() -> figure(PENGUINS + "legend: bottom\nfacet: {column: Sex}\n"))
                .hasMessageContaining("legend: top and bottom place a single chart's legend; a facet grid has one legend "
                        + "right of its panels: use right or none");
        assertThatThrownBy(() -> figure("kind: heatmap\ndata: {file: penguins.json}\nlegend: none\n"))
                .hasMessageContaining("heatmap: {colorbar: false} hides it");
    }
}
