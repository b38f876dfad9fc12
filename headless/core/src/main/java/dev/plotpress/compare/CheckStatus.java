package dev.plotpress.compare;

/** The outcome of checking one chart against its baseline. */
public enum CheckStatus {
    /** Matches the baseline (within the tolerance, or byte for byte in hash mode). */
    PASS,
    /** Differs from the baseline. */
    FAIL,
    /** There is no baseline yet: a failure, never a pass. */
    MISSING_BASELINE,
    /** The chart could not be rendered, or the baseline could not be read. */
    ERROR,
    /** {@code --generate}: the baseline was written (or was already up to date). */
    GENERATED;

    /** Whether this outcome should fail a build. */
    public boolean fails() {
        return this == FAIL || this == MISSING_BASELINE || this == ERROR;
    }
}
