package dev.plotpress.model;

import java.util.List;
import java.util.Locale;

/**
 * Scatter-matrix look, after the report's GridSpec figure and seaborn's pairplot: which columns (all numeric
 * ones when empty), whether cells show tick labels, whether column names label the bottom row and left column,
 * what the diagonal cells show, and whether only the lower triangle is drawn ({@code corner}).
 * Bound from the spec file's {@code scatterMatrix:} as it is written: an absent key is null here and becomes its default.
 */
public record ScatterMatrixOptions(List<String> columns, Boolean ticks, Boolean labels, Diagonal diagonal,
                                   Boolean corner) {
    public static final ScatterMatrixOptions DEFAULT = new ScatterMatrixOptions(List.of(), true, true);

    /** What a diagonal cell (a column against itself) shows. */
    public enum Diagonal {
        /** The column plotted against itself, as every other cell (the report's look). */
        NONE,
        /** A histogram of the column, one overlapping histogram per hue group. */
        HISTOGRAM,
        /** The column's kernel density, one filled curve per hue group (seaborn's pairplot with hue). */
        KDE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String specName() {
            return name().toLowerCase(Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Diagonal fromSpecName(String name) {
            for (Diagonal diagonal : values()) {
                if (diagonal.specName().equals(name)) {
                    return diagonal;
                }
            }
            throw new InvalidSpecException("scatterMatrix.diagonal", "must be one of "
                    + java.util.Arrays.stream(values()).map(Diagonal::specName).collect(java.util.stream.Collectors.joining(", "))
                    + ", got '" + name + "'" + dev.plotpress.internal.model.Suggestion.didYouMean(name,
                    java.util.Arrays.stream(values()).map(Diagonal::specName).toList()));
        }
    }

    public ScatterMatrixOptions {
        columns = columns == null ? List.of() : List.copyOf(columns);
        diagonal = diagonal == null ? Diagonal.NONE : diagonal;
        ticks = ticks == null || ticks; // seaborn's pairplot writes tick values on its outer cells
        labels = labels == null || labels;
        corner = corner != null && corner;
    }

    public ScatterMatrixOptions withColumns(List<String> value) {
        return new ScatterMatrixOptions(value, ticks, labels, diagonal, corner);
    }

    public ScatterMatrixOptions withTicks(boolean value) {
        return new ScatterMatrixOptions(columns, value, labels, diagonal, corner);
    }

    public ScatterMatrixOptions withLabels(boolean value) {
        return new ScatterMatrixOptions(columns, ticks, value, diagonal, corner);
    }

    public ScatterMatrixOptions withDiagonal(Diagonal value) {
        return new ScatterMatrixOptions(columns, ticks, labels, value, corner);
    }

    public ScatterMatrixOptions withCorner(boolean value) {
        return new ScatterMatrixOptions(columns, ticks, labels, diagonal, value);
    }

    /** The options before diagonal and corner: their defaults (none, the full square). */
    public ScatterMatrixOptions(List<String> columns, boolean ticks, boolean labels) {
        this(columns, ticks, labels, Diagonal.NONE, false);
    }
}
