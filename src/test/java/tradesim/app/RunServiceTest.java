package tradesim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.cli.Main;
import tradesim.model.InputException;
import tradesim.scenario.LoadedScenario;

/**
 * The services give what the command line writes: a scenario held in memory (as a web form would
 * send it) runs to the same tables, byte for byte, as the same text in a file run by {@code tradesim run}.
 */
class RunServiceTest {

    private static final Path RICH = Path.of("src/test/resources/scenarios/rich.yaml");
    private static final List<String> TABLES = List.of("flows.csv", "welfare.csv", "annual.csv", "paths.csv",
            "bands.csv", "bands_annual.csv", "path_frequency.csv");

    @TempDir
    Path tmp;

    @Test
    void scenarioTextRunsToTheSameTablesAsTheCommandLine() throws IOException, InputException {
        Path cli = tmp.resolve("cli");
        int exit = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "run",
                RICH.toString(), "--quiet", "--draws", "30", "--path", "s232=imposed", "--out", cli.toString());
        assertEquals(0, exit);

        String text = Files.readString(RICH, StandardCharsets.UTF_8);
        LoadedScenario ls = new ScenarioInputs(Optional.empty()).load(text, "posted scenario", RICH.getParent());
        assertEquals("posted scenario", ls.scenario().sourceFile());
        RunService.RunOutcome outcome = RunService.run(RunService.plan(ls, Map.of("s232", "imposed")),
                Optional.of(new RunService.DrawRequest(30, Optional.empty(), 2)), done -> { });
        assertEquals(30L, outcome.draws().orElseThrow().pathCounts().values().stream().mapToLong(Long::longValue)
                .sum(), "every draw took one path");
        Path app = tmp.resolve("app");
        try (OutputWriter writer = OutputWriter.open(app, "test")) {
            writer.writeRun(outcome, false);
        }
        for (String t : TABLES) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(t)), Files.readAllBytes(app.resolve(t)), t);
        }
        // the text hashes as the file does, so run.json ties a posted scenario to its saved copy
        String hash = "\"scenario_sha256\": \"" + ls.scenario().sha256() + "\"";
        assertTrue(Files.readString(cli.resolve("run.json")).contains(hash));
    }

    @Test
    void badTextIsReportedUnderItsDisplayName() {
        InputException e = assertThrows(InputException.class, () -> new ScenarioInputs(Optional.empty())
                .load("name: x\nevnets: []\n", "form", tmp));
        assertTrue(e.problems().stream().anyMatch(p -> p.toString().startsWith("form:2:1: unknown key 'evnets'")),
                e.problems().toString());
    }

    @Test
    void anUnknownChoiceIsBadInputBeforeAnythingRuns() throws InputException {
        LoadedScenario ls = new ScenarioInputs(Optional.empty()).load(RICH);
        InputException e = assertThrows(InputException.class, () -> RunService.plan(ls, Map.of("s232", "maybe")));
        assertTrue(e.problems().get(0).toString().contains("has no outcome 'maybe'"), e.problems().toString());
    }

    @Test
    void theDefaultFolderIsChartsSlashName() {
        assertEquals(Path.of("charts", "x"), OutputWriter.folderFor(Optional.empty(), "x", true));
        assertEquals(Path.of("out"), OutputWriter.folderFor(Optional.of(Path.of("out")), "x", false));
        assertEquals(Path.of("out", "x"), OutputWriter.folderFor(Optional.of(Path.of("out")), "x", true));
    }
}
