package tradesim.cli;

/** The process exit codes (README.md, Commands). */
public final class ExitCode {
    /** Everything ran. */
    public static final int OK = 0;
    /** Valid input, but a run failed, e.g. an equilibrium that did not converge. */
    public static final int RUN_FAILED = 1;
    /** Bad input: a file, a flag or a value. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
