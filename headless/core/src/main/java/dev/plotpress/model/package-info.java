/**
 * The chart model: {@link dev.plotpress.model.ChartSpec} and its option records, {@link dev.plotpress.model.Table}
 * and its columns, and the exceptions bad input raises. Immutable values, safe to share between threads. Stable API.
 */
package dev.plotpress.model;
