package tradesim.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar with an ETA on stderr, shown only when stderr is a terminal (the launcher says so
 * through {@code -Dtradesim.stderr.tty=1}), never with {@code --quiet}, and only once a run has
 * lasted a second, so short runs print nothing.
 */
final class ProgressBar implements java.util.function.LongConsumer, AutoCloseable {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private final boolean enabled;
    private final String unit;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean shown;

    ProgressBar(PrintWriter err, long total, boolean quiet) {
        this(err, total, quiet, "draws");
    }

    /** A bar counting {@code unit} (e.g. "MB") rather than draws. */
    ProgressBar(PrintWriter err, long total, boolean quiet, String unit) {
        this.unit = unit;
        this.err = err;
        this.total = total;
        this.enabled = !quiet && "1".equals(System.getProperty("tradesim.stderr.tty"));
    }

    @Override
    public synchronized void accept(long done) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS || (now - lastDraw < REDRAW_NANOS && done < total)) return;
        lastDraw = now;
        shown = true;
        double frac = (double) done / total;
        double elapsed = (now - start) / 1e9;
        double eta = done == 0 ? 0 : elapsed * (total - done) / done;
        int filled = (int) Math.round(frac * WIDTH);
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d %s, %.0fs elapsed, ETA %.0fs ", "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, unit, elapsed, eta);
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
