/**
 * Internal: spec files (YAML and JSON) read into and written from {@code ChartSpec}. Not exported by the module
 * {@code dev.plotpress.core} (only to Plotpress's own modules); read a spec through {@code Chart.fromSpec}, whose
 * {@link dev.plotpress.SpecSyntax} says how a spec text is written.
 */
package dev.plotpress.spec;
