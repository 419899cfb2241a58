package tradesim.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tradesim.cli.Main;

/**
 * tradesim never writes into its inputs (docs/model.md, Outputs; issue 8): {@code --out} naming an input
 * file, the dataset folder or the folder holding it, the scenario file's own folder, or a
 * {@code scenarios/} tree that holds an input, is refused with exit 2 before anything is written.
 */
class OutputGuardTest {

    private static final String SCENARIO = """
            name: guard
            dataset: %s
            horizon: {start: 2018-01, end: 2019-12, step: year}
            """;

    @TempDir
    Path tmp;
    Path work;
    Path scenario;
    Path dataset;
    Path project;
    Path bundled;

    @BeforeEach
    void layout() throws IOException {
        work = Files.createDirectories(tmp.resolve("work"));
        dataset = copyMini(work.resolve("data/mini"));
        scenario = work.resolve("s.yaml");
        Files.writeString(scenario, SCENARIO.formatted("mini"), StandardCharsets.UTF_8);
        project = Files.createDirectories(tmp.resolve("project/scenarios"));
        copyMini(project.resolve("data/mini"));
        bundled = project.resolve("x.yaml");
        Files.writeString(bundled, SCENARIO.formatted("mini"), StandardCharsets.UTF_8);
    }

    private static Path copyMini(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/data/mini"))) {
            for (Path f : s.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        return new Run(exit, err.toString());
    }

    private static String snapshot(Path root) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted().toList()) {
                b.append(root.relativize(p)).append(Files.isRegularFile(p) ? " " + Files.size(p) + " "
                        + Files.readString(p, StandardCharsets.ISO_8859_1).hashCode() : "/").append('\n');
            }
        }
        return b.toString();
    }

    private void assertRefused(Path file, Path out, String why) throws IOException {
        String before = snapshot(tmp);
        for (String command : List.of("run", "paths")) {
            Run r = run(command, file.toString(), "--out", out.toString(), "--quiet");
            assertEquals(2, r.exit(), command + " --out " + out + ":\n" + r.err());
            assertTrue(r.err().startsWith(out + ":1:1: refusing to write outputs here: the path " + why), r.err());
            assertEquals(before, snapshot(tmp), command + " --out " + out + " changed files");
        }
    }

    @Test
    void theScenarioFilesOwnFolderIsRefused() throws IOException {
        assertRefused(scenario, work, "holds the scenario file");
    }

    @Test
    void theFolderHoldingTheDatasetIsRefused() throws IOException {
        assertRefused(scenario, work.resolve("data"), "holds the dataset folder");
    }

    @Test
    void theDatasetFolderAndAnythingInsideItAreRefused() throws IOException {
        assertRefused(scenario, dataset, "is inside the dataset folder");
        assertRefused(scenario, dataset.resolve("runs/today"), "is inside the dataset folder");
    }

    @Test
    void anInputFileIsRefused() throws IOException {
        assertRefused(scenario, scenario, "is the scenario file");
        assertRefused(scenario, dataset.resolve("flows.csv"), "is the dataset file");
        assertRefused(scenario, dataset.resolve("dataset.yaml"), "is the dataset file");
    }

    @Test
    void aScenariosTreeHoldingTheScenarioOrTheDatasetIsRefused() throws IOException {
        assertRefused(bundled, project.resolve("out"), "is inside the scenarios folder");
        // a scenario elsewhere whose dataset lives under scenarios/ (as the bundled one does)
        Path elsewhere = tmp.resolve("elsewhere.yaml");
        Files.writeString(elsewhere, SCENARIO.formatted("project/scenarios/data/mini"), StandardCharsets.UTF_8);
        assertRefused(elsewhere, project.resolve("results"), "is inside the scenarios folder");
    }

    @Test
    void aSymbolicLinkToTheDatasetIsTheDataset() throws IOException {
        Path link = tmp.resolve("link");
        try {
            Files.createSymbolicLink(link, dataset);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system: nothing to check
        }
        assertRefused(scenario, link, "is inside the dataset folder");
    }

    @Test
    void aFileThatIsNoInputIsRefusedAsBadInputAndKept() throws IOException {
        Path notes = Files.writeString(work.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
        Run r = run("run", scenario.toString(), "--out", notes.toString(), "--quiet");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith(notes + ":1:1: cannot write outputs here: the path is a file"), r.err());
        assertEquals("mine", Files.readString(notes, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderBesideTheInputsIsFine() throws IOException {
        Path out = work.resolve("results");
        Run r = run("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("flows.csv")));
    }
}
