package dev.plotpress.internal.render;

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
            assertThat(PlainTickUnits.unit(0.2).valueToString(-0.4)).isEqualTo("\u22120.4"); // a real minus sign
            assertThat(PlainTickUnits.unit(200).valueToString(1000)).isEqualTo("1000");
            assertThat(PlainTickUnits.unit(0.1).valueToString(-1e-17)).isEqualTo("0.0");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void largeStepsReadAsMillionsAndBillions() {
        assertThat(PlainTickUnits.unit(5e7).valueToString(3e8)).isEqualTo("300M");
        assertThat(PlainTickUnits.unit(2.5e5).valueToString(1.5e6)).isEqualTo("1.50M");
        assertThat(PlainTickUnits.unit(5e8).valueToString(1.5e9)).isEqualTo("1.5B");
        assertThat(PlainTickUnits.unit(5e7).valueToString(-1e8)).isEqualTo("\u2212100M");
        assertThat(PlainTickUnits.unit(5e7).valueToString(0)).isEqualTo("0");
        assertThat(PlainTickUnits.unit(20_000).valueToString(40_000)).isEqualTo("40000");
    }

    @Test
    void stepsFrom1e15UpAndBelow1e5AreWrittenAsPowersOfTenWithTheDigitsTheStepNeeds() {
        assertThat(PlainTickUnits.unit(5e24).valueToString(2.5e25)).isEqualTo("2.5e+25");
        assertThat(PlainTickUnits.unit(5e15).valueToString(-1.5e16)).isEqualTo("\u22121.5e+16");
        assertThat(PlainTickUnits.unit(2.5e99).valueToString(3.0000000000000004e100)).isEqualTo("3e+100");
        assertThat(PlainTickUnits.unit(2.5e-12).valueToString(1.25e-11)).isEqualTo("1.25e\u221211");
        assertThat(PlainTickUnits.unit(5e-6).valueToString(5e-5)).isEqualTo("5e\u221205");
        assertThat(PlainTickUnits.unit(1e15).valueToString(1e-3)).isEqualTo("0");
        assertThat(PlainTickUnits.unit(1e14).valueToString(5e14)).as("still trillions").isEqualTo("500T");
    }

    @Test
    void stepsThroughOneTwoFiveTimesPowersOfTen() {
        PlainTickUnits units = new PlainTickUnits(false);

        assertThat(units.getCeilingTickUnit(0.13).getSize()).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(units.getLargerTickUnit(units.getCeilingTickUnit(0.2)).getSize()).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new PlainTickUnits(true).getCeilingTickUnit(0.3).getSize()).isEqualTo(1);
    }
}
