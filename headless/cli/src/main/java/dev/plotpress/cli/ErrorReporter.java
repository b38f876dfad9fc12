package dev.plotpress.cli;

import dev.plotpress.model.BadInputException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns what a command throws into one clear line on stderr and an exit code: bad input is the user's to
 * fix (exit 2, no stack trace); anything else is ours (exit 1, with the trace for the bug report).
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof BadInputException) {
            err.println("plotpress: error: " + e.getMessage());
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        err.println("plotpress: internal error (please report it with the lines below): " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL;
    }
}
