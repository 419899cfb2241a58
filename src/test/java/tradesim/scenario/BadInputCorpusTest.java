package tradesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tradesim.dataset.DatasetLoader;
import tradesim.model.InputException;
import tradesim.model.Problem;

/**
 * Golden files for bad input: each {@code bad/<case>.yaml} (a scenario) or {@code bad/datasets/<case>/}
 * (a dataset folder) must fail with exactly the lines of {@code <case>.expected}, in order. Paths are
 * relative to the project folder, Maven's working directory, so the expected files hold them literally.
 */
class BadInputCorpusTest {

    static final Path BAD = Path.of("src/test/resources/bad");

    static Stream<Path> scenarioCases() throws IOException {
        try (Stream<Path> files = Files.list(BAD)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Stream<Path> datasetCases() throws IOException {
        try (Stream<Path> files = Files.list(BAD.resolve("datasets"))) {
            return files.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioCases")
    void scenarioFailsWithExactlyTheExpectedProblems(Path file) throws IOException {
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(file, Optional.empty()));
        assertLines(expectedFor(file, ".yaml"), e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasetCases")
    void datasetFailsWithExactlyTheExpectedProblems(Path folder) throws IOException {
        InputException e = assertThrows(InputException.class, () -> DatasetLoader.load(folder));
        assertLines(Path.of(folder + ".expected"), e);
    }

    private static Path expectedFor(Path file, String suffix) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - suffix.length()) + ".expected");
    }

    private static void assertLines(Path expectedFile, InputException e) throws IOException {
        assertTrue(Files.exists(expectedFile), "no golden file " + expectedFile + "; actual:\n" + e.getMessage());
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        List<String> actual = e.problems().stream().map(Problem::toString).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
