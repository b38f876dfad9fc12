package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.Fit;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What a new user's trial on real data found drawn wrong with exit 0 (constant columns, dense points under a fit,
 * a pairplot squeezed by its densities' tails, lines and facet values that vanished unsaid), each as it is drawn now.
 */
class RealDataEdgesTest {
    private static final Table CARS = DataReader.read(DataSpec.file(Path.of("../../examples/tidy/data/cars.json")));

    @Test
    void aConstantColumnSpansFivePercentOfItsValueToEitherSideAsMatplotlibsNonsingular() {
        Table year = new Table("y.csv", List.of(new NumericColumn("year", new double[] {2000, 2000, 2000}),
                new NumericColumn("v", new double[] {1, 2, 3})));
        XYPlot plot = ((ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.SCATTER).x("year").y("v").build(), year))
                .chart().getXYPlot();

        // matplotlib: nonsingular 1900..2100, then 5% margins: 1890..2110 (JFreeChart alone: 2000 +- 5e-9)
        Range x = plot.getDomainAxis().getRange();
        assertThat(x.getLowerBound()).isCloseTo(1890, within(1e-6));
        assertThat(x.getUpperBound()).isCloseTo(2110, within(1e-6));
    }

    @Test
    void aFitIsDrawnOpaqueOverPointsAtSeabornsAlpha() {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("Horsepower").y("Miles_per_Gallon").fit(Fit.of("linear")).build();
        XYPlot plot = ((ChartFigure) Renderer.render(spec, CARS)).chart().getXYPlot();

        assertThat(((Color) plot.getRenderer(0).getSeriesPaint(0)).getAlpha()).as("points, regplot's alpha 0.8").isEqualTo(204);
        assertThat(((Color) plot.getRenderer(1).getSeriesPaint(0)).getAlpha()).as("the curve").isEqualTo(255);
        assertThat(plot.getDatasetRenderingOrder()).isEqualTo(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    }

    @Test
    void aFitsWarningCountsOnlyTheGroupsAPanelHas() {
        Table table = new Table("p.csv", List.of(new NumericColumn("x", new double[] {1, 2, 3, 5, 5, 1, 2, 3}),
                new NumericColumn("y", new double[] {1, 2, 3, 4, 6, 3, 2, 1}),
                new TextColumn("g", new String[] {"a", "a", "a", "b", "b", "a", "a", "a"}),
                new TextColumn("f", new String[] {"p", "p", "p", "p", "p", "q", "q", "q"})));
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("x").y("y").hue("g").fit(Fit.of("linear"))
                .facet(FacetOptions.byColumn("f", null)).build();

        // panel p has a and b, b at one x; panel q only a, fitted; b has no row in q, so q counts nothing for it
        assertThat(Renderer.render(spec, table).warnings()).containsExactly("p.csv: 1 of 2 series have fewer than 2 "
                + "different x values, which a curve of order 1 needs: no fitted curve (in 1 of 2 panels)");
    }

    @Test
    void aPairplotsRowsKeepTheirPointsRangeWhileItsColumnsTakeTheDensitiesTails() {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER_MATRIX).hue("Origin").scatterMatrix(new ScatterMatrixOptions(
                List.of("Miles_per_Gallon", "Horsepower"), true, true, ScatterMatrixOptions.Diagonal.KDE, false)).build();
        GridFigure figure = (GridFigure) Renderer.render(spec, CARS);

        // mpg runs 9..46.6; with 5% margins 7.1..48.5 on the y of its row; its column's x takes the kde's cut = 3 tails
        Range row = figure.cell(0, 1).getXYPlot().getRangeAxis().getRange();
        Range column = figure.cell(1, 0).getXYPlot().getDomainAxis().getRange();
        assertThat(row.getLowerBound()).isCloseTo(9 - 0.05 * 37.6, within(0.01));
        assertThat(column.getLowerBound()).isLessThan(3);
        assertThat(figure.cell(0, 0).getXYPlot().getRangeAxis().getRange()).as("the diagonal's row scale").isEqualTo(row);
    }

    @Test
    void aLineOfOnePointSaysItDrawsNothing() {
        Table table = new Table("l.csv", List.of(new NumericColumn("x", new double[] {1, 2, 3, 1}),
                new NumericColumn("y", new double[] {1, 2, 3, 5}), new TextColumn("g", new String[] {"a", "a", "a", "b"})));
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("x").y("y").hue("g").build();

        assertThat(Renderer.render(spec, table).warnings()).containsExactly("l.csv: 1 of 2 lines have a single point and "
                + "draw nothing (a line joins two); style: {markerSize: 6} marks every point");
    }

    @Test
    void rowsWithoutAFacetValueAreInNoPanelAndTheChartSaysSo() {
        Table table = new Table("f.csv", List.of(new NumericColumn("x", new double[] {1, 2, 3, 4}),
                new NumericColumn("y", new double[] {1, 2, 3, 4}), new TextColumn("f", new String[] {"p", null, "q", null})));
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("x").y("y").facet(FacetOptions.byColumn("f", null)).build();

        assertThat(Renderer.render(spec, table).warnings())
                .containsExactly("f.csv: 2 of 4 rows have no f value and are in no facet panel");
    }

    @Test
    void panelsOfOneValueEachShareTheSpanOfTheirValuesWithMargins() {
        Table table = new Table("y.csv", List.of(new NumericColumn("year", new double[] {1931, 1931, 1932, 1932}),
                new NumericColumn("v", new double[] {1, 2, 3, 4}), new TextColumn("f", new String[] {"a", "a", "b", "b"})));
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("year").y("v").facet(FacetOptions.byColumn("f", null)).build();
        GridFigure figure = (GridFigure) Renderer.render(spec, table);

        // matplotlib's shared x autoscales on all panels' data: 1931..1932 with 5% margins, not 1931 +- 96.55
        Range x = figure.cell(0, 1).getXYPlot().getDomainAxis().getRange();
        assertThat(x.getLowerBound()).isCloseTo(1930.95, within(1e-9));
        assertThat(x.getUpperBound()).isCloseTo(1932.05, within(1e-9));
    }
}
