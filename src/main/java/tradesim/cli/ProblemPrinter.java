package tradesim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import tradesim.model.InputException;
import tradesim.model.Problem;

/** Prints bad-input problems as {@code file:line:col: message}, one per line, then a count. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static int report(InputException e, PrintWriter err, boolean verbose) {
        for (Problem p : e.problems()) err.println(printable(p.toString()));
        int n = e.problems().size();
        err.println(n == 1 ? "1 problem found" : n + " problems found");
        if (verbose) e.printStackTrace(err);
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /**
     * The text with every character a terminal would act on rather than show written as
     * {@code \\uXXXX}: control characters, line and paragraph separators, and format characters
     * such as a right-to-left override or a zero-width space. Messages quote the user's own text
     * (a key, a cell), and one problem must stay one readable line that says what is really there.
     */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                if (c > 0xFFFF) {
                    for (char ch : Character.toChars(c)) b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                } else {
                    b.append(String.format(Locale.ROOT, "\\u%04x", c));
                }
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
