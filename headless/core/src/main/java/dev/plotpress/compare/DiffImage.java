package dev.plotpress.compare;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * A picture of where two images differ, for a person: the actual image in faded grey, every differing
 * pixel in magenta (stronger for bigger differences, never faint), and the bounds of all differences
 * outlined in blue a few pixels outside them (a box at least {@value #OUTLINE_MIN_SIDE} pixels wide), so
 * that even a single changed pixel is easy to find.
 */
public final class DiffImage {
    /** Differing pixels. */
    public static final int MAGENTA = 0xFF00FF;
    /** The outline around the differences. */
    public static final int OUTLINE = 0x0064FF;
    /** The faded background never gets darker than this grey, so that no chart colour looks like a difference. */
    public static final int FADED_MIN = 200;
    /** Empty pixels between the differences and their outline. */
    public static final int OUTLINE_GAP = 2;
    /** The outline is never smaller than this, so a single changed pixel gets a box one can spot. */
    public static final int OUTLINE_MIN_SIDE = 21;

    private DiffImage() {
    }

    /** The diff picture with the differences outlined; compares the images to find them. */
    public static BufferedImage of(BufferedImage expected, BufferedImage actual) {
        return of(expected, actual, ImageComparison.compare(expected, actual).bounds());
    }

    /**
     * The diff picture, with {@code outline} (the bounds an {@link ImageDifference} already found; {@link
     * Region#EMPTY} for none) boxed so that a few changed pixels are easy to spot.
     */
    public static BufferedImage of(BufferedImage expected, BufferedImage actual, Region outline) {
        ImageComparison.requireSameSize(expected, "the expected image", actual, "the actual image");
        int width = actual.getWidth();
        int height = actual.getHeight();
        BufferedImage diff = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        VisibleRgb e = new VisibleRgb(expected);
        VisibleRgb a = new VisibleRgb(actual);
        int[] eRow = new int[width];
        int[] aRow = new int[width];
        int[] out = new int[width];
        for (int y = 0; y < height; y++) {
            e.row(y, eRow);
            a.row(y, aRow);
            for (int x = 0; x < width; x++) {
                int p = eRow[x];
                int q = aRow[x];
                out[x] = p == q ? faded(q) : highlighted(faded(q), largestChannelDifference(p, q));
            }
            diff.setRGB(0, y, width, 1, out, 0, width);
        }
        if (!outline.isEmpty()) {
            int padX = padding(outline.width());
            int padY = padding(outline.height());
            outline(diff, outline.x() - padX, outline.y() - padY, outline.x() + outline.width() - 1 + padX,
                    outline.y() + outline.height() - 1 + padY);
        }
        return diff;
    }

    /** Where {@code compare} puts the diff when none was asked for: beside the actual image, as matplotlib does. */
    public static Path besideActual(Path actual) {
        String name = actual.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return actual.resolveSibling(stem + "-failed-diff.png");
    }

    /** How far outside the differences the outline runs on an axis where they span {@code size} pixels. */
    private static int padding(int size) {
        return Math.max(OUTLINE_GAP + 1, (OUTLINE_MIN_SIDE - size + 1) / 2);
    }

    private static int faded(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int luma = (299 * r + 587 * g + 114 * b) / 1000;
        int grey = FADED_MIN + luma * (255 - FADED_MIN) / 255;
        return grey << 16 | grey << 8 | grey;
    }

    private static int largestChannelDifference(int p, int q) {
        int dr = Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF));
        int dg = Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF));
        int db = Math.abs((p & 0xFF) - (q & 0xFF));
        return Math.max(dr, Math.max(dg, db));
    }

    /** Magenta over the faded pixel: at least 60% strength, full strength for a difference of 255. */
    private static int highlighted(int background, int difference) {
        int strength = 153 + difference * 102 / 255;
        int r = mix((background >> 16) & 0xFF, (MAGENTA >> 16) & 0xFF, strength);
        int g = mix((background >> 8) & 0xFF, (MAGENTA >> 8) & 0xFF, strength);
        int b = mix(background & 0xFF, MAGENTA & 0xFF, strength);
        return r << 16 | g << 8 | b;
    }

    private static int mix(int from, int to, int strength) {
        return (from * (255 - strength) + to * strength + 127) / 255;
    }

    private static void outline(BufferedImage image, int left, int top, int right, int bottom) {
        int w = image.getWidth();
        int h = image.getHeight();
        for (int x = Math.max(0, left); x <= Math.min(w - 1, right); x++) {
            if (top >= 0) {
                image.setRGB(x, top, OUTLINE);
            }
            if (bottom < h) {
                image.setRGB(x, bottom, OUTLINE);
            }
        }
        for (int y = Math.max(0, top); y <= Math.min(h - 1, bottom); y++) {
            if (left >= 0) {
                image.setRGB(left, y, OUTLINE);
            }
            if (right < w) {
                image.setRGB(right, y, OUTLINE);
            }
        }
    }
}
