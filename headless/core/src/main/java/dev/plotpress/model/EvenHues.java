package dev.plotpress.model;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code n} colours of one lightness and saturation at evenly spaced hues in HUSL (a perceptual HSL over CIE LUV),
 * as seaborn's {@code husl_palette(n)} computes them (seaborn.external.husl 2.1.0): the colours seaborn switches to
 * when a hue has more levels than its default palette. Equal lightness keeps every level equally prominent.
 */
final class EvenHues {
    private static final double[][] M = {
            {3.2406, -1.5372, -0.4986},
            {-0.9689, 1.8758, 0.0415},
            {0.0557, -0.2040, 1.0570}};
    private static final double REF_U = 0.19784;
    private static final double REF_V = 0.46834;
    private static final double LAB_E = 0.008856;
    private static final double LAB_K = 903.3;

    private EvenHues() {
    }

    /** seaborn's husl_palette(n, h=.01, s=.9, l=.65). */
    static List<Color> of(int n) {
        List<Color> colors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double hue = ((double) i / n + 0.01) % 1 * 359;
            colors.add(huslToColor(hue, 0.9 * 99, 0.65 * 99));
        }
        return colors;
    }

    private static Color huslToColor(double h, double s, double l) {
        double chroma = maxChroma(l, h) / 100 * s;
        double hrad = Math.toRadians(h);
        double u = Math.cos(hrad) * chroma;
        double v = Math.sin(hrad) * chroma;
        // LUV -> XYZ
        double t = (l + 16) / 116;
        double y = t * t * t > LAB_E ? t * t * t : (116 * t - 16) / LAB_K;
        double varU = u / (13 * l) + REF_U;
        double varV = v / (13 * l) + REF_V;
        double x = -(9 * y * varU) / ((varU - 4) * varV - varU * varV);
        double z = (9 * y - 15 * varV * y - varV * x) / (3 * varV);
        double[] xyz = {x, y, z};
        int[] rgb = new int[3];
        for (int c = 0; c < 3; c++) {
            double linear = M[c][0] * xyz[0] + M[c][1] * xyz[1] + M[c][2] * xyz[2];
            double srgb = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
            rgb[c] = (int) Math.round(Math.max(0, Math.min(1, srgb)) * 255); // matplotlib's to_hex rounding
        }
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    /** The largest chroma at lightness {@code l} and hue {@code h} that stays inside sRGB. */
    private static double maxChroma(double l, double h) {
        double hrad = Math.toRadians(h);
        double sinH = Math.sin(hrad);
        double cosH = Math.cos(hrad);
        double sub1 = Math.pow(l + 16, 3) / 1560896.0;
        double sub2 = sub1 > 0.008856 ? sub1 : l / 903.3;
        double result = Double.POSITIVE_INFINITY;
        for (double[] row : M) {
            double top = (0.99915 * row[0] + 1.05122 * row[1] + 1.14460 * row[2]) * sub2;
            double rbottom = 0.86330 * row[2] - 0.17266 * row[1];
            double lbottom = 0.12949 * row[2] - 0.38848 * row[0];
            double bottom = (rbottom * sinH + lbottom * cosH) * sub2;
            for (double limit = 0; limit <= 1; limit++) {
                double c = l * (top - 1.05122 * limit) / (bottom + 0.17266 * sinH * limit);
                if (c > 0 && c < result) {
                    result = c;
                }
            }
        }
        return result;
    }
}
