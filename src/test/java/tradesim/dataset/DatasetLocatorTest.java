package tradesim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tradesim.model.InputException;

class DatasetLocatorTest {

    @Test
    void bareNameIsFoundInTheNearestParentThatHasIt(@TempDir Path tmp) throws Exception {
        Path far = Files.createDirectories(tmp.resolve("data/x"));
        Path near = Files.createDirectories(tmp.resolve("a/data/x"));
        Path scenario = Files.createDirectories(tmp.resolve("a/b/c")).resolve("s.yaml");
        assertEquals(near, DatasetLocator.resolve(scenario, "x", Optional.empty()));
        Files.delete(near);
        assertEquals(far, DatasetLocator.resolve(scenario, "x", Optional.empty()));
    }

    @Test
    void besideTheFileComesFirst(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("data/x"));
        Path beside = Files.createDirectories(tmp.resolve("s/data/x"));
        assertEquals(beside, DatasetLocator.resolve(tmp.resolve("s/f.yaml"), "x", Optional.empty()));
    }

    @Test
    void toolHomeIsTheLastResort(@TempDir Path tmp) throws Exception {
        Path home = tmp.resolve("home");
        Path bundled = Files.createDirectories(home.resolve("scenarios/data/us-japan-2017"));
        Path scenario = Files.createDirectories(tmp.resolve("work")).resolve("s.yaml");
        assertEquals(bundled, DatasetLocator.resolve(scenario, "us-japan-2017", Optional.of(home)));
    }

    @Test
    void aRefWithASlashIsRelativeToTheScenarioOnly(@TempDir Path tmp) throws Exception {
        Path d = Files.createDirectories(tmp.resolve("other/d"));
        Path scenario = Files.createDirectories(tmp.resolve("s")).resolve("f.yaml");
        assertEquals(d, DatasetLocator.resolve(scenario, "../other/d", Optional.empty()));
        assertEquals(1, DatasetLocator.candidates(scenario, "../other/none", Optional.of(tmp)).size());
    }

    @Test
    void relativeScenarioPathsGiveRelativeDatasetPaths() throws InputException {
        Path found = DatasetLocator.resolve(Path.of("src/test/resources/scenarios/rich.yaml"), "mini",
                Optional.empty());
        assertEquals(Path.of("src/test/resources/data/mini"), found);
    }

    @Test
    void missingDatasetListsEveryPathTried(@TempDir Path tmp) {
        Path scenario = tmp.resolve("a/s.yaml");
        InputException e = assertThrows(InputException.class,
                () -> DatasetLocator.resolve(scenario, "nope", Optional.of(tmp.resolve("home"))));
        String message = e.problems().get(0).message();
        assertTrue(message.startsWith("dataset 'nope' not found (tried " + tmp.resolve("a/data/nope") + ", "
                + tmp.resolve("data/nope") + ", "), message);
        assertTrue(message.endsWith(", " + tmp.resolve("home/scenarios/data/nope") + ")"), message);
    }

    @Test
    void findByNameSearchesUpwardsThenToolHome(@TempDir Path tmp) throws Exception {
        Path d = Files.createDirectories(tmp.resolve("data/x"));
        Path cwd = Files.createDirectories(tmp.resolve("p/q"));
        assertEquals(Optional.of(d), DatasetLocator.findByName("x", cwd, Optional.empty()));
        Path home = Files.createDirectories(tmp.resolve("h/scenarios/data/y"));
        assertEquals(Optional.of(home), DatasetLocator.findByName("y", cwd, Optional.of(tmp.resolve("h"))));
        assertEquals(Optional.empty(), DatasetLocator.findByName("z", cwd, Optional.of(tmp.resolve("h"))));
        assertEquals(Optional.of(Path.of("src/test/resources/data/mini")),
                DatasetLocator.findByName("src/test/resources/data/mini", Path.of(""), Optional.empty()));
    }
}
