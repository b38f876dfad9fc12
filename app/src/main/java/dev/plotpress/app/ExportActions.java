package dev.plotpress.app;

import dev.plotpress.Chart;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Table;
import dev.plotpress.spec.SpecTemplate;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What leaves the viewer goes through the headless code: a fresh render of the tab's spec (not the zoomed
 * view on screen) through {@link Chart}, as {@link ChartView}'s own export does, and SpecWriter's YAML. So an exported file is byte for byte
 * what {@code plotpress --headless render} writes for the saved spec.
 */
final class ExportActions {
    /** Writes the chart as PNG, JPEG, SVG or PDF at the spec's size; returns the number of bytes written. */
    long exportImage(ChartSpec spec, Table table, ImageFormat format, Path file) {
        return ChartView.export(Chart.of(spec, table), format, file);
    }

    /** The {@code <img src="data:image/png;base64,...">} form of the chart. */
    String imgTag(ChartSpec spec, Table table) {
        return Chart.of(spec, table).imgTag();
    }

    void copyImgTag(ChartSpec spec, Table table) {
        ClipboardContent content = new ClipboardContent();
        content.putString(imgTag(spec, table));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Saves the spec as YAML the headless CLI reads; data paths are written relative to the file's folder. */
    void saveSpec(ChartSpec spec, Path file) {
        saveSpec(spec, SpecTemplate.NONE, file);
    }

    /** The same, keeping the {@code params:} block and placeholders of the spec file the tab was opened from. */
    void saveSpec(ChartSpec spec, SpecTemplate template, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        OutputFile.write(file, template.toYaml(spec, folder).getBytes(StandardCharsets.UTF_8));
    }
}
