package dev.plotpress.internal.render;

import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.Estimate;
import dev.plotpress.model.InvalidSpecException;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Style;
import dev.plotpress.model.Table;
import dev.plotpress.model.TextColumn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An option a kind does not draw is refused naming the key as the file writes it, the kinds that draw it and the fix. */
class KindOptionsTest {
    private static final Table TABLE = new Table("t.csv", List.of(new TextColumn("cat", new String[] {"p", "q"}),
            new NumericColumn("a", new double[] {1, 2}), new NumericColumn("b", new double[] {3, 4})));

    private static void assertRefused(ChartSpec.Builder spec, String message) {
        assertThatThrownBy(() -> Renderer.render(spec.build(), TABLE)).isInstanceOf(InvalidSpecException.class)
                .hasMessage(message);
    }

    @Test
    void aTopLevelKeyOfAGroupIsNamedAsTheFileWritesIt() {
        assertRefused(ChartSpec.builder(ChartKind.SCATTER).x("a").y("b").estimate(new Estimate(null, Estimate.ErrorBar.SD)),
                "errorbar: works with line and bar charts, not scatter (it sums up the rows that share an x value); remove it");
    }

    @Test
    void aKeyInsideAGroupOrASeriesStyleIsNamedByItsPath() {
        assertRefused(ChartSpec.builder(ChartKind.BAR).x("cat").y("b").axes(new AxisOptions(false, false, 1.0, null, null, null, null, false)),
                "axes.xMin: works with line, scatter, histogram and area charts, not bar (a bar or box chart's x axis is "
                        + "categories, which have no scale or range); remove it");
        assertRefused(ChartSpec.builder(ChartKind.BAR).x("cat").y("b").seriesStyles(Map.of("b", new Style(null, null, null, 2.0))),
                "seriesStyles.b.lineWidth: works with line charts, not bar (it is the width of lines); remove it");
    }

    @Test
    void aWholeGroupIsRefusedByItsKey() {
        assertRefused(ChartSpec.builder(ChartKind.SCATTER_MATRIX).theme(ColorTheme.DARK),
                "theme: works with line, scatter, heatmap, bar, histogram, box and area charts, not scatter-matrix "
                        + "(scatter-matrix is drawn in the light theme only so far); remove it");
    }
}
