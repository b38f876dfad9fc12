/**
 * Chart models to drawings. Stable API: {@link dev.plotpress.render.Figure}, what {@code Chart.figure()} returns. The
 * rest (the renderer and the chart builders on JFreeChart) is internal and may change in any release; draw through
 * {@code dev.plotpress.Chart}.
 */
package dev.plotpress.render;
