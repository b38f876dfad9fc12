package dev.plotpress.cli;

/**
 * A command another module adds to {@code plotpress --headless}, such as {@code serve} from plotpress-server: the
 * implementing class is a picocli {@code @Command}, listed in {@code META-INF/services/dev.plotpress.cli.Subcommand}
 * and found on the class path at run time, so the headless jar never depends on the module that provides it.
 */
public interface Subcommand {
}
