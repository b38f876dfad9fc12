/**
 * Spec files (YAML and JSON) read into and written from {@code ChartSpec}. Stable API:
 * {@link dev.plotpress.spec.SpecSyntax}. The readers and writers are internal; read a spec through
 * {@code Chart.fromSpec}.
 */
package dev.plotpress.spec;
