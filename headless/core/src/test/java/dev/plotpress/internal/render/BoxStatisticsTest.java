package dev.plotpress.internal.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoxStatisticsTest {

    @Test
    void quartilesWhiskersAndOutliersMatchMatplotlib() {
        // expected values from numpy.percentile and matplotlib's 1.5 IQR whisker rule on the same numbers
        BoxStatistics box = BoxStatistics.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 30, -20, 4.5, Double.NaN});

        assertThat(box.q1()).isEqualTo(2.75);
        assertThat(box.median()).isEqualTo(4.75);
        assertThat(box.q3()).isEqualTo(7.25);
        assertThat(box.lowWhisker()).isEqualTo(1.0);
        assertThat(box.highWhisker()).isEqualTo(9.0);
        assertThat(box.outliers()).containsExactly(-20, 30);
        assertThat(box.count()).isEqualTo(12);
        assertThat(box.min()).isEqualTo(-20);
        assertThat(box.max()).isEqualTo(30);
    }

    @Test
    void withoutOutliersTheWhiskersAreTheExtremes() {
        BoxStatistics box = BoxStatistics.of(new double[] {3, 1, 2});

        assertThat(box.lowWhisker()).isEqualTo(1);
        assertThat(box.highWhisker()).isEqualTo(3);
        assertThat(box.outliers()).isEmpty();
    }
}
