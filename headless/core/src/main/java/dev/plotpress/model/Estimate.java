package dev.plotpress.model;

import dev.plotpress.internal.model.DrawnBy;
import dev.plotpress.internal.model.Suggestion;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a bar or line chart sums up the rows that share an x (and hue) value, as seaborn's barplot and lineplot:
 * an {@code estimator} and an {@code errorbar} around it. Null means the kind's default (seaborn's: the mean
 * with a 95% bootstrap confidence interval; a stacked bar has no error bars, a count none either).
 */
public record Estimate(@DrawnBy(value = {ChartKind.BAR, ChartKind.LINE}, instead = SUMS_UP_ROWS) Estimator estimator,
                       @DrawnBy(value = {ChartKind.BAR, ChartKind.LINE}, instead = SUMS_UP_ROWS) @JsonProperty("errorbar") ErrorBar errorBar) {
    private static final String SUMS_UP_ROWS = "it sums up the rows that share an x value";
    public static final Estimate DEFAULT = new Estimate(null, null);

    /** What one bar or line point is for the rows sharing an x value, as seaborn's {@code estimator}. */
    public enum Estimator {
        MEAN, MEDIAN, SUM, MIN, MAX, COUNT,
        /** Lines only: every row drawn as it is, no aggregation. */
        NONE;

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Estimator fromSpecName(String name) {
            return Estimate.parse("estimator", name, values());
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String specName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The interval drawn around an estimate, as seaborn's {@code errorbar}. */
    public enum ErrorBar {
        /** A 95% bootstrap confidence interval of the estimator (1000 resamples, a fixed seed). */
        CI,
        /** The estimate plus and minus one standard deviation (ddof 1, as pandas). */
        SD,
        /** The estimate plus and minus the standard error of the mean. */
        SE,
        NONE;

        @com.fasterxml.jackson.annotation.JsonCreator
        public static ErrorBar fromSpecName(String name) {
            return Estimate.parse("errorbar", name, values());
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String specName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Estimator estimatorOr(Estimator fallback) {
        return estimator != null ? estimator : fallback;
    }

    static <E extends Enum<E>> E parse(String field, String name, E[] values) {
        List<String> names = Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
        for (E value : values) {
            if (value.name().equalsIgnoreCase(name)) {
                return value;
            }
        }
        throw new InvalidSpecException(field, "unknown " + field + " '" + name + "'" + Suggestion.didYouMean(name, names)
                + "; use one of " + String.join(", ", names));
    }
}
