/**
 * Data files and generated data read into a {@code Table}. Stable API: {@link dev.plotpress.data.DataReader}; the
 * file readers and the random generator are internal.
 */
package dev.plotpress.data;
