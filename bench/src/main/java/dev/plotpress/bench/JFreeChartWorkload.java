package dev.plotpress.bench;

import java.io.IOException;
import java.util.Random;

/** The workload written directly against JFreeChart + ChartUtils (ImageIO), for our overhead. */
final class JFreeChartWorkload implements Workload {
    private final double[] line = new double[1000];

    JFreeChartWorkload() {
        Random random = new Random(1);
        double v = 50;
        for (int i = 0; i < line.length; i++) {
            v += random.nextGaussian();
            line[i] = v;
        }
    }

    @Override
    public byte[] scatterMatrix(long seed) throws IOException {
        return RawJFreeChart.scatterMatrix(table(seed));
    }

    @Override
    public byte[] heatmap(long seed) throws IOException {
        return RawJFreeChart.heatmap(correlation(table(seed)));
    }

    @Override
    public String lineDataUri() throws IOException {
        return RawJFreeChart.lineDataUri(line);
    }

    private static double[][] table(long seed) {
        Random random = new Random(seed);
        double[][] t = new double[4][8];
        for (double[] row : t) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextDouble();
            }
        }
        return t;
    }

    private static double[][] correlation(double[][] t) {
        int n = t[0].length;
        double[][] c = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double ma = 0;
                double mb = 0;
                for (double[] row : t) {
                    ma += row[a] / t.length;
                    mb += row[b] / t.length;
                }
                double sab = 0;
                double saa = 0;
                double sbb = 0;
                for (double[] row : t) {
                    sab += (row[a] - ma) * (row[b] - mb);
                    saa += (row[a] - ma) * (row[a] - ma);
                    sbb += (row[b] - mb) * (row[b] - mb);
                }
                c[a][b] = sab / Math.sqrt(saa * sbb);
            }
        }
        return c;
    }
}
