package dev.plotpress.internal.render;

import dev.plotpress.data.DataReader;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.Table;
import dev.plotpress.model.TemporalColumn;
import dev.plotpress.transform.StepReader;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trial finding 9: dates that name something (hue levels, facet titles, bar and box categories, heatmap rows, pivoted
 * columns) are written at the precision the values have, as pandas' {@code w.date.dt.year} prints 2012 after a yearly
 * timeUnit, not 2012-01-01.
 */
class DateCategoriesTest {
    private static Table weather(Object... steps) {
        return DataReader.read(DataSpec.file(Path.of("src/test/resources/vega-datasets/seattle-weather.csv"))
                .withSteps(StepReader.read(List.of(steps))));
    }

    private static final Table BY_YEAR = weather(Map.of("timeUnit", Map.of("column", "date", "unit", "year", "as", "year")));

    @Test
    void yearsAreHueLevelsFacetTitlesAndBarCategoriesAsTheYear() {
        assertThat(HueGroups.of(BY_YEAR, "year").names()).containsExactly("2012", "2013", "2014", "2015");
        assertThat(Categories.of(BY_YEAR.column("year")).names()).containsExactly("2012", "2013", "2014", "2015");

        ChartSpec facets = ChartSpec.builder(ChartKind.SCATTER).x("temp_min").y("temp_max")
                .facet(FacetOptions.byColumn("year", 2)).build();
        GridFigure grid = (GridFigure) Renderer.render(facets, BY_YEAR);
        assertThat(List.of(grid.cell(0, 0).getTitle(), grid.cell(1, 1).getTitle())).extracting(TextTitle::getText)
                .containsExactly("year = 2012", "year = 2015");
    }

    @Test
    void monthsAreYearAndMonthDaysTheDateAndTimesTheDateAndTime() {
        Table months = weather(Map.of("timeUnit", Map.of("column", "date", "unit", "month", "as", "month")));
        assertThat(Categories.of(months.column("month")).names()).hasSize(48).startsWith("2012-01", "2012-02").endsWith("2015-12");
        assertThat(Categories.of(months.column("date")).names()).startsWith("2012-01-01", "2012-01-02");

        TemporalColumn hours = new TemporalColumn("at", new double[] {0, 3_600_000, 86_400_000 + 90_000}, null);
        assertThat(Categories.of(hours).names())
                .containsExactly("1970-01-01 00:00:00", "1970-01-01 01:00:00", "1970-01-02 00:01:30");
    }

    @Test
    void aFacetPanelSpellsItsDatesAsTheWholeColumnDoes() {
        TemporalColumn days = (TemporalColumn) BY_YEAR.column("date");
        // the first row of each year is on January 1, but the column holds every day: the panel keeps the day
        TemporalColumn januaryFirsts = days.select(new int[] {0, 366});
        assertThat(januaryFirsts.text(1)).isEqualTo("2013-01-01");
    }
}
