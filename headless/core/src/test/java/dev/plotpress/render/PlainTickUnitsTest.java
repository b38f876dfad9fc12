package dev.plotpress.render;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTickUnitsTest {

    @Test
    void labelsTicksWithADotAndTheDecimalsTheStepNeedsWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(PlainTickUnits.unit(0.25).valueToString(0.5)).isEqualTo("0.50");
            assertThat(PlainTickUnits.unit(0.2).valueToString(-0.4)).isEqualTo("-0.4");
            assertThat(PlainTickUnits.unit(200).valueToString(1000)).isEqualTo("1000");
            assertThat(PlainTickUnits.unit(0.1).valueToString(-1e-17)).isEqualTo("0.0");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void stepsThroughOneTwoFiveTimesPowersOfTen() {
        PlainTickUnits units = new PlainTickUnits(false);

        assertThat(units.getCeilingTickUnit(0.13).getSize()).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(units.getLargerTickUnit(units.getCeilingTickUnit(0.2)).getSize()).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new PlainTickUnits(true).getCeilingTickUnit(0.3).getSize()).isEqualTo(1);
    }
}
