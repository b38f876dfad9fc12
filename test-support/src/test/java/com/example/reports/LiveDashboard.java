package com.example.reports;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.image.BufferedImage;

/**
 * Injected leak 2, the Java twin of pyplot's figure registry: one long-lived dataset, a new chart on it per
 * request. Each JFreeChart's plot registers itself as a listener on the dataset, so the dataset keeps every
 * chart ever drawn from it.
 */
public final class LiveDashboard {
    private final XYSeriesCollection prices = new XYSeriesCollection();

    public LiveDashboard() {
        XYSeries series = new XYSeries("price");
        for (int i = 0; i < 50; i++) {
            series.add(i, 100 + Math.sin(i / 5.0) * 10);
        }
        prices.addSeries(series);
    }

    public BufferedImage render() {
        JFreeChart chart = build();
        return chart.createBufferedImage(160, 100);
    }

    private JFreeChart build() {
        return ChartFactory.createXYLineChart("Prices", "t", "price", prices);
    }
}
