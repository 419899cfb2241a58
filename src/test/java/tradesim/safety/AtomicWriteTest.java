package tradesim.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tradesim.output.AtomicFiles;
import tradesim.output.CsvWriter;

/**
 * A writer stopped partway — by an I/O error, by a bug that throws, or by an interrupt — leaves the
 * previous complete file (or no file) and no temporary file behind (docs/model.md, Outputs).
 */
class AtomicWriteTest {

    private static final String PREVIOUS = "scenario,value\nold,1.000000\n";

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** Writes a long first half, then fails as {@code failure} says. */
    private static AtomicFiles.Content halfThen(IoAction failure) {
        return w -> {
            w.write("scenario,value\n");
            for (int i = 0; i < 50_000; i++) w.write("new," + i + ".000000\n");
            w.flush(); // the half really reaches the temporary file
            failure.run(w);
        };
    }

    @FunctionalInterface
    private interface IoAction {
        void run(Writer w) throws IOException;
    }

    @Test
    void anIoErrorHalfwayKeepsThePreviousFile() throws IOException {
        Path target = dir.resolve("flows.csv");
        Files.writeString(target, PREVIOUS, StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, halfThen(w -> {
            throw new IOException("disk full");
        })));
        assertEquals("disk full", e.getMessage());
        assertEquals(PREVIOUS, Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), files());
    }

    @Test
    void aBugHalfwayLeavesNoFileWhereThereWasNone() throws IOException {
        Path target = dir.resolve("welfare.csv");
        // what Numbers does when a NaN reaches a writer
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, halfThen(w ->
                new CsvWriter(w, List.of("x")).row(Double.NaN))));
        assertEquals(List.of(), files());
    }

    @Test
    void aThreadInterruptedMidWriteKeepsThePreviousFile() throws Exception {
        Path target = dir.resolve("annual.csv");
        Files.writeString(target, PREVIOUS, StandardCharsets.UTF_8);
        CountDownLatch halfWritten = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                AtomicFiles.write(target, halfThen(w -> {
                    halfWritten.countDown();
                    try {
                        Thread.sleep(60_000); // the rest of a long run; the interrupt comes first
                    } catch (InterruptedException ie) {
                        throw new InterruptedIOException("interrupted mid-write");
                    }
                    w.write("never,written\n");
                }));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        writer.start();
        assertTrue(halfWritten.await(30, TimeUnit.SECONDS), "the writer never got halfway");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                    "halfway, the text should be in a temporary file");
        }
        writer.interrupt();
        writer.join(30_000);
        assertFalse(writer.isAlive());
        assertTrue(thrown.get() instanceof InterruptedIOException, String.valueOf(thrown.get()));
        assertEquals(PREVIOUS, Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), files());
    }

    @Test
    void aCompleteWriteReplacesThePreviousFileWhole() throws IOException {
        Path target = dir.resolve("flows.csv");
        Files.writeString(target, PREVIOUS, StandardCharsets.UTF_8);
        AtomicFiles.write(target, w -> w.write("scenario,value\nnew,2.000000\n"));
        assertEquals("scenario,value\nnew,2.000000\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), files());
    }
}
