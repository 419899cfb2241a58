package tradesim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: builds the command line and maps every failure to a one-line message and exit code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with its output on {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return newCommandLine(out, err).execute(args);
    }

    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new TradesimCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> ExitCode.RUN_FAILED);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("tradesim: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            // Commands report their own expected failures; anything reaching here is a bug.
            c.getErr().println("tradesim: internal error: " + ex);
            // --verbose belongs to the subcommand, so look for it down the chain of parse results.
            boolean verbose = false;
            for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
                verbose |= r.hasMatchedOption("--verbose");
            }
            if (verbose) ex.printStackTrace(c.getErr());
            else c.getErr().println("(run again with --verbose for the stack trace)");
            return ExitCode.RUN_FAILED;
        });
        return cl;
    }
}
