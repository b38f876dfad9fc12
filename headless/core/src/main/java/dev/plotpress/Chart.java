package dev.plotpress;

import dev.plotpress.data.DataReader;
import dev.plotpress.data.ReadProgress;
import dev.plotpress.export.ExportOptions;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.export.OutputFormat;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.ScatterMatrixOptions;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.render.Figure;
import dev.plotpress.internal.render.Renderer;
import dev.plotpress.spec.SpecReader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A chart and its data, ready to become bytes: the one entry point the CLI, the viewer, the server and users' own
 * programs share.
 *
 * <pre>{@code
 * byte[] png = Chart.scatter(xs, ys).title("Sales").png();
 * String page = "<p>" + Chart.line(Table.of(sales), "month", "revenue").imgTag() + "</p>";
 * Chart.fromSpec(Path.of("charts/sales.yaml")).writeTo(Path.of("sales.svg"));
 * }</pre>
 *
 * <p>Every kind has a factory from arrays and one from a {@link Table} ({@link Table#of(List)} makes one from
 * records, {@link Table#builder()} from arrays and collections). Every option of the spec is a method of the same
 * name ({@link ChartOptions}) or, for the rest, of {@link ChartSpec.Builder} through {@link #with(UnaryOperator)}; each
 * returns a new Chart. A Chart is immutable and thread-safe, and keeps no global state: each output method renders afresh, does
 * no file I/O besides {@link #writeTo(Path)}, and lets everything it drew go when it returns. The data is read
 * when a Chart is made ({@link #fromSpec(Path)} reads the spec's data file then).
 */
public final class Chart implements ChartOptions {
    private final ChartSpec spec;
    private final Table table;

    private Chart(ChartSpec spec, Table table) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.table = Objects.requireNonNull(table, "table");
    }

    // ---- from a spec ----

    /** A chart of {@code table} as {@code spec} says; the spec's own data section is not read. */
    public static Chart of(ChartSpec spec, Table table) {
        return new Chart(spec, table);
    }

    /** A chart of {@code kind} over every numeric column of {@code table}, to be refined with the option methods. */
    public static Chart of(ChartKind kind, Table table) {
        return new Chart(ChartSpec.builder(kind).build(), table);
    }

    /** Reads a spec file (YAML or JSON) and the data it names, relative to the spec's folder. */
    public static Chart fromSpec(Path specFile) {
        return fromSpec(specFile, ReadProgress.NONE);
    }

    /** As {@link #fromSpec(Path)}, telling {@code progress} how far the data file's read has got. */
    public static Chart fromSpec(Path specFile, ReadProgress progress) {
        ChartSpec spec = SpecReader.read(specFile);
        requireData(spec);
        return new Chart(spec, DataReader.read(spec.data(), progress));
    }

    /**
     * Reads a spec written as YAML or JSON (a superset), whose data is inline or random; a relative
     * {@code data.file} is refused. For specs that name files use {@link #fromSpec(String, String, SpecSyntax, DataFolder)}.
     */
    public static Chart fromSpec(String specText) {
        return fromSpec(specText, "spec", SpecSyntax.YAML, DataFolder.NONE);
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
        requireData(spec);
        folder.check(spec.data());
        return new Chart(spec, DataReader.read(spec.data()));
    }

    private static void requireData(ChartSpec spec) {
        if (spec.data() == null) {
            throw new BadInputException("the spec has no data; add a data: section with file: or random:");
        }
    }

    // ---- every kind, from arrays and from a table ----

    /** Dots at ({@code xs[i]}, {@code ys[i]}); axes labelled x and y. */
    public static Chart scatter(double[] xs, double[] ys) {
        return xy(ChartKind.SCATTER, xs, ys);
    }

    /** Dots of column {@code y} against column {@code x}. */
    public static Chart scatter(Table table, String x, String y) {
        return kind(ChartKind.SCATTER, table, x, y);
    }

    /** A line through ({@code xs[i]}, {@code ys[i]}) in order. */
    public static Chart line(double[] xs, double[] ys) {
        return xy(ChartKind.LINE, xs, ys);
    }

    /** One line per y column against {@code x} (null: the row number); no y means every other numeric column. */
    public static Chart line(Table table, String x, String... y) {
        return kind(ChartKind.LINE, table, x, y);
    }

    /** The area under ({@code xs[i]}, {@code ys[i]}). */
    public static Chart area(double[] xs, double[] ys) {
        return xy(ChartKind.AREA, xs, ys);
    }

    /** One filled area per y column against {@code x}; {@link #stacked(boolean)} stacks them. */
    public static Chart area(Table table, String x, String... y) {
        return kind(ChartKind.AREA, table, x, y);
    }

    /** One bar per category, as tall as its value. */
    public static Chart bar(String[] categories, double[] values) {
        requireSameLength("categories", categories.length, "values", values.length);
        return bar(Table.builder("arrays").column("category", categories).column("value", values).build(), "category", "value");
    }

    /** Bars of each y column per value of {@code x}, side by side or {@link #stacked(boolean)}. */
    public static Chart bar(Table table, String x, String... y) {
        return kind(ChartKind.BAR, table, x, y);
    }

    /** The values counted in {@link #bins(int)} equal-width bins (10 unless told). */
    public static Chart histogram(double[] values) {
        return histogram(Table.builder("arrays").column("value", values).build(), "value");
    }

    /** One histogram per column (no columns: every numeric column). */
    public static Chart histogram(Table table, String... columns) {
        return kind(ChartKind.HISTOGRAM, table, null, columns);
    }

    /** One box (quartiles, whiskers at 1.5 IQR, outliers as dots) of the values. */
    public static Chart box(double[] values) {
        return box(Table.builder("arrays").column("value", values).build(), "value");
    }

    /** One box of {@code values} per distinct {@code groups} value ({@code groups[i]} is {@code values[i]}'s group). */
    public static Chart box(double[] values, String[] groups) {
        requireSameLength("values", values.length, "groups", groups.length);
        return box(Table.builder("arrays").column("value", values).column("group", groups).build(), "value").hue("group");
    }

    /** One box per column (no columns: every numeric column); {@link #hue(String)} splits one column by groups. */
    public static Chart box(Table table, String... columns) {
        return kind(ChartKind.BOX, table, null, columns);
    }

    /** The matrix as coloured cells, {@code rows[0]} at the top; columns and rows are numbered from 0. */
    public static Chart heatmap(double[][] rows) {
        var builder = Table.builder("matrix");
        int width = rows.length == 0 ? 0 : rows[0].length;
        for (int column = 0; column < width; column++) {
            double[] values = new double[rows.length];
            for (int row = 0; row < rows.length; row++) {
                requireSameLength("row 0", width, "row " + row, rows[row].length);
                values[row] = rows[row][column];
            }
            builder.column(Integer.toString(column), values);
        }
        return heatmap(builder.build());
    }

    /**
     * The table's numeric columns as a matrix of coloured cells; its first text column, if any, names the rows.
     * The report's correlation heatmap is {@code Chart.heatmap(Transform.CORRELATION.apply(table))}.
     */
    public static Chart heatmap(Table table) {
        return of(ChartKind.HEATMAP, table);
    }

    /** Every pair of the named columns as a grid of scatter plots, histograms on the diagonal. */
    public static Chart scatterMatrix(java.util.Map<String, double[]> columns) {
        return scatterMatrix(Table.of(columns));
    }

    /** Every pair of {@code columns} (none: every numeric column) as a grid of scatter plots. */
    public static Chart scatterMatrix(Table table, String... columns) {
        return of(ChartKind.SCATTER_MATRIX, table).scatterMatrix(ScatterMatrixOptions.DEFAULT.withColumns(List.of(columns)));
    }

    private static Chart xy(ChartKind kind, double[] xs, double[] ys) {
        requireSameLength("x", xs.length, "y", ys.length);
        return kind(kind, Table.builder("arrays").column("x", xs).column("y", ys).build(), "x", "y");
    }

    private static Chart kind(ChartKind kind, Table table, String x, String... y) {
        return new Chart(ChartSpec.builder(kind).x(x).y(y).build(), table);
    }

    private static void requireSameLength(String first, int firstLength, String second, int secondLength) {
        if (firstLength != secondLength) {
            throw new BadInputException(first + " has " + firstLength + " values but " + second + " has " + secondLength
                    + "; give one " + second + " per " + first);
        }
    }

    // ---- the spec's options: one method each in ChartOptions ----

    @Override
    public Chart with(UnaryOperator<ChartSpec.Builder> change) {
        return new Chart(change.apply(spec.toBuilder()).build(), table);
    }

    @Override
    public ChartSpec spec() {
        return spec;
    }

    /** The data this chart draws. */
    public Table table() {
        return table;
    }

    // ---- output ----

    /** This chart drawn, ready for any target (a {@code ChartView} shows it live); its warnings say what was left out. */
    public Figure figure() {
        return Renderer.render(spec, table);
    }

    /** What the chart leaves out of what it was asked to draw, one sentence each (see {@link Figure#warnings()}). */
    public List<String> warnings() {
        return figure().warnings();
    }

    /** Draws and encodes the chart as {@code format} at the figure's size (the spec's, or a facet grid's grown one). */
    public Rendering render(OutputFormat format) {
        return render(format, null, new Exporter());
    }

    /**
     * Draws and encodes the chart as {@code format} at {@code size} (null: the figure's own) through {@code exporter}
     * (a long-lived caller such as a server or a batch keeps one exporter, which reuses its pixel arrays between charts).
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

    /** JPEG at {@code quality}, above 0 and at most 1. */
    public byte[] jpeg(double quality) {
        return new Exporter(new ExportOptions((float) quality)).image(figure(), ImageFormat.JPEG);
    }

    /** An SVG document, text kept as text. */
    public byte[] svg() {
        return image(ImageFormat.SVG);
    }

    /** A one-page vector PDF with the fonts embedded. */
    public byte[] pdf() {
        return image(ImageFormat.PDF);
    }

    public byte[] image(ImageFormat format) {
        return new Exporter().image(figure(), format);
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
        return imgTag(ImageFormat.PNG);
    }

    /** An {@code <img>} element of {@code format} (PNG or JPEG); for SVG the inline {@code <svg>} element. */
    public String imgTag(ImageFormat format) {
        Figure figure = figure();
        return new Exporter().imgTag(figure, format, figure.size());
    }

    /**
     * Writes the chart atomically (a crash never leaves half a file); the format follows the extension (.png, .jpg,
     * .svg, .pdf, .html for an {@code <img>} tag, .uri for a data URI).
     */
    public void writeTo(Path file) {
        OutputFile.write(file, render(OutputFormat.fromFileName(file, ImageFormat.PNG)).bytes());
    }

    /** Writes the PNG to {@code out}, which stays open. */
    public void writeTo(OutputStream out) {
        writeTo(out, ImageFormat.PNG);
    }

    /** Writes the image to {@code out}, which stays open. */
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

    /**
     * What {@link #render} produced: the bytes, what they are, and what the chart left out.
     *
     * @param bytes    the image, or the UTF-8 text of a data URI or {@code <img>} tag
     * @param format   what the bytes are
     * @param size     the size drawn at
     * @param warnings what the chart leaves out, one sentence each
     */
    public record Rendering(byte[] bytes, OutputFormat format, Size size, List<String> warnings) {
        /** The HTTP {@code Content-Type} of the bytes. */
        public String mediaType() {
            return switch (format.form()) {
                case FILE -> format.image().mimeType();
                case DATA_URI -> "text/plain; charset=utf-8";
                case IMG_TAG -> "text/html; charset=utf-8";
            };
        }

        /** The bytes as text (a data URI or tag). */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
