package tradesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void anOutputHasThePermissionsOfAnyNewFileAndNoTemporaryIsLeft(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path written = dir.resolve("flows.csv");
        AtomicFiles.write(written, out -> out.write("a,b\n"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
        assertEquals("a,b\n", Files.readString(written));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("flows.csv", "plain.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
