package dev.plotpress.compare;

import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The check as one static HTML page ({@code index.html} in the report folder): failing charts first, each
 * with baseline, actual and diff side by side and the metric; passing charts collapsed below. No server,
 * no scripts, no external assets: images are linked by paths relative to the page, so the folder can be
 * zipped or archived by CI as it is.
 *
 * <p>The page is polyglot XHTML written with an XMLStreamWriter, so every text and attribute is escaped
 * by the writer and the page is well-formed XML as well as HTML5.
 */
public final class HtmlReport {
    public static final String PAGE = "index.html";
    // no '<', '>' or '&' here: the writer would escape them and HTML reads <style> as raw text
    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
            h1 { margin-bottom: 0.2rem; }
            .summary { font-size: 1.1rem; }
            .summary.failed { color: #b00020; }
            .summary.passed { color: #1b5e20; }
            section.chart { border: 1px solid #ddd; border-left: 6px solid #b00020; padding: 0.5rem 1rem; margin: 1rem 0; }
            section.chart.missing, section.chart.error { border-left-color: #e65100; }
            .status { font-size: 0.8rem; padding: 0.1rem 0.4rem; border-radius: 3px; color: white; background: #b00020; vertical-align: middle; }
            .status.pass, .status.generated { background: #1b5e20; }
            .status.missing_baseline, .status.error { background: #e65100; }
            .message { font-family: ui-monospace, monospace; white-space: pre-wrap; }
            .meta { color: #666; font-size: 0.9rem; }
            .images { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
            figure { margin: 0; }
            figure img { max-width: 32vw; border: 1px solid #ccc; image-rendering: pixelated; }
            figcaption { font-weight: bold; }
            .none { color: #999; font-style: italic; }
            details { margin: 0.3rem 0; }
            details img { max-width: 32vw; border: 1px solid #ccc; margin: 0.5rem 0; }
            """;

    private HtmlReport() {
    }

    /** Writes {@code <reportDir>/index.html} (atomically) and returns its path. */
    public static Path write(CheckRun run, Path reportDir) {
        Path page = reportDir.resolve(PAGE);
        OutputFile.write(page, toBytes(run, reportDir));
        return page;
    }

    /** The page, with image links relative to {@code reportDir}. */
    public static byte[] toBytes(CheckRun run, Path reportDir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter html = XMLOutputFactory.newFactory()
                    .createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            new Page(html, reportDir).write(run);
            html.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the HTML report in memory failed", e);
        }
        return bytes.toByteArray();
    }

    private record Page(XMLStreamWriter html, Path reportDir) {

        void write(CheckRun run) throws XMLStreamException {
            List<ChartResult> failing = run.results().stream().filter(r -> r.status().fails()).toList();
            List<ChartResult> passing = run.results().stream().filter(r -> !r.status().fails()).toList();
            html.writeDTD("<!DOCTYPE html>");
            html.writeCharacters("\n");
            html.writeStartElement("html");
            html.writeDefaultNamespace("http://www.w3.org/1999/xhtml");
            html.writeAttribute("lang", "en");
            html.writeStartElement("head");
            html.writeEmptyElement("meta");
            html.writeAttribute("charset", "utf-8");
            element("title", "Plotpress check: " + (failing.isEmpty() ? "all passed" : failing.size() + " failing"));
            element("style", STYLE);
            html.writeEndElement();
            html.writeCharacters("\n");
            html.writeStartElement("body");
            element("h1", "Plotpress check");
            element("p", failing.isEmpty() ? "summary passed" : "summary failed", XmlText.of(run.summary()));
            if (!failing.isEmpty()) {
                element("h2", "Failing (" + failing.size() + ")");
                for (ChartResult result : failing) {
                    failingChart(result);
                }
            }
            if (!passing.isEmpty()) {
                element("h2", "Passing (" + passing.size() + ")");
                for (ChartResult result : passing) {
                    passingChart(result);
                }
            }
            html.writeEndElement();
            html.writeCharacters("\n");
            html.writeEndElement();
            html.writeCharacters("\n");
            html.writeEndDocument();
        }

        private void failingChart(ChartResult result) throws XMLStreamException {
            html.writeCharacters("\n");
            html.writeStartElement("section");
            html.writeAttribute("class", "chart " + switch (result.status()) {
                case MISSING_BASELINE -> "missing";
                case ERROR -> "error";
                default -> "fail";
            });
            html.writeAttribute("id", "chart-" + XmlText.of(result.name()));
            html.writeStartElement("h3");
            html.writeCharacters(XmlText.of(result.name()) + " ");
            status(result.status());
            html.writeEndElement();
            element("p", "message", XmlText.of(result.message()));
            meta(result);
            html.writeStartElement("div");
            html.writeAttribute("class", "images");
            figure("Baseline", result.baseline(), result.name() + " baseline");
            figure("Actual", result.actual(), result.name() + " as rendered now");
            figure("Diff", result.diff(), result.name() + " differences in magenta");
            html.writeEndElement();
            html.writeEndElement();
        }

        private void passingChart(ChartResult result) throws XMLStreamException {
            html.writeCharacters("\n");
            html.writeStartElement("details");
            html.writeAttribute("id", "chart-" + XmlText.of(result.name()));
            html.writeStartElement("summary");
            html.writeCharacters(XmlText.of(result.name()) + " ");
            status(result.status());
            html.writeCharacters(" " + XmlText.of(result.message()));
            html.writeEndElement();
            meta(result);
            if (Files.isRegularFile(result.baseline())) {
                image(result.baseline(), result.name() + " baseline");
            }
            html.writeEndElement();
        }

        private void status(CheckStatus status) throws XMLStreamException {
            element("span", "status " + status.name().toLowerCase(java.util.Locale.ROOT),
                    status.name().replace('_', ' '));
        }

        private void meta(ChartResult result) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            if (result.spec() != null) {
                text.append("spec ").append(result.spec()).append(" · ");
            }
            text.append("baseline ").append(result.baseline()).append(" · ").append(result.millis()).append(" ms");
            element("p", "meta", XmlText.of(text.toString()));
        }

        private void figure(String caption, Path image, String alt) throws XMLStreamException {
            html.writeStartElement("figure");
            element("figcaption", caption);
            if (image != null && Files.isRegularFile(image)) {
                html.writeStartElement("a");
                html.writeAttribute("href", RelativeLink.from(reportDir, image));
                image(image, alt);
                html.writeEndElement();
            } else {
                element("p", "none", "none");
            }
            html.writeEndElement();
        }

        private void image(Path image, String alt) throws XMLStreamException {
            html.writeEmptyElement("img");
            html.writeAttribute("src", RelativeLink.from(reportDir, image));
            html.writeAttribute("alt", XmlText.of(alt));
            html.writeAttribute("loading", "lazy");
        }

        private void element(String name, String text) throws XMLStreamException {
            html.writeStartElement(name);
            html.writeCharacters(text);
            html.writeEndElement();
        }

        private void element(String name, String cssClass, String text) throws XMLStreamException {
            html.writeStartElement(name);
            html.writeAttribute("class", cssClass);
            html.writeCharacters(text);
            html.writeEndElement();
        }
    }
}
