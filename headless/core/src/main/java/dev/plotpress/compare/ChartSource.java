package dev.plotpress.compare;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One chart to check: its name (the baseline is {@code <baseline folder>/<name>.png}; a name may hold
 * {@code /} for sub-folders) and how to render it. The CLI makes one per spec file; tests make them from
 * lambdas.
 */
public interface ChartSource {

    String name();

    /** PNG bytes of the chart; throw {@link dev.plotpress.model.BadInputException} for a broken spec. */
    byte[] renderPng();

    /** The spec file the chart comes from, for the report; {@code null} when there is none. */
    default Path spec() {
        return null;
    }

    static ChartSource of(String name, Path spec, Supplier<byte[]> render) {
        return new ChartSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public byte[] renderPng() {
                return render.get();
            }

            @Override
            public Path spec() {
                return spec;
            }
        };
    }
}
