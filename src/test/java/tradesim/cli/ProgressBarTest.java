package tradesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The bar appears only on a terminal, never with --quiet, and only once a run has lasted a second. */
@ResourceLock("tradesim.stderr.tty")
class ProgressBarTest {

    private static String drive(boolean tty, boolean quiet, long sleepMillis) throws InterruptedException {
        String before = System.getProperty("tradesim.stderr.tty");
        try {
            if (tty) System.setProperty("tradesim.stderr.tty", "1");
            else System.clearProperty("tradesim.stderr.tty");
            StringWriter s = new StringWriter();
            try (ProgressBar bar = new ProgressBar(new PrintWriter(s), 10, quiet)) {
                bar.accept(1);
                Thread.sleep(sleepMillis);
                bar.accept(5);
                bar.accept(10);
            }
            return s.toString();
        } finally {
            if (before == null) System.clearProperty("tradesim.stderr.tty");
            else System.setProperty("tradesim.stderr.tty", before);
        }
    }

    @Test
    void silentWhenStderrIsNotATerminalOrQuietOrShort() throws InterruptedException {
        assertEquals("", drive(false, false, 1100));
        assertEquals("", drive(true, true, 1100));
        assertEquals("", drive(true, false, 0));
    }

    @Test
    void showsDrawsAndAnEtaOnATerminalAfterASecond() throws InterruptedException {
        String out = drive(true, false, 1100);
        assertTrue(out.contains("10/10 draws") && out.contains("ETA"), out);
        assertTrue(out.endsWith(System.lineSeparator()), "the bar ends its line when done");
    }
}
