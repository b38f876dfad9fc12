package dev.plotpress.internal.render;

import dev.plotpress.model.Column;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Tables like the reports': random numbers in [0, 1), columns named "0", "1", ... */
final class Samples {
    private Samples() {
    }

    static Table random(int rows, int columns, long seed) {
        Random random = new Random(seed);
        double[][] values = new double[columns][rows];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                values[column][row] = random.nextDouble();
            }
        }
        List<Column> list = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            list.add(new NumericColumn(Integer.toString(column), values[column]));
        }
        return new Table("random(" + rows + "x" + columns + ", seed " + seed + ")", list);
    }

    static Table randomWalk(int steps, long seed) {
        Random random = new Random(seed);
        double[] walk = new double[steps];
        double at = 0;
        for (int step = 0; step < steps; step++) {
            at += random.nextGaussian();
            walk[step] = at;
        }
        return new Table("random walk", List.of(new NumericColumn("position", walk)));
    }
}
