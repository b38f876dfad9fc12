/**
 * Figures to bytes: {@link dev.plotpress.export.Exporter}, with {@link dev.plotpress.export.ImageFormat},
 * {@link dev.plotpress.export.OutputFormat} and {@link dev.plotpress.export.ExportOptions}. Stable API. The encoders
 * behind it are in {@code dev.plotpress.internal.export}, which is not part of it.
 */
package dev.plotpress.export;
