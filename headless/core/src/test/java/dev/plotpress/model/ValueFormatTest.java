package dev.plotpress.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Python's format(value, pattern) for the g patterns a spec writes; each row is what Python 3 prints. */
class ValueFormatTest {
    @ParameterizedTest(name = "format({1}, \"{0}\") == \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            ".2g | 1e-05 | 1e-05",
            ".2g | 0.00012345 | 0.00012",
            ".2g | 123456789.0 | 1.2e+08",
            ".2g | 1.5 | 1.5",
            ".2g | 0.1 | 0.1",
            ".2g | -2.5e-07 | -2.5e-07",
            ".2g | 100.0 | 1e+02",
            ".2g | 99.99 | 1e+02",
            ".2g | 1e+16 | 1e+16",
            ".2g | -0.5 | -0.5",
            ".2g | 0.0 | 0",
            ".3g | 1e-05 | 1e-05",
            ".3g | 0.00012345 | 0.000123",
            ".3g | 123456789.0 | 1.23e+08",
            ".3g | 1.5 | 1.5",
            ".3g | 0.1 | 0.1",
            ".3g | -2.5e-07 | -2.5e-07",
            ".3g | 100.0 | 100",
            ".3g | 99.99 | 100",
            ".3g | 1e+16 | 1e+16",
            ".3g | -0.5 | -0.5",
            ".3g | 0.0 | 0",
            ".6g | 1e-05 | 1e-05",
            ".6g | 0.00012345 | 0.00012345",
            ".6g | 123456789.0 | 1.23457e+08",
            ".6g | 1.5 | 1.5",
            ".6g | 0.1 | 0.1",
            ".6g | -2.5e-07 | -2.5e-07",
            ".6g | 100.0 | 100",
            ".6g | 99.99 | 99.99",
            ".6g | 1e+16 | 1e+16",
            ".6g | -0.5 | -0.5",
            ".6g | 0.0 | 0",
    })
    void gIsPythonsG(String pattern, double value, String python) {
        assertThat(new ValueFormat(pattern).format(value)).isEqualTo(python);
    }

    /**
     * Python rounds the double's exact value half to even, where Java's HALF_UP and %f round the decimal text up:
     * seaborn's heatmap annotations (format(value, fmt)) are these. Each row printed by Python 3.11:
     * [format(v, f) for v in (0.125, 0.375, 2.5, -0.05, 0.25, 1.005, 2.675, -0.0, -0.04, 9.995, 0.045)]
     */
    @ParameterizedTest(name = "format({1}, \"{0}\") == \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            ".2g | 0.125 | 0.12", ".2g | 0.375 | 0.38", ".2g | 2.5 | 2.5", ".2g | -0.05 | -0.05", ".2g | 2.675 | 2.7",
            ".2g | -0.0 | -0", ".2g | 9.995 | 10", ".2g | 0.045 | 0.045", ".2g | 125 | 1.2e+02",
            ".1g | 0.125 | 0.1", ".1g | 0.375 | 0.4", ".1g | 2.5 | 2", ".1g | 0.25 | 0.2", ".1g | 9.995 | 1e+01",
            ".1g | 0.045 | 0.04", ".1g | 125 | 1e+02",
            ".2f | 0.125 | 0.12", ".2f | 0.375 | 0.38", ".2f | 2.5 | 2.50", ".2f | -0.05 | -0.05", ".2f | 1.005 | 1.00",
            ".2f | 2.675 | 2.67", ".2f | -0.0 | -0.00", ".2f | -0.04 | -0.04", ".2f | 9.995 | 9.99", ".2f | 0.045 | 0.04",
            ".1f | 0.125 | 0.1", ".1f | 0.375 | 0.4", ".1f | 2.5 | 2.5", ".1f | -0.05 | -0.1", ".1f | 0.25 | 0.2",
            ".1f | 2.675 | 2.7", ".1f | -0.04 | -0.0", ".1f | 9.995 | 10.0", ".1f | 0.045 | 0.0", ".1f | 1234.5 | 1234.5",
            ".0f | 2.5 | 2", ".0f | 0.5 | 0", ".0f | 1.5 | 2", ".0f | -0.4 | -0", ".0f | 1234.5 | 1234",
    })
    void halfwayValuesRoundAsPythonRoundsThem(String pattern, double value, String python) {
        assertThat(new ValueFormat(pattern).format(value)).isEqualTo(python);
    }
}
