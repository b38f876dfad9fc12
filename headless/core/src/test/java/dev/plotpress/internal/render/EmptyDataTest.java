package dev.plotpress.internal.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmptyDataTest {

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void aTableWithoutRowsHasNoNumbersToPlot(ChartKind kind) {
        Table empty = new Table("empty.csv", List.of(new NumericColumn("price", new double[0])));

        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(kind).build(), empty))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("empty.csv").hasMessageContaining("has no numbers to plot");
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void aColumnOfMissingValuesIsNamed(ChartKind kind) {
        Table table = new Table("prices.csv", List.of(new NumericColumn("day", new double[]{1, 2}),
                new NumericColumn("price", new double[]{Double.NaN, Double.NaN})));

        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(kind).build(), table))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("prices.csv").hasMessageContaining("'price'").hasMessageContaining("has no numbers to plot");
    }

    @Test
    void anUnknownColumnNamesTheKeyAndTheColumnMeant() {
        Table table = new Table("prices.csv", List.of(new NumericColumn("price", new double[]{1, 2})));

        assertThatThrownBy(() -> Renderer.render(ChartSpec.builder(ChartKind.LINE).y("prise").build(), table))
                .isInstanceOf(BadInputException.class)
                .hasMessage("prices.csv: y: no column 'prise' (did you mean 'price'?); the columns are 'price'");
    }
}
