/**
 * Internal: the encoders behind {@code Exporter} (PNG, JPEG, SVG, the PDF service plotpress-pdf provides), the raster
 * target and atomic file writing. Exported only to Plotpress's own modules; not part of the stable API, and it may
 * change in any release.
 */
package dev.plotpress.internal.export;
