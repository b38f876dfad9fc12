package dev.plotpress.compare;

import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The check as JUnit XML, the shape Jenkins, GitLab and GitHub test reporters read: one
 * {@code <testsuite>} with a {@code <testcase>} per chart; a mismatch is a {@code <failure>}, a missing
 * baseline or a chart that could not be rendered an {@code <error>}. Paths of the actual and diff images
 * go to {@code <system-out>}, also as GitLab {@code [[ATTACHMENT|path]]} lines so GitLab shows the diff.
 */
public final class JUnitXmlReport {
    public static final String SUITE = "plotpress check";
    public static final String CLASS_NAME = "plotpress.check";

    private JUnitXmlReport() {
    }

    /** Writes the report to {@code file} (atomically, creating its folder). */
    public static void write(CheckRun run, Path file) {
        OutputFile.write(file, toBytes(run));
    }

    public static byte[] toBytes(CheckRun run) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            long failures = run.count(CheckStatus.FAIL);
            long errors = run.count(CheckStatus.ERROR) + run.count(CheckStatus.MISSING_BASELINE);
            xml.writeStartElement("testsuites");
            counts(xml, run, failures, errors);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            counts(xml, run, failures, errors);
            xml.writeAttribute("skipped", "0");
            for (ChartResult result : run.results()) {
                xml.writeCharacters("\n    ");
                testcase(xml, result);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing JUnit XML in memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static void counts(XMLStreamWriter xml, CheckRun run, long failures, long errors) throws XMLStreamException {
        xml.writeAttribute("name", SUITE);
        xml.writeAttribute("tests", Integer.toString(run.results().size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", Long.toString(errors));
        xml.writeAttribute("time", seconds(run.wallMillis()));
    }

    private static void testcase(XMLStreamWriter xml, ChartResult result) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", CLASS_NAME);
        xml.writeAttribute("name", XmlText.of(result.name()));
        xml.writeAttribute("time", seconds(result.millis()));
        if (result.spec() != null) {
            xml.writeAttribute("file", XmlText.of(result.spec().toString()));
        }
        String message = XmlText.of(result.message());
        switch (result.status()) {
            case FAIL -> problem(xml, "failure", "ImageMismatch", message);
            case MISSING_BASELINE -> problem(xml, "error", "MissingBaseline", message);
            case ERROR -> problem(xml, "error", "ChartError", message);
            case PASS, GENERATED -> { }
        }
        StringBuilder out = new StringBuilder();
        if (result.status() == CheckStatus.GENERATED) {
            out.append(message).append('\n');
        }
        out.append("baseline: ").append(result.baseline()).append('\n');
        if (result.actual() != null) {
            out.append("actual: ").append(result.actual()).append('\n');
        }
        if (result.diff() != null) {
            out.append("diff: ").append(result.diff()).append('\n')
                    .append("[[ATTACHMENT|").append(result.diff()).append("]]\n");
        }
        xml.writeStartElement("system-out");
        xml.writeCharacters(XmlText.of(out.toString()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void problem(XMLStreamWriter xml, String element, String type, String message)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", message);
        xml.writeAttribute("type", type);
        xml.writeCharacters(message);
        xml.writeEndElement();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
