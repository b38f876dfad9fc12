package dev.plotpress.internal.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

/**
 * How the names along a category axis are written so that none collides with its neighbour and none is cut for
 * no reason: level when they fit side by side, else turned 45 degrees, then 90; when even upright lines are too
 * close only every k-th name is written; a turned name longer than a share of the plot is shortened with an
 * ellipsis. Chosen from the names, their font and the room the axis has, so the same chart reads well at any size.
 *
 * @param angle   0, 45 or 90: how far the names are turned, counter-clockwise
 * @param every   1 to write every name, k to write only every k-th
 * @param longest the widest a name may be before it is shortened, points
 * @param count   how many names the axis has
 * @param shortenedCount how many of them are shortened
 */
record CategoryLabels(int angle, int every, double longest, int count, int shortenedCount) {
    /** How much of the plot's height turned names may take before they are shortened. */
    private static final double MAX_TURNED_SHARE = 0.3;
    /** How much of the plot's width names beside a vertical axis may take before they are shortened. */
    private static final double MAX_LEVEL_SHARE = 0.35;
    /** Room kept between neighbouring names, as a share of a name's line height. */
    private static final double GAP = 0.25;

    /** Every name written level and whole: the layout before the axis has measured anything. */
    static final CategoryLabels ALL = new CategoryLabels(0, 1, Double.MAX_VALUE, 0, 0);

    /**
     * Names under (or over) a plot, side by side.
     *
     * @param slot      the width each name's category has, points
     * @param crossRoom the plot's height, points
     */
    static CategoryLabels across(List<String> names, Font font, FontRenderContext frc, double slot, double crossRoom) {
        return across(names, font, frc, slot, crossRoom, true);
    }

    /**
     * The same without the 45-degree step: for an axis whose first name has no room to its left (a value axis
     * writing names at its ends), where a slanted name would run off the chart.
     */
    static CategoryLabels levelOrUpright(List<String> names, Font font, FontRenderContext frc, double slot, double crossRoom) {
        return across(names, font, frc, slot, crossRoom, false);
    }

    private static CategoryLabels across(List<String> names, Font font, FontRenderContext frc, double slot,
                                         double crossRoom, boolean slanted) {
        double line = font.getLineMetrics("Ag", frc).getHeight();
        double widest = names.stream().mapToDouble(name -> width(name, font, frc)).max().orElse(0);
        if (widest + GAP * line <= slot) {
            return new CategoryLabels(0, 1, Double.MAX_VALUE, names.size(), 0);
        }
        // the share caps how far a turned name reaches down the chart, not its length along the slant
        double reach = Math.max(3 * line, MAX_TURNED_SHARE * crossRoom);
        double diagonal = Math.sin(Math.PI / 4);
        if (slanted && (1 + GAP) * line <= slot * diagonal) {
            return measured(names, font, frc, 45, 1, Math.max(3 * line, (reach - line * diagonal) / diagonal));
        }
        int every = (int) Math.ceil((1 + GAP) * line / slot);
        return measured(names, font, frc, 90, every, reach);
    }

    /**
     * Names beside a plot, one above another, always level.
     *
     * @param slot      the height each name's category has, points
     * @param crossRoom the plot's width, points
     */
    static CategoryLabels beside(List<String> names, Font font, FontRenderContext frc, double slot, double crossRoom) {
        double line = font.getLineMetrics("Ag", frc).getHeight();
        int every = line <= slot ? 1 : (int) Math.ceil((1 + GAP) * line / slot);
        return measured(names, font, frc, 0, every, Math.max(6 * line, MAX_LEVEL_SHARE * crossRoom));
    }

    private static CategoryLabels measured(List<String> names, Font font, FontRenderContext frc, int angle, int every,
                                           double longest) {
        int shortened = 0;
        for (int i = 0; i < names.size(); i += every) {
            shortened += width(names.get(i), font, frc) > longest ? 1 : 0;
        }
        return new CategoryLabels(angle, every, longest, names.size(), shortened);
    }

    /** Whether the name at this position along the axis is written. */
    boolean writes(int position) {
        return position % every == 0;
    }

    /** The name, or its longest start that fits {@link #longest} with an ellipsis after it. */
    String text(String name, Font font, FontRenderContext frc) {
        if (width(name, font, frc) <= longest) {
            return name;
        }
        int low = 0;
        int high = name.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width(name.substring(0, middle).strip() + "\u2026", font, frc) <= longest) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return name.substring(0, low).strip() + "\u2026";
    }

    /**
     * What a reader is not shown, as the end of a warning ("writes every 2nd of its 40 names ..."), or null when
     * every name is written whole.
     */
    String leftOut(String axis) {
        if (every == 1 && shortenedCount == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder("the ").append(axis).append(" axis");
        if (every > 1) {
            int written = (count + every - 1) / every;
            text.append(" writes ").append(written).append(" of its ").append(count)
                    .append(" names (every ").append(ordinal(every)).append(") so that they do not collide");
        }
        if (shortenedCount > 0) {
            text.append(every > 1 ? " and" : "").append(" shortens ").append(shortenedCount)
                    .append(every > 1 ? " of them" : " of its " + count + " names").append(" with '\u2026'");
        }
        return text.append("; make the chart ").append(angle == 0 ? "taller" : "wider")
                .append(" (size) to see every name whole").toString();
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static double width(String name, Font font, FontRenderContext frc) {
        return Theme.fontFor(font, name).getStringBounds(name, frc).getWidth();
    }
}
