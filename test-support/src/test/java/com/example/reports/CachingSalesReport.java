package com.example.reports;

import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.Chart;

import java.util.ArrayList;
import java.util.List;

/** Injected leak 1, a static list: every month's hourly sales are cached "for later" and never evicted. */
public final class CachingSalesReport {
    private static final List<double[]> SALES_CACHE = new ArrayList<>();
    private final Exporter exporter = new Exporter();
    private int month;

    public byte[] render() {
        double[] hourly = loadSales();
        SALES_CACHE.add(hourly);
        double[] day = new double[31];
        double[] total = new double[31];
        for (int i = 0; i < hourly.length; i++) {
            day[i / 24] = i / 24 + 1;
            total[i / 24] += hourly[i];
        }
        Table table = new Table("sales", List.of(new NumericColumn("day", day), new NumericColumn("sales", total)));
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE).title("Sales").x("day").y("sales")
                .size(Size.inches(3, 2, 50)).build();
        return exporter.image(Chart.of(spec, table).figure(), ImageFormat.PNG);
    }

    private double[] loadSales() {
        double[] sales = new double[31 * 24];
        month++;
        for (int i = 0; i < sales.length; i++) {
            sales[i] = 100 + (i * 7 + month) % 13;
        }
        return sales;
    }

    public static void forget() {
        SALES_CACHE.clear();
    }
}
