package dev.plotpress.model;

/** A table of uniform random numbers in [0, 1), like numpy's {@code np.random.rand(rows, columns)}. */
public record RandomData(int rows, int columns, long seed) {
    public static final int MAX_CELLS = 50_000_000;

    public RandomData {
        if (rows < 1) {
            throw new InvalidSpecException("data.random.rows", "must be at least 1, got " + rows);
        }
        if (columns < 1) {
            throw new InvalidSpecException("data.random.columns", "must be at least 1, got " + columns);
        }
        if ((long) rows * columns > MAX_CELLS) {
            throw new InvalidSpecException("data.random", rows + " x " + columns + " cells is too many; the most is " + MAX_CELLS);
        }
    }
}
