package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10 section 1: stocks.csv writes its dates "Jan 1 2000". On main they did not parse and the x axis became
 * row numbers, five series laid end to end, with exit 0. A date column is read as dates, or the chart is refused.
 */
class DatesNeverRowNumbersTest {
    private static final Path STOCKS = Path.of("src/test/resources/vega-datasets/stocks.csv");
    private static final ChartSpec LINE = ChartSpec.builder(ChartKind.LINE).data(DataSpec.file(STOCKS)).x("date")
            .y("price").hue("symbol").size(Size.pixels(640, 480, 100)).build();

    @Test
    void stocksDatesMakeATimeAxisOfFiveOverlappingSeries() {
        ChartFigure figure = (ChartFigure) dev.plotpress.Chart.fromSpec(LINE, dev.plotpress.DataFolder.ANYWHERE).figure();
        XYPlot plot = figure.chart().getXYPlot();

        assertThat(plot.getDomainAxis()).isInstanceOf(DateAxis.class);
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(5);
        double jan2000 = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
        double mar2010 = Instant.parse("2010-03-01T00:00:00Z").toEpochMilli();
        for (int series = 0; series < 5; series++) {
            int last = plot.getDataset().getItemCount(series) - 1;
            assertThat(plot.getDataset().getXValue(series, last)).isEqualTo(mar2010); // every series ends in March 2010
            assertThat(plot.getDataset().getXValue(series, 0)).isGreaterThanOrEqualTo(jan2000);
        }
        RasterFixture.save(RasterFixture.draw(figure), "test_stocks_time_axis");
    }

    @Test
    void aDateFormatThatDoesNotMatchIsAnErrorNotRowNumbers() {
        ChartSpec wrong = LINE.toBuilder().dateFormat("yyyy-MM-dd").build();

        assertThatThrownBy(() -> dev.plotpress.Chart.fromSpec(wrong, dev.plotpress.DataFolder.ANYWHERE).figure())
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("column 'date': 0 of 560 values are dates in dateFormat yyyy-MM-dd")
                .hasMessageContaining("set dateFormat: MMM d yyyy");
    }

    @Test
    void textThatLooksLikeDatesButDoesNotReadIsRefusedOnAnXAxis() {
        Table table = new Table("odd.csv", List.of(new TextColumn("when", new String[] {"2000.13.45", "2000.14.46"}),
                DataReader.read(DataSpec.random(2, 1, 0)).columns().get(0)));

        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(ChartKind.LINE).x("when").build(), table))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("odd.csv column 'when': 0 of 2 values are dates");
    }
}
