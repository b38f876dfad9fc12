/**
 * Plotpress as a library: {@link dev.plotpress.Chart}, a chart and its data ready to become PNG, JPEG, SVG, PDF, a
 * data URI or an {@code <img>} tag, and {@link dev.plotpress.DataFolder}, which files a spec may read. Stable API:
 * semantic versioning from 1.0.
 */
package dev.plotpress;
