package dev.plotpress.leak;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading {@code GC.class_histogram} and naming what grew, as the leak check's messages print it. */
class ClassHistogramTest {
    private static final String BEFORE = """
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:          5000         400000  [B (java.base@17.0.15)
               2:           100           7200  org.jfree.chart.plot.XYPlot
               3:            10            720  org.jfree.chart.JFreeChart
               4:            40            960  com.example.reports.PooledTileRenderer$Tile
            Total         5150         408880
            """;
    private static final String AFTER = """
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:          5001         401000  [B (java.base@17.0.15)
               2:           300          21600  org.jfree.chart.plot.XYPlot
               3:           210          15120  org.jfree.chart.JFreeChart
               4:           240           5760  com.example.reports.PooledTileRenderer$Tile
               5:           150           3600  com.example.reports.Sometimes
            Total         6001         447080
            """;

    @Test
    void theClassesThatGainedAtLeastHalfAnInstancePerCallAreNamedMostBytesFirst() {
        List<ClassGrowth> grown = ClassHistogram.parse(AFTER).growthSince(ClassHistogram.parse(BEFORE), 200);

        assertThat(grown).extracting(ClassGrowth::perCall)
                .containsExactly("+1 JFreeChart", "+1 XYPlot", "+1 PooledTileRenderer.Tile", "+0.8 Sometimes");
        assertThat(grown.get(0).bytesPerCall()).isEqualTo(72.0);
    }

    @Test
    void theEarlierHistogramsTextIsNotCountedAsGrowth() {
        String text = "x".repeat(1000);
        ClassHistogram after = ClassHistogram.parse("""
                   1:          5001         401016  [B (java.base@17.0.15)
                   2:            11            264  java.lang.String (java.base@17.0.15)
                """).lessTheTextOf(text);

        assertThat(after.classes().get("[B")).isEqualTo(new ClassHistogram.Count(5000, 400000));
        assertThat(after.classes().get("java.lang.String")).isEqualTo(new ClassHistogram.Count(10, 240));
    }

    @Test
    void namesAreWrittenAsInJavaSource() {
        assertThat(ClassGrowth.simpleName("[B")).isEqualTo("byte[]");
        assertThat(ClassGrowth.simpleName("[[Ljava.lang.Object;")).isEqualTo("Object[][]");
        assertThat(ClassGrowth.simpleName("java.lang.ThreadLocal$ThreadLocalMap$Entry")).isEqualTo("ThreadLocal.ThreadLocalMap.Entry");
        assertThat(ClassGrowth.simpleName("com.example.Report$$Lambda$42")).isEqualTo("Report$$Lambda$42");
        assertThat(ClassGrowth.simpleName("com.example.Report$1")).isEqualTo("Report$1");
    }

    @Test
    void theSummaryLeadsWithTheObjectTheLongLivedWorldHoldsAndTheLineThatAllocatedIt() {
        LeakAttribution attribution = new LeakAttribution(
                List.of(new ClassGrowth("org.jfree.chart.plot.XYPlot", 1, 280), new ClassGrowth("[B", 3, 600),
                        new ClassGrowth("org.jfree.chart.JFreeChart", 1, 72)),
                List.of(new AllocationSite("LiveDashboard.build(LiveDashboard.java:32)", 9, List.of("DecimalFormat"),
                        List.of("JFreeChart"), List.of("Thread Name: main -> LiveDashboard.prices -> JFreeChart"))),
                "call");

        assertThat(attribution.summary())
                .isEqualTo("+1 JFreeChart and +1 XYPlot per call, allocated at LiveDashboard.build(LiveDashboard.java:32)");
    }
}
