package dev.plotpress.model;

import dev.plotpress.internal.model.DrawnBy;
import java.util.Locale;

/**
 * What a histogram's bars measure and how the bars of several hue groups share the bins, as seaborn's
 * histplot: {@code stat} count (default), density (area 1), probability (heights sum to 1) or percent (to 100);
 * {@code multiple} layer (overlapping, half transparent: the default), stack, dodge (side by side in each bin)
 * or fill (stacked to 1 in every bin); {@code kde} adds each histogram's kernel density curve, scaled to its bars
 * (seaborn's {@code histplot(kde=True)}).
 */
public record HistogramOptions(@DrawnBy(ChartKind.HISTOGRAM) Stat stat, @DrawnBy(ChartKind.HISTOGRAM) Multiple multiple,
                               @DrawnBy(ChartKind.HISTOGRAM) Boolean kde) {
    public static final HistogramOptions DEFAULT = new HistogramOptions(Stat.COUNT, Multiple.LAYER, false);

    public HistogramOptions {
        stat = stat == null ? Stat.COUNT : stat;
        multiple = multiple == null ? Multiple.LAYER : multiple;
        kde = kde != null && kde;
    }

    public HistogramOptions(Stat stat, Multiple multiple) {
        this(stat, multiple, false);
    }

    /** What a histogram bar measures, as seaborn's histplot {@code stat}. */
    public enum Stat {
        COUNT, DENSITY, PROBABILITY, PERCENT;

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Stat fromSpecName(String name) {
            return Estimate.parse("stat", name, values());
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String specName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How hue groups share a histogram's bins, as seaborn's histplot {@code multiple}. */
    public enum Multiple {
        LAYER, STACK, DODGE, FILL;

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Multiple fromSpecName(String name) {
            return Estimate.parse("multiple", name, values());
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String specName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
