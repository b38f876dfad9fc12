package dev.plotpress.model;

/**
 * How big a chart is, the way matplotlib says it: a width and height in inches and a dpi. Text and line
 * widths are sized in points (1/72 inch), so the same spec at dpi 10 and dpi 100 is the same picture at
 * two resolutions. A size given in pixels is converted at the given dpi.
 */
public record Size(double widthInches, double heightInches, double dpi) {
    public static final double DEFAULT_DPI = 100;
    /** Larger than any screen or print page anyone asks for; more is almost always a typo. */
    public static final int MAX_PIXELS_PER_SIDE = 20_000;
    public static final Size DEFAULT = pixels(800, 600, DEFAULT_DPI);

    public Size {
        requirePositive("size.width", widthInches);
        requirePositive("size.height", heightInches);
        requirePositive("size.dpi", dpi);
        check("size.width", Math.round(widthInches * dpi));
        check("size.height", Math.round(heightInches * dpi));
    }

    public static Size inches(double width, double height, double dpi) {
        return new Size(width, height, dpi);
    }

    public static Size pixels(double width, double height, double dpi) {
        requirePositive("size.dpi", dpi);
        requirePositive("size.width", width);
        requirePositive("size.height", height);
        return new Size(width / dpi, height / dpi, dpi);
    }

    public int pixelWidth() {
        return (int) Math.max(1, Math.round(widthInches * dpi));
    }

    public int pixelHeight() {
        return (int) Math.max(1, Math.round(heightInches * dpi));
    }

    /** Width in points: the coordinate space a Figure is drawn in. */
    public double pointWidth() {
        return widthInches * 72;
    }

    public double pointHeight() {
        return heightInches * 72;
    }

    /** Device pixels per point. */
    public double scale() {
        return dpi / 72;
    }

    /**
     * This size with a width, height or dpi given in its place (null keeps this one's). A side that a new dpi makes too
     * large is blamed on the dpi, with the size it leads to: the user gave a dpi, not that many pixels.
     */
    public Size withPixels(Integer width, Integer height, Double newDpi) {
        double d = newDpi != null ? newDpi : dpi;
        if (newDpi != null) {
            requirePositive("dpi", d);
        }
        double w = width != null ? width : widthInches * d;
        double h = height != null ? height : heightInches * d;
        if (newDpi != null) {
            requireFits(width == null ? w : 0, widthInches, d, "width");
            requireFits(height == null ? h : 0, heightInches, d, "height");
        }
        return pixels(w, h, d);
    }

    private static void requireFits(double pixels, double inches, double dpi, String side) {
        if (Math.round(pixels) > MAX_PIXELS_PER_SIDE) {
            throw new InvalidSpecException("dpi", String.format(java.util.Locale.ROOT, "dpi %s makes the chart's %s of "
                            + "%s in %,d pixels, more than the %,d per side; give a dpi of at most %,d, or a smaller size",
                    new ValueFormat(".6g").format(dpi), side, new ValueFormat(".6g").format(inches), Math.round(pixels), MAX_PIXELS_PER_SIDE,
                    (long) Math.floor(MAX_PIXELS_PER_SIDE / inches)));
        }
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidSpecException(field, "must be a positive number, got " + value);
        }
    }

    private static void check(String field, long pixels) {
        if (pixels > MAX_PIXELS_PER_SIDE) {
            throw new InvalidSpecException(field, pixels + " pixels is too large; the most is "
                    + MAX_PIXELS_PER_SIDE + " per side (lower the size or the dpi)");
        }
    }
}
