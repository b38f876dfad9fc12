package dev.plotpress;

import dev.plotpress.data.DataReader;
import dev.plotpress.export.ExportOptions;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.render.Figure;
import dev.plotpress.render.Renderer;
import dev.plotpress.spec.SpecReader;
import dev.plotpress.spec.SpecSyntax;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A chart and its data, ready to become bytes: the one entry point the CLI, the batch, the server, the viewer and
 * users' own programs share. Immutable and thread-safe; every method that draws renders afresh and keeps nothing.
 *
 * <pre>{@code
 * byte[] png = Chart.scatter(xs, ys).title("Sales").png();
 * Chart.fromSpec(Path.of("charts/sales.yaml")).writeTo(Path.of("sales.svg"));
 * }</pre>
 *
 * Loading happens when a Chart is made (the spec's data file is read then); drawing does no file I/O.
 */
public final class Chart {
    private final ChartSpec spec;
    private final Table table;

    private Chart(ChartSpec spec, Table table) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** A chart of {@code table} as {@code spec} says; the spec's own data section is not read. */
    public static Chart of(ChartSpec spec, Table table) {
        return new Chart(spec, table);
    }

    /** Reads a spec file (YAML or JSON) and the data it names, relative to the spec's folder. */
    public static Chart fromSpec(Path specFile) {
        return fromSpec(SpecReader.read(specFile), DataFolder.ANYWHERE);
    }

    /**
     * Reads a spec given as text. A relative {@code data.file} is resolved inside {@code folder} and must stay there
     * ({@link DataFolder#inside}); with {@link DataFolder#NONE} only inline and random data are accepted.
     *
     * @param name how messages name the text, e.g. "request body"
     */
    public static Chart fromSpec(String text, String name, SpecSyntax syntax, DataFolder folder) {
        return fromSpec(SpecReader.read(text, name, syntax, folder.root()), folder);
    }

    /** A parsed spec and the data it names, read under {@code folder}'s rules. */
    public static Chart fromSpec(ChartSpec spec, DataFolder folder) {
        if (spec.data() == null) {
            throw new BadInputException("the spec has no data; add a data: section with file: or random:");
        }
        folder.check(spec.data());
        return new Chart(spec, DataReader.read(spec.data()));
    }

    public static Chart scatter(double[] xs, double[] ys) {
        return xy(ChartKind.SCATTER, xs, ys);
    }

    public static Chart line(double[] xs, double[] ys) {
        return xy(ChartKind.LINE, xs, ys);
    }

    private static Chart xy(ChartKind kind, double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new BadInputException("x has " + xs.length + " values but y has " + ys.length + "; give one y per x");
        }
        Table table = new Table("arrays", List.of(new NumericColumn("x", xs), new NumericColumn("y", ys)));
        return new Chart(ChartSpec.builder(kind).x("x").y("y").build(), table);
    }

    public ChartSpec spec() {
        return spec;
    }

    public Table table() {
        return table;
    }

    /** This chart with any option of the spec changed, under the spec's names: {@code with(b -> b.hue("species"))}. */
    public Chart with(UnaryOperator<ChartSpec.Builder> change) {
        return new Chart(change.apply(spec.toBuilder()).build(), table);
    }

    public Chart title(String title) {
        return with(b -> b.title(title));
    }

    /** The size in pixels at the spec's dpi. */
    public Chart size(int widthPixels, int heightPixels) {
        return with(b -> b.size(spec.size().withPixels(widthPixels, heightPixels, null)));
    }

    /** This chart drawn, ready for any target (the viewer shows it live); its warnings say what was left out. */
    public Figure figure() {
        return Renderer.render(spec, table);
    }

    /** Draws and encodes the chart as {@code format} at the spec's size. */
    public Rendering render(OutputFormat format) {
        return render(format, null, new Exporter());
    }

    /**
     * Draws and encodes the chart as {@code format} at {@code size} (null: the figure's own, which for facets grows
     * with the panels unless the spec gives one) through {@code exporter} (a long-lived caller
     * such as a server or a batch keeps one exporter, which reuses its pixel arrays between charts).
     */
    public Rendering render(OutputFormat format, Size size, Exporter exporter) {
        Figure figure = figure();
        size = size != null ? size : figure.size();
        return new Rendering(exporter.bytes(figure, format, size), format, size, figure.warnings());
    }

    public byte[] png() {
        return image(ImageFormat.PNG);
    }

    /** JPEG at quality 0.9. */
    public byte[] jpeg() {
        return image(ImageFormat.JPEG);
    }

    public byte[] svg() {
        return image(ImageFormat.SVG);
    }

    public byte[] pdf() {
        return image(ImageFormat.PDF);
    }

    /** {@code data:image/png;base64,...} */
    public String dataUri() {
        return dataUri(ImageFormat.PNG);
    }

    public String dataUri(ImageFormat format) {
        Figure figure = figure();
        return new Exporter().dataUri(figure, format, figure.size());
    }

    /** An {@code <img>} element carrying the PNG as a data URI, with the chart's description as alt text. */
    public String imgTag() {
        Figure figure = figure();
        return new Exporter().imgTag(figure, ImageFormat.PNG, figure.size());
    }

    public byte[] image(ImageFormat format) {
        return new Exporter().image(figure(), format);
    }

    /** Writes the chart atomically; the format follows the extension (.png, .jpg, .svg, .pdf, .html, .uri). */
    public void writeTo(Path file) {
        Figure figure = figure();
        new Exporter(ExportOptions.DEFAULT).write(figure, OutputFormat.fromFileName(file, ImageFormat.PNG), figure.size(), file);
    }

    public void writeTo(OutputStream out, ImageFormat format) {
        try {
            out.write(image(format));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return spec.kind().specName() + " chart of " + table;
    }

    /** What {@link #render} produced: the bytes, what they are, and what the chart left out. */
    public record Rendering(byte[] bytes, OutputFormat format, Size size, List<String> warnings) {
        public String mediaType() {
            return switch (format.form()) {
                case FILE -> format.image().mimeType();
                case DATA_URI -> "text/plain; charset=utf-8";
                case IMG_TAG -> "text/html; charset=utf-8";
            };
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
