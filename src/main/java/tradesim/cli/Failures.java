package tradesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import tradesim.app.RunFailure;
import tradesim.model.InputException;

/**
 * How a command's work ends, in one place: bad input prints its problems and gives exit 2; a run
 * that fails on valid input (no convergence, an impossible commitment) or cannot write its outputs
 * prints one line and gives exit 1, as does running out of memory. Stack traces only with --verbose.
 */
final class Failures {

    /** The body of a command: returns its exit code or throws one of the expected failures. */
    @FunctionalInterface
    interface Work {
        int run() throws InputException, IOException;
    }

    private Failures() {
    }

    static int guard(String command, PrintWriter err, boolean verbose, Work work) {
        try {
            return work.run();
        } catch (InputException e) {
            return ProblemPrinter.report(e, err, verbose);
        } catch (RunFailure e) {
            return fail(command + ": " + e.getMessage(), e, err, verbose);
        } catch (IOException e) {
            return fail(command + ": cannot write outputs: " + e.getMessage(), e, err, verbose);
        } catch (OutOfMemoryError e) {
            // Staged outputs were removed on the way out; say how to give Java more room.
            return fail(command + ": out of memory (the Java heap holds at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give it more with, for example,"
                    + " TRADESIM_JAVA_OPTS=-Xmx4g ./tradesim " + command + " ..., or run fewer flows", e, err, verbose);
        }
    }

    private static int fail(String line, Throwable e, PrintWriter err, boolean verbose) {
        err.println("tradesim " + line);
        if (verbose) e.printStackTrace(err);
        err.flush();
        return ExitCode.RUN_FAILED;
    }
}
