package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file under a temporary name in the same folder and renames it into place, so a failed
 * or killed run leaves either the previous complete file or none, never half of one.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What fills the file, as text. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** What fills the file, given its temporary path. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path tmp) throws IOException;
    }

    /** Writes UTF-8 text. */
    public static void write(Path target, Content content) throws IOException {
        replace(target, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
        });
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        replace(target, tmp -> Files.write(tmp, bytes));
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /**
     * A new empty file beside the target, with the permissions any new file gets (the umask's), not
     * createTempFile's owner-only ones: outputs are for sharing.
     */
    private static Path newTemporary(Path dir, String name) throws IOException {
        while (true) {
            // digits only, so a folder's debris cleanup knows a killed write's file by its name
            Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + SEQUENCE.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // Left by an earlier process, or another process's id and number run together alike: take the next.
            }
        }
    }

    /** Lets {@code filler} write a temporary file beside {@code target}, then renames it over target. */
    public static void replace(Path target, Filler filler) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = newTemporary(dir, target.getFileName().toString());
        try {
            filler.fill(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
