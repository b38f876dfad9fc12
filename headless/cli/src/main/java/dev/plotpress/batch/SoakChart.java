package dev.plotpress.batch;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.NumericColumn;
import dev.plotpress.model.Size;
import dev.plotpress.model.Table;
import dev.plotpress.render.Figure;
import dev.plotpress.Chart;

import java.util.List;

/**
 * Plotpress's own {@code mprof plot}: memory (MiB) against charts rendered, as a line chart drawn by the
 * Renderer like any other chart, with the verdict in the title.
 */
public final class SoakChart {
    static final String CHARTS = "charts rendered";
    static final String HEAP = "heap after GC";
    static final String COMMITTED = "committed heap";
    static final String RSS = "RSS";
    static final String LIVE = "live heap (full-GC checkpoints)";

    private SoakChart() {
    }

    public static Figure figure(List<MemorySample> samples, SoakVerdict verdict) {
        double[] charts = samples.stream().mapToDouble(MemorySample::charts).toArray();
        double[] heap = samples.stream().mapToDouble(s -> s.heapAfterGc() / 1048576.0).toArray();
        double[] committed = samples.stream().mapToDouble(s -> s.heapCommitted() / 1048576.0).toArray();
        double[] rss = samples.stream().mapToDouble(s -> s.rss() < 0 ? Double.NaN : s.rss() / 1048576.0).toArray();
        double[] live = new double[samples.size()];
        double lastLive = Double.NaN;
        for (int i = 0; i < live.length; i++) {
            if (samples.get(i).afterFullGc()) {
                lastLive = samples.get(i).heapAfterGc() / 1048576.0;
            }
            live[i] = lastLive;   // held until the next checkpoint
        }
        Table table = new Table("soak memory profile", List.of(new NumericColumn(CHARTS, charts),
                new NumericColumn(HEAP, heap), new NumericColumn(LIVE, live), new NumericColumn(COMMITTED, committed),
                new NumericColumn(RSS, rss)));
        ChartSpec spec = ChartSpec.builder(ChartKind.LINE)
                .title(String.format(java.util.Locale.ROOT, "Memory vs charts rendered: %s (%+.1f B/chart, threshold %.1f)",
                        verdict.word(), verdict.slopeBytesPerChart(), verdict.thresholdBytesPerChart()))
                .x(CHARTS).y(HEAP, LIVE, COMMITTED, RSS)
                .xLabel(CHARTS).yLabel("MiB")
                .size(Size.inches(10, 6, 100))
                .build();
        return Chart.of(spec, table).figure();
    }
}
