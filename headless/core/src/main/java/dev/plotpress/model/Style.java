package dev.plotpress.model;

import dev.plotpress.internal.model.Colors;
import dev.plotpress.internal.model.DrawnBy;
import java.awt.Color;

/**
 * How one series is drawn. Every field may be null, meaning "inherit": {@link #over(Style)} layers a
 * series' own style over the chart's default.
 *
 * <p>Sizes are in points (1/72 inch), so they look the same at every dpi. {@code markerSize} is matplotlib's
 * scatter {@code s}: points squared, a round dot {@code sqrt(s)} points across plus the 1 pt edge in the
 * face colour that matplotlib draws (s=3, the report's scatter matrix, is a dot about 2.7 pt across; the
 * scatter default is 36). {@code lineWidth} is the stroke width in points (default 1.5, as matplotlib).
 * {@code alpha} is the opacity from 0 (invisible) to 1.
 */
public record Style(String color, Double alpha,
                    @DrawnBy(value = {ChartKind.LINE, ChartKind.SCATTER, ChartKind.SCATTER_MATRIX}, instead = "it is the size of dots")
                    Double markerSize,
                    @DrawnBy(value = ChartKind.LINE, instead = "it is the width of lines") Double lineWidth) {
    public static final Style NONE = new Style(null, null, null, null);

    public Style {
        if (color != null) {
            Colors.parse("style.color", color);
        }
        if (alpha != null && !(alpha >= 0 && alpha <= 1)) {
            throw new InvalidSpecException("style.alpha", "must be between 0 and 1, got " + alpha);
        }
        if (markerSize != null && !(markerSize >= 0 && markerSize <= 200)) {
            throw new InvalidSpecException("style.markerSize", "must be between 0 and 200 points, got " + markerSize);
        }
        if (lineWidth != null && !(lineWidth >= 0 && lineWidth <= 50)) {
            throw new InvalidSpecException("style.lineWidth", "must be between 0 and 50 points, got " + lineWidth);
        }
    }

    /** This style's fields where set, {@code base}'s elsewhere. */
    public Style over(Style base) {
        return new Style(color != null ? color : base.color, alpha != null ? alpha : base.alpha,
                markerSize != null ? markerSize : base.markerSize, lineWidth != null ? lineWidth : base.lineWidth);
    }

    public Color colorOr(Color fallback) {
        Color base = color != null ? Colors.parse("style.color", color) : fallback;
        double a = alpha != null ? alpha : base.getAlpha() / 255.0;
        return new Color(base.getRed(), base.getGreen(), base.getBlue(), (int) Math.round(a * 255));
    }

    public double markerSizeOr(double fallback) {
        return markerSize != null ? markerSize : fallback;
    }

    public double lineWidthOr(double fallback) {
        return lineWidth != null ? lineWidth : fallback;
    }
}
