package dev.plotpress.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void thePageIsWellFormedAndEveryImageItShowsExists() throws Exception {
        Path reportDir = dir.resolve("report");
        Path page = HtmlReport.write(ReportFixture.run(dir), reportDir);

        Document html = parse(page);
        List<Element> images = elements(html, "img");
        assertThat(images).isNotEmpty();
        for (Element img : images) {
            String src = img.getAttribute("src");
            assertThat(src).doesNotStartWith("/").doesNotContain("://");
            Path target = Path.of(page.getParent().toUri().resolve(src));
            assertThat(target).as(src).isRegularFile();
        }
    }

    @Test
    void failingChartsComeFirstWithBaselineActualAndDiffSideBySide() throws Exception {
        Document html = parse(HtmlReport.write(ReportFixture.run(dir), dir.resolve("report")));

        List<Element> sections = elements(html, "section");
        assertThat(sections).extracting(s -> s.getAttribute("id"))
                .containsExactly("chart-changed", "chart-new chart", "chart-broken");
        Element changed = sections.get(0);
        assertThat(elements(changed, "figcaption")).extracting(Element::getTextContent)
                .containsExactly("Baseline", "Actual", "Diff");
        assertThat(elements(changed, "img")).extracting(i -> i.getAttribute("src"))
                .containsExactly("../baselines/changed.png", "actual/changed.png", "diff/changed.png");
        assertThat(changed.getTextContent()).contains("RMS ", "pixels differ");
        Element missing = sections.get(1);
        assertThat(elements(missing, "img")).extracting(i -> i.getAttribute("src"))
                .as("no baseline to show, only what was rendered").containsExactly("actual/new%20chart.png");
        assertThat(missing.getTextContent()).contains("run with --generate to create it");
    }

    @Test
    void passingChartsAreCollapsed() throws Exception {
        Document html = parse(HtmlReport.write(ReportFixture.run(dir), dir.resolve("report")));

        List<Element> details = elements(html, "details");
        assertThat(details).hasSize(2);
        assertThat(details).allSatisfy(d -> assertThat(d.hasAttribute("open")).isFalse());
        assertThat(elements(details.get(0), "summary").get(0).getTextContent()).startsWith("same PASS");
    }

    @Test
    void namesAndMessagesAreTextNeverMarkup() throws Exception {
        Path page = HtmlReport.write(ReportFixture.run(dir), dir.resolve("report"));
        Document html = parse(page);

        assertThat(elements(html, "script")).isEmpty();
        assertThat(html.getDocumentElement().getTextContent())
                .contains("<script>alert(1)</script> & more", ReportFixture.NASTY_NAME);
        assertThat(Files.readString(page)).doesNotContain("<script>", "<b>");
        String src = elements(elements(html, "details").get(1), "img").get(0).getAttribute("src");
        assertThat(src).isEqualTo("../baselines/a%3Cb%3E%26%22c%22%20%27d%27.png");
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    static List<Element> elements(Document doc, String name) {
        return list(doc.getElementsByTagNameNS("*", name));
    }

    static List<Element> elements(Element parent, String name) {
        return list(parent.getElementsByTagNameNS("*", name));
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
