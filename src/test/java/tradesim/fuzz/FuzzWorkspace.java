package tradesim.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A temporary copy of the bundled scenarios and their dataset, laid out as in the project
 * ({@code scenarios/us-japan-2018/*.yaml} beside {@code scenarios/data/us-japan-2017/}) so that
 * mutated files resolve the dataset by name exactly as the originals do.
 *
 * <p>The copies run with {@code step: year} instead of {@code step: month}: same dates, same
 * events, twelve times fewer periods, so ten thousand cases finish in minutes. The monthly
 * originals are kept too and used for a share of the cases.
 */
final class FuzzWorkspace implements AutoCloseable {

    static final Path BUNDLED = Path.of("scenarios/us-japan-2018");
    static final Path DATASET = Path.of("scenarios/data/us-japan-2017");
    static final String DATASET_NAME = "us-japan-2017";

    final Path root;
    final Path scenarios;
    final Path dataset;
    /** Bundled file name → yearly text, and → the original monthly text. */
    final Map<String, String> yearly = new LinkedHashMap<>();
    final Map<String, String> monthly = new LinkedHashMap<>();
    private final String datasetHash;
    private int next;

    FuzzWorkspace() {
        try {
            root = Files.createTempDirectory("tradesim-fuzz");
            scenarios = Files.createDirectories(root.resolve("scenarios/us-japan-2018"));
            dataset = Files.createDirectories(root.resolve("scenarios/data").resolve(DATASET_NAME));
            copyDataset(dataset);
            try (Stream<Path> s = Files.list(BUNDLED)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    monthly.put(p.getFileName().toString(), text);
                    yearly.put(p.getFileName().toString(), text.replace("step: month", "step: year"));
                }
            }
            datasetHash = hash(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the bundled dataset's files into {@code folder}. */
    static void copyDataset(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> s = Files.list(DATASET)) {
            for (Path f : s.toList()) Files.copy(f, folder.resolve(f.getFileName()));
        }
    }

    List<String> names() {
        return List.copyOf(yearly.keySet());
    }

    /** Writes {@code text} as a new scenario file next to the bundled copies; raw bytes, no re-encoding. */
    Path writeScenario(byte[] bytes) {
        Path f = scenarios.resolve("case-" + (next++) + ".yaml");
        try {
            Files.write(f, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    /** A fresh output folder outside the scenarios tree. */
    Path newOut() {
        return root.resolve("out").resolve("run-" + (next++));
    }

    /** A fresh folder for a case that needs its own dataset copy. */
    Path newCaseFolder() {
        try {
            return Files.createDirectories(root.resolve("cases").resolve("case-" + (next++)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the shared dataset copy is byte for byte as it was: runs must never touch inputs. */
    boolean datasetUntouched() {
        return hash(dataset).equals(datasetHash);
    }

    static String hash(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : s.sorted().toList()) {
                md.update(folder.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(p)) md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        FuzzHarness.deleteTree(root);
    }
}
