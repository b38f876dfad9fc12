package dev.plotpress.pdf;

import dev.plotpress.Chart;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** With plotpress-pdf on the class path, core's Chart and Exporter write PDFs (found through ServiceLoader). */
class PdfChartTest {

    @Test
    void aChartBecomesAOnePagePdfWithThisJarPresent() {
        byte[] pdf = Chart.scatter(new double[]{1, 2, 3}, new double[]{3, 1, 2}).title("Sales").size(400, 300).pdf();

        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-").endsWith("%%EOF\n");
        assertThat(pdf).isEqualTo(Chart.scatter(new double[]{1, 2, 3}, new double[]{3, 1, 2}).title("Sales").size(400, 300).pdf());
    }
}
