package dev.plotpress.spec;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * A spec file exactly as written, key for key: what Jackson binds YAML or JSON to (unknown keys are errors)
 * and what {@link SpecWriter} writes. Everything may be absent here; {@link SpecConversion} turns it into a
 * checked {@link dev.plotpress.model.ChartSpec}. docs/spec.schema.json describes the same keys.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SpecDocument(String kind, String title, Data data, String x,
                    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> y,
                    String xLabel, String yLabel, Size size, Style style, Map<String, Style> seriesStyles,
                    Heatmap heatmap, ScatterMatrix scatterMatrix, Integer bins, String hue, Number binWidth,
                    Boolean stacked, Axes axes, String theme, String palette, String dateFormat,
                    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> y2,
                    String y2Label, Map<String, String> types, List<Object> transform, List<String> hueOrder,
                    dev.plotpress.model.FacetOptions facet, String estimator, String errorbar, String stat,
                    String multiple, List<String> order, String sort) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Data(String file, Random random, String csv, List<Map<String, Object>> values, String transform) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Random(Integer rows, Integer columns, Long seed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Size(Number width, Number height, String unit, Number dpi) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Style(String color, Number alpha, Number markerSize, Number lineWidth) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Heatmap(String colormap, Boolean annotate, String format, Boolean colorbar, Number vmin, Number vmax,
                   String mask) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Axes(Boolean logX, Boolean logY, Number xMin, Number xMax, Number yMin, Number yMax, String tickFormat,
                Boolean grid) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScatterMatrix(List<String> columns, Boolean ticks, Boolean labels, String diagonal, Boolean corner) {
    }
}
