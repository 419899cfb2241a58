package tradesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void runningOutOfMemoryIsOneLineAndExitOne() {
        StringWriter text = new StringWriter();
        int code = Failures.guard("run", new PrintWriter(text), false, () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertEquals(ExitCode.RUN_FAILED, code);
        String said = text.toString();
        assertTrue(said.startsWith("tradesim run: out of memory"), said);
        assertTrue(said.contains("TRADESIM_JAVA_OPTS=-Xmx4g"), said);
        assertEquals(1, said.strip().lines().count(), said);
        assertFalse(said.contains("at tradesim."), said);
    }
}
