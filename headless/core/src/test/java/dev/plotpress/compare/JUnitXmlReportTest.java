package dev.plotpress.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.List;

import static dev.plotpress.compare.HtmlReportTest.elements;
import static dev.plotpress.compare.HtmlReportTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

class JUnitXmlReportTest {
    @TempDir
    Path dir;

    @Test
    void oneTestsuiteWithATestcasePerChartAndTheRightCounts() throws Exception {
        Path file = dir.resolve("junit/plotpress.xml");
        JUnitXmlReport.write(ReportFixture.run(dir), file);

        Document xml = parse(file);
        Element suite = elements(xml, "testsuite").get(0);
        assertThat(elements(xml, "testsuite")).hasSize(1);
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("2");
        assertThat(Double.parseDouble(suite.getAttribute("time"))).isNotNegative();
        List<Element> cases = elements(xml, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name"))
                .containsExactly("same", "changed", "new chart", "broken", ReportFixture.NASTY_NAME);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.getAttribute("classname")).isEqualTo("plotpress.check");
            assertThat(Double.parseDouble(c.getAttribute("time"))).isNotNegative();
        });
        assertThat(elements(xml, "failure")).hasSize(1);
        assertThat(elements(xml, "error")).hasSize(2);
    }

    @Test
    void aMismatchIsAFailureAndAMissingBaselineOrBrokenChartAnError() throws Exception {
        Path file = dir.resolve("plotpress.xml");
        JUnitXmlReport.write(ReportFixture.run(dir), file);

        List<Element> cases = elements(parse(file), "testcase");
        assertThat(elements(cases.get(0), "failure")).isEmpty();
        assertThat(elements(cases.get(0), "error")).isEmpty();
        Element failure = elements(cases.get(1), "failure").get(0);
        assertThat(failure.getAttribute("message")).contains("RMS ", "pixels differ");
        assertThat(elements(cases.get(1), "system-out").get(0).getTextContent())
                .contains("[[ATTACHMENT|" + dir.resolve("report/diff/changed.png") + "]]");
        assertThat(elements(cases.get(2), "error").get(0).getAttribute("message")).contains("no baseline at");
        assertThat(elements(cases.get(3), "error").get(0).getAttribute("message"))
                .isEqualTo("broken.yaml:1:1: <script>alert(1)</script> & more");
        assertThat(cases.get(1).getAttribute("file")).isEqualTo(dir.resolve("specs/changed.yaml").toString());
    }
}
