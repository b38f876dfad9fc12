package dev.plotpress.batch;

import dev.plotpress.model.ChartSpec;

/** A chart spec of a batch, parsed once and shared by every job; {@code name} is its file's stem ({@code {spec}}). */
public record NamedSpec(String name, ChartSpec spec) {
}
