/**
 * Plotpress core: {@link dev.plotpress.Chart} and the chart model, data, rendering, PNG / JPEG / SVG export and data
 * URIs, with the fewest dependencies. The exported packages are the stable API (semantic versioning from 1.0; README
 * "Embedding"); the others are exported only to Plotpress's own modules and may change in any release.
 *
 * <p>PDF is a service: add the module {@code dev.plotpress.pdf} (artifact plotpress-pdf) and {@code Chart.pdf()}
 * works, on the class path and on the module path alike.
 */
module dev.plotpress.core {
    // exported types show these: Figure is a JFreeChart Drawable drawn on a java.awt.Graphics2D
    requires transitive java.desktop;
    requires transitive org.jfree.jfreechart;

    requires org.jfree.svg;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires de.siegmar.fastcsv;
    requires ch.randelshofer.fastdoubleparser;
    requires java.xml;
    // the leak check: live heap and class histograms (java.management, jdk.management), allocation sites (jdk.jfr)
    requires java.management;
    requires jdk.management;
    requires jdk.jfr;

    // the stable API
    exports dev.plotpress;
    exports dev.plotpress.model;
    exports dev.plotpress.data;
    exports dev.plotpress.export;
    exports dev.plotpress.render;

    // internal: for Plotpress's own jars only (the CLI and the server are automatic modules of these names)
    exports dev.plotpress.spec to dev.plotpress.cli, dev.plotpress.server, dev.plotpress.testing;
    exports dev.plotpress.compare to dev.plotpress.cli, dev.plotpress.testing;
    exports dev.plotpress.leak to dev.plotpress.cli, dev.plotpress.testing;
    exports dev.plotpress.internal.export to dev.plotpress.pdf, dev.plotpress.cli, dev.plotpress.testing;
    exports dev.plotpress.internal.model to dev.plotpress.cli;

    // Jackson binds spec files to the model's records (ChartSpec's components, FacetOptions) and SpecDocument's
    opens dev.plotpress.spec to com.fasterxml.jackson.databind;
    opens dev.plotpress.model to com.fasterxml.jackson.databind;

    // plotpress-pdf provides it (dev.plotpress.pdf.PdfTarget)
    uses dev.plotpress.internal.export.PdfEncoding;
}
