package dev.plotpress.internal.render;

import dev.plotpress.model.ColorTheme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * Repaints a built chart for a non-default theme: backgrounds, text, frame, legend and colour bar. Light is the
 * look the chart builders already draw, so it is left untouched. Print also gives each line series its own dash.
 */
final class ThemeColors {
    private static final float[][] DASHES = {null, {6, 3}, {1.5f, 2.5f}, {6, 2.5f, 1.5f, 2.5f}, {10, 4}};

    private ThemeColors() {
    }

    static void apply(JFreeChart chart, ColorTheme theme) {
        if (theme == ColorTheme.LIGHT) {
            return;
        }
        chart.setBackgroundPaint(theme.background());
        List<Title> titles = new ArrayList<>();
        if (chart.getTitle() != null) {
            titles.add(chart.getTitle());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            titles.add(chart.getSubtitle(i));
        }
        for (Title title : titles) {
            if (title instanceof TextTitle text) {
                text.setPaint(theme.text());
            } else if (title instanceof LegendTitle legend) {
                legend.setItemPaint(theme.text());
                legend.setBackgroundPaint(theme.plotBackground());
                legend.setFrame(new BlockBorder(legend.getFrame().getInsets(), theme.grid()));
            } else if (title instanceof PaintScaleLegend scale) {
                scale.setBackgroundPaint(theme.background());
                axis(scale.getAxis(), theme);
            }
        }
        plot(chart.getPlot(), theme);
    }

    static void plot(Plot plot, ColorTheme theme) {
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setOutlinePaint(theme.axisLine());
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), theme);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), theme);
            }
            if (theme.dashesSeries()) {
                for (int r = 0; r < xy.getRendererCount(); r++) {
                    dash(xy.getRenderer(r));
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getDomainAxisCount(); i++) {
                axis(category.getDomainAxis(i), theme);
            }
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                axis(category.getRangeAxis(i), theme);
            }
            category.setRangeZeroBaselinePaint(theme.axisLine());
        }
    }

    private static void axis(Axis axis, ColorTheme theme) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(theme.text());
        axis.setTickLabelPaint(theme.text());
        axis.setTickMarkPaint(theme.axisLine());
        axis.setAxisLinePaint(theme.axisLine());
    }

    private static void dash(XYItemRenderer renderer) {
        if (!(renderer instanceof XYLineAndShapeRenderer lines) || !lines.getDefaultLinesVisible()) {
            return;
        }
        for (int series = 0; renderer.getPlot() != null && series < renderer.getPlot().getSeriesCount(); series++) {
            Stroke stroke = lines.getSeriesStroke(series);
            float width = stroke instanceof BasicStroke basic ? basic.getLineWidth() : 1.5f;
            float[] pattern = DASHES[series % DASHES.length];
            if (pattern != null) {
                float[] scaled = pattern.clone();
                for (int i = 0; i < scaled.length; i++) {
                    scaled[i] *= Math.max(1, width / 1.5f);
                }
                lines.setSeriesStroke(series, new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                        scaled, 0));
            }
        }
    }
}
