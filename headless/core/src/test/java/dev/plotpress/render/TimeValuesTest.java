package dev.plotpress.render;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.TextColumn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeValuesTest {
    private static final double DAY = 86_400_000;

    @Test
    void isoDatesAndTimestampsAreUtcMilliseconds() {
        TextColumn when = new TextColumn("when", new String[] {"1970-01-02", "1970-01-01T06:00", "1970-01-01 00:00:01",
                "1970-01-01T01:00:00+01:00", ""});

        assertThat(TimeValues.millis(when, null, "data.csv"))
                .containsExactly(DAY, 6 * 3_600_000, 1000, 0, Double.NaN);
    }

    @Test
    void aDeclaredPatternReadsOtherSpellings() {
        TextColumn when = new TextColumn("when", new String[] {"02/01/1970", "03/01/1970"});

        assertThat(TimeValues.looksLikeDates(when, "dd/MM/yyyy")).isTrue();
        assertThat(TimeValues.looksLikeDates(when, null)).isFalse();
        assertThat(TimeValues.millis(when, "dd/MM/yyyy", "data.csv")).containsExactly(DAY, 2 * DAY);
    }

    @Test
    void anUnreadableDateNamesTheFileColumnRowAndFix() {
        TextColumn when = new TextColumn("when", new String[] {"2024-01-01", "2024-13-01"});

        assertThatThrownBy(() -> TimeValues.millis(when, null, "sales.csv"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("sales.csv: column 'when', row 2: '2024-13-01' is not a date")
                .hasMessageContaining("set dateFormat");
    }
}
