/**
 * A chart drawn: {@link dev.plotpress.render.Figure}, what {@code Chart.figure()} returns, ready for any
 * {@code Graphics2D}. Stable API. The renderer and the chart builders on JFreeChart are in
 * {@code dev.plotpress.internal.render}, which is not part of it.
 */
package dev.plotpress.render;
