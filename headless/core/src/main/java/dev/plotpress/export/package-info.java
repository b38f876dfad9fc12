/**
 * Figures to bytes. Stable API: {@link dev.plotpress.export.ImageFormat}, {@link dev.plotpress.export.OutputFormat},
 * {@link dev.plotpress.export.ExportOptions} and {@link dev.plotpress.export.Exporter}. The rest (encoders, rasters,
 * vector targets, atomic file writing) is internal: public only so the other Plotpress packages can use it, and it may
 * change in any release.
 */
package dev.plotpress.export;
