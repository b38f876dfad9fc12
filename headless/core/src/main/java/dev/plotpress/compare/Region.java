package dev.plotpress.compare;

/**
 * A rectangle of pixels, {@code x,y} the top-left corner. {@link #EMPTY} stands for "no pixels", so a
 * comparison of identical images still has bounds to print.
 */
public record Region(int x, int y, int width, int height) {
    public static final Region EMPTY = new Region(0, 0, 0, 0);

    public Region {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a region has no negative size: " + width + "x" + height);
        }
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    public boolean contains(int px, int py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }

    /** {@code x,y WxH}, or {@code none}. */
    @Override
    public String toString() {
        return isEmpty() ? "none" : x + "," + y + " " + width + "x" + height;
    }
}
