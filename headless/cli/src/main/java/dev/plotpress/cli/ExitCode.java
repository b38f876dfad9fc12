package dev.plotpress.cli;

/** What scripts can branch on; the README's table lists the same numbers. */
public final class ExitCode {
    public static final int OK = 0;
    /** A bug in Plotpress: the message asks for a report. */
    public static final int INTERNAL = 1;
    /** Bad input: a missing or malformed file, an unknown column, an impossible size, an unwritable folder. */
    public static final int BAD_INPUT = 2;
    /** A batch finished, but some of its charts failed (each is named in the report). */
    public static final int SOME_FAILED = 3;
    /** Images compared and differ beyond the tolerance. */
    public static final int MISMATCH = 4;
    /** A soak run found memory growing faster than its threshold. */
    public static final int LEAK = 5;

    private ExitCode() {
    }
}
