/**
 * Internal: what the model's records, the readers and the renderer share: input limits ({@code Limit},
 * {@code DrawingLimits}, {@code InputFile}), which kinds draw an option ({@code DrawnBy}), colour names, date
 * spellings, number text, "did you mean" suggestions and the viewer's default chart. Exported only to Plotpress's own
 * modules; not part of the stable API, and it may change in any release.
 */
package dev.plotpress.internal.model;
