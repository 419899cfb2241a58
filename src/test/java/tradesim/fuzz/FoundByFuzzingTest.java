package tradesim.fuzz;

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
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tradesim.cli.Main;
import tradesim.model.InputException;
import tradesim.scenario.ScenarioLoader;

/** One test per bug the fuzzer found, each the smallest input that showed it. */
class FoundByFuzzingTest {

    @TempDir
    Path dir;

    private Path scenarioWith(String from, String to) throws IOException {
        FuzzWorkspace.copyDataset(dir.resolve("data").resolve(FuzzWorkspace.DATASET_NAME));
        String text = Files.readString(FuzzWorkspace.BUNDLED.resolve("status-quo.yaml"), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Path f = dir.resolve("case.yaml");
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> stderrOfValidate(Path f) {
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "validate", f.toString());
        assertEquals(2, exit, err.toString());
        return err.toString().lines().toList();
    }

    /**
     * A 2-million-character country code took over 5 s: snakeyaml-engine refills its 1 KiB window by
     * copying, quadratic in a scalar's length, and the spelling hint built a table per candidate id
     * as large as the text. The message now quotes only the start of the text.
     */
    @Test
    void aMegabyteScalarIsReportedBrieflyAtItsPlace() throws IOException {
        Path f = scenarioWith("step: month", "step: month}\nheadline: [{importer: " + "x".repeat(2_000_000)
                + ", exporter: JPN, product: beef}]\nx: {");
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(f, Optional.empty()));
        String first = e.problems().get(0).toString();
        assertTrue(first.matches(".*:\\d+:\\d+: unknown country 'x{37}\\.\\.\\.'.*"), first);
        assertTrue(first.length() < 400, "message of " + first.length() + " characters");
    }

    /**
     * A paragraph separator (U+2029) pasted into a key was printed raw: terminals and editors show
     * it as a line break, so one problem became two lines, the second without file:line:col.
     */
    @Test
    void separatorsAndControlCharactersInUserTextAreEscapedInMessages() throws IOException {
        Path f = scenarioWith("start:", "st\u2029a\u202ert:");
        List<String> lines = stderrOfValidate(f);
        for (String l : lines.subList(0, lines.size() - 1)) {
            assertTrue(FuzzHarness.PROBLEM_LINE.matcher(l).matches(), l);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("unknown key 'st\\u2029a\\u202ert'")),
                String.join("\n", lines));
    }

    /** A control character YAML forbids was reported at line 1, column 1 of the file, whatever its place. */
    @Test
    void aForbiddenControlCharacterIsReportedWhereItIs() throws IOException {
        Path f = scenarioWith("title: ", "title: ab\u0007");
        List<String> lines = stderrOfValidate(f);
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).endsWith(":2:10: YAML error: a control character is not allowed (found U+0007, "
                + "expected printable text)"), lines.get(0));
    }
}
