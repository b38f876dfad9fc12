package dev.plotpress.cli;

import dev.plotpress.internal.model.Limit;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * A command line picocli cannot parse (an unknown option, a missing or malformed value, a number no option can
 * hold) gets the same one line as every other bad input: {@code plotpress: error: OPTION: what is wrong; the fix},
 * exit 2, and a pointer to the command's help instead of the whole usage text.
 */
final class BadOptionReporter implements CommandLine.IParameterExceptionHandler {
    /** Options bounded by one of Plotpress's limits: an overflowing value is reported against the limit. */
    private static final Map<String, Limit> LIMITED = Map.of("--threads", Limit.THREADS);

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("plotpress: error: " + message(e));
        err.println("see '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the options");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    static String message(CommandLine.ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        String name = arg instanceof OptionSpec option ? option.longestName() : arg != null ? arg.paramLabel() : null;
        if (name == null) {
            return e.getMessage();
        }
        if (e.getCause() instanceof NumericOptions.OutOfRange range) {
            Limit limit = LIMITED.get(name);
            if (limit != null && range.value().signum() > 0) {
                return String.format(Locale.ROOT, "%s: %s %s is over the limit of %,d (%s); give at most %,d "
                                + "(%s=%s=N raises the limit, up to %s)", name, NumericOptions.readable(range.value()),
                        limit.what(), limit.value(), limit.key(), limit.value(), Limit.VARIABLE, limit.key(),
                        NumericOptions.readable(range.bound()));
            }
            return name + ": " + range.getMessage() + "; give a " + (range.value().signum() < 0 ? "larger" : "smaller")
                    + " number";
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException conversion) {
            return name + ": " + conversion.getMessage();
        }
        return e.getMessage();
    }
}
