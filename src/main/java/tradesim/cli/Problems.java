package tradesim.cli;

import java.io.PrintWriter;
import tradesim.model.InputException;
import tradesim.model.Problem;

/** Prints bad-input problems as {@code file:line:col: message}, one per line, then a count. */
final class Problems {

    private Problems() {
    }

    static int report(InputException e, PrintWriter err, boolean verbose) {
        for (Problem p : e.problems()) err.println(p);
        int n = e.problems().size();
        err.println(n == 1 ? "1 problem found" : n + " problems found");
        if (verbose) e.printStackTrace(err);
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
