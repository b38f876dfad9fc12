/**
 * Internal: the cli side of the command line, public only for the Plotpress CLI, viewer and tests. Not part of the
 * stable API; it may change in any release.
 */
package dev.plotpress.cli;
