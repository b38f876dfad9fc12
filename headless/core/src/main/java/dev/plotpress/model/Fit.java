package dev.plotpress.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A least-squares curve through a scatter's points, as seaborn's regplot / lmplot: a polynomial of {@code order}
 * (1, a straight line, by default) over the x range of the points, with a band of its {@code ci}% bootstrap
 * confidence interval (95 by default; 0 draws no band, seaborn's {@code ci=None}). One curve per hue group in the
 * group's colour, one per facet panel. Written {@code fit: linear} or {@code fit: {order: 2, ci: 68}}.
 */
public record Fit(Integer order, Integer ci) {
    public static final int MAX_ORDER = 5;

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Fit {
        order = order == null ? 1 : order;
        ci = ci == null ? 95 : ci;
        if (order < 1 || order > MAX_ORDER) {
            throw new InvalidSpecException("fit.order", "is the polynomial's degree, 1 (a straight line) to " + MAX_ORDER
                    + ", got " + order);
        }
        if (ci < 0 || ci > 99) {
            throw new InvalidSpecException("fit.ci", "is the band's confidence level in percent, 1 to 99 (0 for no band), got " + ci);
        }
    }

    /** {@code fit: linear}: a straight line with its 95% band. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Fit of(String name) {
        if (!"linear".equalsIgnoreCase(name)) {
            throw new InvalidSpecException("fit", "unknown fit '" + name + "'; write fit: linear, or fit: {order: 2} for a "
                    + "polynomial (ci: 68 for another band, ci: 0 for none)");
        }
        return new Fit(1, 95);
    }

    /** The band is drawn: a confidence level above 0. */
    public boolean band() {
        return ci > 0;
    }
}
