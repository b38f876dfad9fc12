package dev.plotpress.data;

import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.RandomData;
import dev.plotpress.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * numpy's legacy {@code np.random.seed(seed); np.random.rand(rows, columns)}, bit for bit: {@link Mt19937}
 * seeded as numpy seeds it, and each double built from two 32-bit draws as numpy's {@code random_sample} does. Values fill
 * the table row by row; columns are named "0", "1", ... as pandas names a DataFrame's columns.
 */
final class NumpyRandom {
    private NumpyRandom() {
    }

    static Table table(RandomData random, String source) {
        Mt19937 twister = new Mt19937(random.seed());
        double[][] columns = new double[random.columns()][random.rows()];
        for (int row = 0; row < random.rows(); row++) {
            for (int column = 0; column < random.columns(); column++) {
                columns[column][row] = nextDouble(twister);
            }
        }
        List<Column> named = new ArrayList<>();
        for (int column = 0; column < columns.length; column++) {
            named.add(new NumericColumn(Integer.toString(column), columns[column]));
        }
        return new Table(source, named);
    }

    /** numpy's random_sample: 53 random bits from the top 27 bits of one draw and the top 26 of the next. */
    private static double nextDouble(Mt19937 twister) {
        int a = twister.nextInt() >>> 5;
        int b = twister.nextInt() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }
}
