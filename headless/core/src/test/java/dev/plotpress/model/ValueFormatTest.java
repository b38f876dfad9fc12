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
}
