package dev.plotpress.transform;

import java.util.Arrays;

/**
 * The distinct values of a column of doubles, found with an open-addressing hash table on the values' bits (no
 * boxing, no sort of the whole column): an id per row in first-appearance order, and each id's rank in ascending
 * order. NaN rows get no id (-1); 0.0 and -0.0 are one value, as pandas counts them.
 */
final class DistinctNumbers {
    private final int[] idOfRow;
    private final double[] values;
    private final int count;

    private DistinctNumbers(int[] idOfRow, double[] values, int count) {
        this.idOfRow = idOfRow;
        this.values = values;
        this.count = count;
    }

    static DistinctNumbers of(double[] column) {
        int capacity = Integer.highestOneBit(Math.max(16, column.length) * 2);
        long[] keys = new long[capacity];
        int[] ids = new int[capacity];
        Arrays.fill(ids, -1);
        int mask = capacity - 1;
        int[] idOfRow = new int[column.length];
        double[] values = new double[16];
        int count = 0;
        for (int row = 0; row < column.length; row++) {
            double value = column[row];
            if (Double.isNaN(value)) {
                idOfRow[row] = -1;
                continue;
            }
            long bits = Double.doubleToLongBits(value == 0 ? 0.0 : value);
            int slot = (int) (mix(bits) & mask);
            while (ids[slot] >= 0 && keys[slot] != bits) {
                slot = (slot + 1) & mask;
            }
            if (ids[slot] < 0) {
                keys[slot] = bits;
                ids[slot] = count;
                if (count == values.length) {
                    values = Arrays.copyOf(values, count * 2);
                }
                values[count++] = value == 0 ? 0.0 : value;
            }
            idOfRow[row] = ids[slot];
        }
        return new DistinctNumbers(idOfRow, values, count);
    }

    private static long mix(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    int count() {
        return count;
    }

    /** The id of row {@code row}'s value, or -1 when it is NaN. */
    int id(int row) {
        return idOfRow[row];
    }

    double value(int id) {
        return values[id];
    }

    /** For each id, its rank among the distinct values in ascending order. */
    int[] ranks() {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        int[] rank = new int[count];
        for (int r = 0; r < count; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
