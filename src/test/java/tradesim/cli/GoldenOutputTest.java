package tradesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs stay byte-identical to those committed under {@code src/test/resources/golden/}: full CSV
 * files for the mini {@code rich.yaml} scenario, SHA-256 hashes for every bundled scenario and for a
 * 200-draw Monte Carlo of the flagship tree. Performance work must never change a single byte.
 *
 * <p>To regenerate after a deliberate change of results (never for a speed-up), run
 * {@code mvn -B test -Dtest=GoldenOutputTest -Dgolden.update=true} and review the diff.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path RICH = Path.of("src/test/resources/scenarios/rich.yaml");
    private static final Path FLAGSHIP = Path.of("scenarios/us-japan-2018/negotiation-tree-2018.yaml");
    private static final List<String> TABLES = List.of("flows.csv", "welfare.csv", "annual.csv");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path tmp;

    @Test
    void richScenarioTablesAreByteIdentical() throws IOException {
        Path point = run("run", RICH.toString(), "--quiet", "--out", tmp.resolve("point").toString());
        compareFiles(point, GOLDEN.resolve("rich/point"), TABLES);
        Path imposed = run("run", RICH.toString(), "--quiet", "--path", "s232=imposed",
                "--out", tmp.resolve("imposed").toString());
        compareFiles(imposed, GOLDEN.resolve("rich/imposed"), TABLES);
        Path draws = run("run", RICH.toString(), "--quiet", "--draws", "200", "--threads", "2",
                "--out", tmp.resolve("draws").toString());
        compareFiles(draws, GOLDEN.resolve("rich/draws"),
                List.of("flows.csv", "bands.csv", "bands_annual.csv", "path_frequency.csv"));
        Path paths = run("paths", RICH.toString(), "--out", tmp.resolve("paths").toString());
        compareFiles(paths, GOLDEN.resolve("rich/paths"), List.of("paths.csv", "expected.csv", "expected_welfare.csv"));
    }

    @Test
    void bundledScenariosHashTheSame() throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path file : bundledScenarios()) {
            String name = file.getFileName().toString().replace(".yaml", "");
            Path dir = run("run", file.toString(), "--quiet", "--out", tmp.resolve(name).toString());
            for (String t : TABLES) hashes.put(name + "/" + t, sha256(dir.resolve(t)));
        }
        Path paths = run("paths", FLAGSHIP.toString(), "--out", tmp.resolve("flagship-paths").toString());
        for (String t : List.of("paths.csv", "expected.csv", "expected_welfare.csv")) {
            hashes.put("negotiation-tree-2018-paths/" + t, sha256(paths.resolve(t)));
        }
        compareHashes(hashes, GOLDEN.resolve("bundled.sha256"));
    }

    @Test
    void flagshipMonteCarloHashesTheSame() throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        Path dir = run("run", FLAGSHIP.toString(), "--quiet", "--draws", "200", "--threads", "2",
                "--out", tmp.resolve("draws").toString());
        for (String t : List.of("bands.csv", "bands_annual.csv", "path_frequency.csv", "flows.csv", "welfare.csv",
                "annual.csv")) {
            hashes.put("negotiation-tree-2018-draws200/" + t, sha256(dir.resolve(t)));
        }
        compareHashes(hashes, GOLDEN.resolve("flagship-draws.sha256"));
    }

    private static List<Path> bundledScenarios() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String folder : List.of("scenarios/us-japan-2018", "scenarios/exercises")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static Path run(String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exit(), () -> String.join(" ", args) + ": " + r.err());
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--out")) return Path.of(args[i + 1]);
        }
        throw new IllegalArgumentException("no --out");
    }

    private static void compareFiles(Path actualDir, Path goldenDir, List<String> names) throws IOException {
        for (String n : names) {
            Path actual = actualDir.resolve(n);
            Path golden = goldenDir.resolve(n);
            if (UPDATE) {
                Files.createDirectories(goldenDir);
                Files.copy(actual, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                continue;
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), Files.readString(actual, StandardCharsets.UTF_8),
                    () -> golden + " differs from the run's " + n);
        }
    }

    private static void compareHashes(Map<String, String> actual, Path golden) throws IOException {
        StringBuilder text = new StringBuilder();
        actual.forEach((k, v) -> text.append(v).append("  ").append(k).append('\n'));
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, text.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text.toString(),
                () -> "outputs no longer hash as in " + golden);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
