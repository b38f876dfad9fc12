package dev.plotpress.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.ServiceLoader;
import java.util.Set;

/**
 * {@code plotpress --headless}: every command that draws without a window. Runs with
 * {@code java.awt.headless=true} and never loads a toolkit or JavaFX class.
 */
@Command(name = "plotpress --headless",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        description = "Render charts from spec files without a window: images, data URIs, batches, checks.",
        subcommands = {RenderCommand.class, BatchCommand.class, SoakCommand.class, CheckCommand.class, CompareCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  internal error (a bug: please report it)",
                "  2  bad input: a missing or malformed file, an unknown column,",
                "     an impossible size, an output folder that cannot be written",
                "  3  a batch finished but some charts failed", "  4  images differ beyond the tolerance", "  5  soak: memory grows per chart (a leak)"})
public final class PlotpressCli implements Runnable {
    private static final Set<String> DRAWING_COMMANDS = Set.of("render", "batch", "soak", "check", "serve");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. render (see --help)");
    }

    /** Runs the command line and returns the exit code; never calls System.exit. */
    public static int run(String... args) {
        if (args.length > 0 && DRAWING_COMMANDS.contains(args[0])) {
            DrawingWarmUp.start();
        }
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println(outOfMemory());
            return ExitCode.BAD_INPUT;
        }
    }

    /** Running out of heap is the size of the job, not a bug: say what to change. */
    static String outOfMemory() {
        return "plotpress: error: out of memory (the Java heap is at most " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB); draw a smaller chart (size, dpi, fewer rows or columns) or give Java more memory, "
                + "e.g. PLOTPRESS_JAVA_OPTS=-Xmx4g";
    }

    /** The configured command line; tests set its out and err writers to read what a user would see. */
    public static CommandLine commandLine() {
        System.setProperty("java.awt.headless", "true");
        CommandLine commandLine = commandLine(new PlotpressCli());
        for (Subcommand command : ServiceLoader.load(Subcommand.class)) {
            commandLine.addSubcommand(commandLine(command));
        }
        return commandLine;
    }

    /** One command (such as the viewer's {@link CheckCommand}) with the same error handling and exit codes. */
    public static CommandLine commandLine(Object command) {
        return NumericOptions.register(new CommandLine(command))
                .setExecutionExceptionHandler(new ErrorReporter())
                .setParameterExceptionHandler(new BadOptionReporter())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
