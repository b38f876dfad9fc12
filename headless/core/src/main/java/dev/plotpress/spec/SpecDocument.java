package dev.plotpress.spec;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plotpress.model.AxisOptions;
import dev.plotpress.model.CategoryOrder;
import dev.plotpress.model.ColorTheme;
import dev.plotpress.model.Estimate;
import dev.plotpress.model.FacetOptions;
import dev.plotpress.model.HeatmapOptions;
import dev.plotpress.model.HistogramOptions;
import dev.plotpress.model.Palette;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Style;

import java.util.List;
import java.util.Map;

/**
 * A spec file exactly as written, key for key: what Jackson binds YAML or JSON to (unknown keys are errors)
 * and what {@link SpecWriter} writes. Everything may be absent here; {@link SpecConversion} turns it into a
 * checked {@link dev.plotpress.model.ChartSpec}. The option groups ({@code style}, {@code heatmap}, {@code axes},
 * {@code scatterMatrix}, {@code facet}) are the model's own records, bound straight from the file and checked in
 * their constructors. docs/spec.schema.json describes the same keys (SpecSchemaTest holds the two together).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SpecDocument(String kind, String title, Data data, String x,
                    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> y,
                    String xLabel, String yLabel, Size size, Style style, Map<String, Style> seriesStyles,
                    HeatmapOptions heatmap, ScatterMatrixOptions scatterMatrix, Integer bins, String hue, Double binWidth,
                    Boolean stacked, AxisOptions axes, ColorTheme theme, Palette palette, String dateFormat,
                    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> y2,
                    String y2Label, Map<String, String> types, List<Object> transform, List<String> hueOrder,
                    FacetOptions facet, Estimate.Estimator estimator, Estimate.ErrorBar errorbar,
                    HistogramOptions.Stat stat, HistogramOptions.Multiple multiple, List<String> order,
                    CategoryOrder.Sort sort) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Data(String file, Random random, String csv, List<Map<String, Object>> values, String transform) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Random(Integer rows, Integer columns, Long seed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Size(Number width, Number height, String unit, Number dpi) {
    }
}
