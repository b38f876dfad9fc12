package dev.plotpress.batch;

import dev.plotpress.model.ChartSpec;
import dev.plotpress.render.Figure;
import dev.plotpress.spec.SpecReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A soak in its own small-heap JVM, so garbage collections really happen. With {@code leak} it keeps every
 * Figure in a static list: the pyplot figure registry of the reports, reproduced on purpose.
 * Prints the verdict line (and with {@code attribute}, what was kept) and exits 0 for FLAT, 5 for LEAK.
 */
public final class SoakChildProcess {
    static final List<Figure> KEPT = new ArrayList<>();

    public static void main(String[] args) {
        Path spec = Path.of(args[0]);
        long charts = Long.parseLong(args[1]);
        boolean leak = args[2].equals("leak");
        boolean attribute = args.length > 3 && args[3].equals("attribute");
        ChartSpec chart = SpecReader.read(spec);
        SoakOptions options = SoakOptions.of(charts, 1);
        SoakInstruments instruments = attribute ? new SoakInstruments(true, null, "") : null;
        SoakSamples samples = new SoakRun(chart, options, leak ? KEPT::add : figure -> { })
                .run(null, new Progress.Silent(), instruments);
        SoakVerdict verdict = SoakVerdict.of(samples, options);
        System.out.println(verdict.line());
        if (instruments != null) {
            System.out.println("kept: " + instruments.attribution().details());
        }
        System.exit(verdict.flat() ? 0 : 5);
    }
}
