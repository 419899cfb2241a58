package tradesim.cli;

import picocli.CommandLine.Option;

/** The shared {@code --verbose} flag: stack traces for failures that otherwise print one line. */
public final class Verbosity {
    @Option(names = "--verbose", description = "Print stack traces for errors.")
    boolean verbose;
}
