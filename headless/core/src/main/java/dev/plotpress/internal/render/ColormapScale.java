package dev.plotpress.internal.render;

import dev.plotpress.model.Colormap;
import org.jfree.chart.renderer.PaintScale;

import java.awt.Paint;

/** A colormap stretched over [lower, upper], for JFreeChart's block renderer and colour bar. */
record ColormapScale(Colormap colormap, double lower, double upper) implements PaintScale {

    /** The range a heatmap colours over: the given one, or a unit range around a single value. */
    static ColormapScale over(Colormap colormap, double vmin, double vmax) {
        return vmin < vmax ? new ColormapScale(colormap, vmin, vmax)
                : new ColormapScale(colormap, vmin - 0.5, vmax + 0.5);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colormap.at((value - lower) / (upper - lower));
    }
}
