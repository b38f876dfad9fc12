package dev.plotpress.cli;

import org.jfree.chart.JFreeChart;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code --version}: Plotpress, the drawing engine and the Java runtime it runs on. */
public final class VersionInfo implements CommandLine.IVersionProvider {

    public static String plotpressVersion() {
        String version = VersionInfo.class.getPackage().getImplementationVersion();
        return version != null ? version : "development build";
    }

    /** JFreeChart's jar has no Implementation-Version; its Maven metadata does. */
    static String jfreechartVersion() {
        try (InputStream in = JFreeChart.class.getResourceAsStream("/META-INF/maven/org.jfree/jfreechart/pom.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
                "plotpress " + plotpressVersion(),
                "JFreeChart " + jfreechartVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
