package dev.plotpress.internal.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's "Limits" table is what a user raises PLOTPRESS_LIMITS by: it names every limit there is, by the key the
 * variable takes, with the default the code applies.
 */
class LimitsTableTest {
    private static final Path README = Path.of("../../README.md");
    /** A row: | `key` | applies to | default | why | */
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|[^|]*\\| ([^|]+) \\|", Pattern.MULTILINE);
    private static final Pattern AMOUNT = Pattern.compile("([\\d,]+)( MiB)?");

    @Test
    void namesEveryLimitWithItsDefault() throws IOException {
        String text = Files.readString(README);
        String table = text.substring(text.indexOf("### Limits"), text.indexOf("## Serving charts"));
        Map<String, Long> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            documented.put(row.group(1), amount(row.group(2).trim()));
        }
        Map<String, Long> limits = Arrays.stream(Limit.values())
                .collect(Collectors.toMap(Limit::key, Limit::defaultValue, (a, b) -> a, LinkedHashMap::new));
        assertThat(documented).isEqualTo(limits);
    }

    /** {@code 1,000}, {@code 256 MiB}, {@code 400 (20 columns)}: the number at the start, in bytes for MiB. */
    private static long amount(String cell) {
        Matcher amount = AMOUNT.matcher(cell);
        assertThat(amount.lookingAt()).as("a default in the table: %s", cell).isTrue();
        long value = Long.parseLong(amount.group(1).replace(",", ""));
        return amount.group(2) == null ? value : value << 20;
    }
}
