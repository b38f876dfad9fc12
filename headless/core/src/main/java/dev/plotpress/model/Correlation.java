package dev.plotpress.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Pearson correlation matrix of a table's numeric columns, as pandas' {@code DataFrame.corr()}: each pair
 * uses the rows where both values are present. The result has a text column "" with the row names and one
 * numeric column per input column.
 */
final class Correlation {
    private Correlation() {
    }

    static Table of(Table table) {
        List<NumericColumn> inputs = table.numericColumns();
        if (inputs.isEmpty()) {
            throw new BadInputException(table.source() + ": correlation needs numeric columns, and there are none");
        }
        int n = inputs.size();
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double r = i == j && inputs.get(i).finiteCount() > 1 ? 1 : pearson(inputs.get(i), inputs.get(j));
                matrix[i][j] = r;
                matrix[j][i] = r;
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new TextColumn("", inputs.stream().map(Column::name).toArray(String[]::new)));
        for (int j = 0; j < n; j++) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = matrix[i][j];
            }
            columns.add(new NumericColumn(inputs.get(j).name(), values));
        }
        return new Table("correlation of " + table.source(), columns);
    }

    private static double pearson(NumericColumn a, NumericColumn b) {
        int count = 0;
        double sumA = 0;
        double sumB = 0;
        for (int row = 0; row < a.size(); row++) {
            double x = a.get(row);
            double y = b.get(row);
            if (Double.isFinite(x) && Double.isFinite(y)) {
                count++;
                sumA += x;
                sumB += y;
            }
        }
        if (count < 2) {
            return Double.NaN;
        }
        double meanA = sumA / count;
        double meanB = sumB / count;
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int row = 0; row < a.size(); row++) {
            double x = a.get(row);
            double y = b.get(row);
            if (Double.isFinite(x) && Double.isFinite(y)) {
                cov += (x - meanA) * (y - meanB);
                varA += (x - meanA) * (x - meanA);
                varB += (y - meanB) * (y - meanB);
            }
        }
        double denominator = Math.sqrt(varA * varB);
        return denominator == 0 ? Double.NaN : Math.max(-1, Math.min(1, cov / denominator));
    }
}
