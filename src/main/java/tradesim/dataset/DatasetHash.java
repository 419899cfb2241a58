package tradesim.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import tradesim.input.ProblemCollector;

/**
 * SHA-256 over the files a dataset was loaded from, in name order: for each file its name, a NUL,
 * its length as 8 bytes and its bytes, so that moving bytes between files changes the hash.
 * Files the loader does not read (a README) do not count.
 */
final class DatasetHash {

    private DatasetHash() {
    }

    static String of(Path folder, List<String> files, ProblemCollector problems) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : files.stream().sorted().toList()) {
                Path file = folder.resolve(name);
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(java.nio.ByteBuffer.allocate(8).putLong(Files.size(file)).array());
                // In blocks: an imported dataset's flows.csv runs to tens of megabytes.
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            problems.addFile(folder.toString(), "cannot read the dataset files: " + e.getMessage());
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
