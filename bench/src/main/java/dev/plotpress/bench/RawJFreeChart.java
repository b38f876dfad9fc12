package dev.plotpress.bench;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

/**
 * The same three charts written straight against JFreeChart and ChartUtils (ImageIO underneath), as a
 * developer would without Plotpress: the baseline that tells what our layer costs.
 */
final class RawJFreeChart {
    private RawJFreeChart() {
    }

    /** 8x8 scatter matrix, 1200x800: 64 small charts drawn into one image, then ChartUtils' PNG writer. */
    static byte[] scatterMatrix(double[][] table) throws IOException {
        int n = table[0].length;
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, 1200, 800);
        double w = 1100.0 / n;
        double h = 720.0 / n;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                XYSeries series = new XYSeries("s");
                for (double[] row : table) {
                    series.add(row[j], row[i]);
                }
                NumberAxis x = new NumberAxis(i == n - 1 ? String.valueOf(j) : null);
                NumberAxis y = new NumberAxis(j == 0 ? String.valueOf(i) : null);
                x.setTickLabelsVisible(false);
                x.setTickMarksVisible(false);
                y.setTickLabelsVisible(false);
                y.setTickMarksVisible(false);
                x.setAutoRangeIncludesZero(false);
                y.setAutoRangeIncludesZero(false);
                XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
                renderer.setSeriesShape(0, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
                renderer.setSeriesPaint(0, new Color(0, 0, 0, 128));
                XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, renderer);
                plot.setBackgroundPaint(Color.WHITE);
                plot.setDomainGridlinesVisible(false);
                plot.setRangeGridlinesVisible(false);
                JFreeChart chart = new JFreeChart(null, null, plot, false);
                chart.setBackgroundPaint(Color.WHITE);
                chart.draw(g2, new Rectangle2D.Double(60 + j * w, 20 + i * h, w, h));
            }
        }
        g2.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeBufferedImageAsPNG(out, image);
        return out.toByteArray();
    }

    /** Correlation heatmap, 800x600, coolwarm-like scale, annotations, colour bar; ChartUtils.writeChartAsPNG. */
    static byte[] heatmap(double[][] corr) throws IOException {
        int n = corr.length;
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        double[][] xyz = new double[3][n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                xyz[0][i * n + j] = j;
                xyz[1][i * n + j] = n - 1 - i;
                xyz[2][i * n + j] = corr[i][j];
            }
        }
        dataset.addSeries("corr", xyz);
        LookupPaintScale scale = new LookupPaintScale(-1, 1.0001, Color.GRAY);
        for (int k = 0; k <= 20; k++) {
            double v = -1 + k / 10.0;
            float t = (float) ((v + 1) / 2);
            scale.add(v, new Color(0.23f + 0.47f * t, 0.3f + 0.1f * (1 - Math.abs(2 * t - 1)), 0.75f - 0.6f * t));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelGenerator((data, series, item) -> String.format("%.2g", ((DefaultXYZDataset) data).getZValue(series, item)));
        XYPlot plot = new XYPlot(dataset, new NumberAxis(), new NumberAxis(), renderer);
        JFreeChart chart = new JFreeChart("Correlation", plot);
        chart.removeLegend();
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis());
        legend.setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(legend);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, chart, 800, 600);
        return out.toByteArray();
    }

    /** The web report's line of 1000 points, 640x480 JPEG, base64 data URI. */
    static String lineDataUri(double[] values) throws IOException {
        XYSeries series = new XYSeries("value");
        for (int i = 0; i < values.length; i++) {
            series.add(i, values[i]);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), new NumberAxis("Step"), new NumberAxis("Value"), renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        JFreeChart chart = new JFreeChart("Live metric", plot);
        chart.removeLegend();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsJPEG(out, chart, 640, 480);
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
