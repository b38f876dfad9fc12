package dev.plotpress.model;

/**
 * A table of uniform random numbers in [0, 1), exactly numpy's {@code np.random.seed(seed);
 * np.random.rand(rows, columns)}, for numpy's whole seed range 0 to 2^32 - 1.
 */
public record RandomData(int rows, int columns, long seed) {
    public static final int MAX_CELLS = 50_000_000;
    public static final long MAX_SEED = 0xFFFF_FFFFL;

    public RandomData {
        if (rows < 1) {
            throw new InvalidSpecException("data.random.rows", "must be at least 1, got " + rows);
        }
        if (columns < 1) {
            throw new InvalidSpecException("data.random.columns", "must be at least 1, got " + columns);
        }
        if (seed < 0 || seed > MAX_SEED) {
            throw new InvalidSpecException("data.random.seed", "must be between 0 and " + MAX_SEED + ", got " + seed);
        }
        if ((long) rows * columns > MAX_CELLS) {
            throw new InvalidSpecException("data.random", rows + " x " + columns + " cells is too many; the most is " + MAX_CELLS);
        }
    }
}
