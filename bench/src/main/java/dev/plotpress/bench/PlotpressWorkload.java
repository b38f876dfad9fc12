package dev.plotpress.bench;

import dev.plotpress.data.DataReader;
import dev.plotpress.export.Exporter;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.DataSpec;
import dev.plotpress.model.Table;
import dev.plotpress.internal.render.Renderer;
import dev.plotpress.spec.SpecReader;

import java.nio.file.Path;

/** The workload through Plotpress: the example specs, data generated per chart, PNG / JPEG data URI. */
final class PlotpressWorkload implements Workload {
    private final ChartSpec scatter;
    private final ChartSpec heatmap;
    private final ChartSpec line;
    private final Table lineData;
    private final Exporter exporter = new Exporter();

    PlotpressWorkload(Path examples) {
        scatter = SpecReader.read(examples.resolve("scatter_matrix.yaml"));
        heatmap = SpecReader.read(examples.resolve("correlation_heatmap.yaml"));
        line = SpecReader.read(examples.resolve("line_chart.yaml"));
        lineData = DataReader.read(line.data());
    }

    @Override
    public byte[] scatterMatrix(long seed) {
        Table table = DataReader.read(DataSpec.random(4, 8, seed).withTransform(scatter.data().transform()));
        return exporter.image(Renderer.render(scatter, table), ImageFormat.PNG);
    }

    @Override
    public byte[] heatmap(long seed) {
        Table table = DataReader.read(DataSpec.random(4, 8, seed).withTransform(heatmap.data().transform()));
        return exporter.image(Renderer.render(heatmap, table), ImageFormat.PNG);
    }

    @Override
    public String lineDataUri() {
        return exporter.dataUri(Renderer.render(line, lineData), ImageFormat.JPEG, line.size());
    }
}
