package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.model.TextColumn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The categories limit (5,000 on one axis or in one legend) counts the different values of the column, not the rows
 * of the table: 20,000 flights from 11 airports are 11 bars (it used to refuse "20,000 categories").
 */
class CategoryLimitTest {
    private static final Size SIZE = Size.pixels(480, 320, 100);
    private static final int ROWS = 20_000;

    /** {@code rows} rows, {@code distinct} different airports in the text column, a number per row. */
    private static Table flights(int rows, int distinct) {
        String[] origin = new String[rows];
        double[] delay = new double[rows];
        double[] day = new double[rows];
        for (int row = 0; row < rows; row++) {
            origin[row] = "airport " + row % distinct;
            delay[row] = row % 97;
            day[row] = 86_400_000.0 * (row % 7);
        }
        return new Table("flights.csv", List.of(new TextColumn("origin", origin), new NumericColumn("delay", delay),
                new TemporalColumn("day", day, "yyyy-MM-dd")));
    }

    @Test
    void aCountplotOfManyRowsInElevenCategoriesIsDrawn() {
        ChartFigure figure = (ChartFigure) Renderer.render(ChartSpec.builder(ChartKind.BAR).x("origin").size(SIZE).build(),
                flights(ROWS, 11));

        assertThat(figure.chart().getCategoryPlot().getDataset().getColumnCount()).isEqualTo(11);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ChartKind.class, names = {"BAR", "BOX", "SCATTER", "LINE"})
    void aCategoricalXWithFewValuesOverManyRowsIsDrawn(ChartKind kind) {
        ChartSpec spec = ChartSpec.builder(kind).x("origin").y("delay").size(SIZE).build();

        assertThatCode(() -> Renderer.render(spec, flights(ROWS, 11))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ChartKind.class, names = {"BAR", "BOX", "SCATTER", "LINE"})
    void aCategoricalXWithMoreValuesThanTheLimitIsRefusedWithItsCount(ChartKind kind) {
        ChartSpec spec = ChartSpec.builder(kind).x("origin").y("delay").size(SIZE).build();

        assertThatThrownBy(() -> Renderer.render(spec, flights(ROWS, 6_000))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("flights.csv: x column 'origin': 6,000 categories on one axis is over the limit "
                        + "of 5,000 (categories)");
    }

    @Test
    void aHueOverManyRowsCountsItsValues() {
        ChartSpec spec = ChartSpec.builder(ChartKind.SCATTER).x("delay").y("delay").hue("origin").size(SIZE).build();

        assertThatThrownBy(() -> Renderer.render(spec, flights(ROWS, 6_000))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("hue column 'origin': 6,000 categories on one axis is over the limit of 5,000");
    }

    @Test
    void aDateHueIsCountedNotAnInternalError() {
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).x("delay").y("delay").hue("day").size(SIZE).build();

        assertThatCode(() -> Renderer.render(spec, flights(700, 11))).doesNotThrowAnyException();
    }

    @Test
    void aBarPerRowWithoutXCountsRows() {
        ChartSpec spec = ChartSpec.builder(ChartKind.BAR).y("delay").size(SIZE).build();

        assertThatThrownBy(() -> Renderer.render(spec, flights(6_000, 3))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("bar chart without x (one bar per row): 6,000 categories on one axis");
    }
}
