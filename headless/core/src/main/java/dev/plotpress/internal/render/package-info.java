/**
 * Internal: the renderer and the chart builders on JFreeChart behind {@code Chart.figure()}. Not exported by the
 * module {@code dev.plotpress.core}; not part of the stable API, and it may change in any release.
 */
package dev.plotpress.internal.render;
