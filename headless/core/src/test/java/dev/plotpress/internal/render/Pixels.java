package dev.plotpress.internal.render;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Reading an image as a person looks at it: colours, darkness, distance between colours. */
final class Pixels {
    private Pixels() {
    }

    static Color at(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y));
    }

    /** 0 (black) to 255 (white), as the eye weighs the channels. */
    static double brightness(BufferedImage image, int x, int y) {
        Color c = at(image, x, y);
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    static boolean isDark(BufferedImage image, int x, int y) {
        return brightness(image, x, y) < 200;
    }

    /** Largest difference of one channel. */
    static int distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    static int count(BufferedImage image, int x0, int y0, int x1, int y1, java.util.function.IntPredicate rgb) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                if (rgb.test(image.getRGB(x, y) & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
