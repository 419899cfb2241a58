package tradesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tradesim.model.Action;
import tradesim.model.Event;
import tradesim.model.InputException;
import tradesim.model.TariffChange;

/** The template must load as written and with every example switched on, found through the tool home. */
class ScenarioTemplateTest {

    static final Optional<Path> TOOL_HOME = Optional.of(Path.of("src/test/resources/toolhome"));

    @Test
    void templateLoadsAsWritten(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("my-case.yaml");
        Files.writeString(file, ScenarioTemplate.text("my-case"));
        LoadedScenario s = ScenarioLoader.load(file, TOOL_HOME);
        assertEquals("my-case", s.scenario().name());
        assertEquals("us-japan-2017", s.dataset().name());
        assertEquals(3, s.scenario().events().size());
        assertTrue(s.scenario().uncertainty().isEmpty());
    }

    @Test
    void everyCommentedExampleLoadsOnceSwitchedOn(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("all.yaml");
        Files.writeString(file, ScenarioTemplate.withExamples("all"));
        LoadedScenario s = ScenarioLoader.load(file, TOOL_HOME);
        assertEquals(4, s.scenario().events().size());
        assertEquals(2, s.scenario().parameters().size());
        assertEquals(4, s.scenario().uncertainty().orElseThrow().parameters().size());
        assertEquals(3, s.scenario().headline().size());
        Event deal = s.scenario().event("deal").orElseThrow();
        assertTrue(deal.actions().stream().anyMatch(a -> a instanceof Action.Purchase));
        assertTrue(deal.actions().stream().anyMatch(a -> a instanceof Action.DemandShift));
        assertTrue(deal.actions().stream().anyMatch(a -> a instanceof Action.PriceShift));
        assertTrue(deal.actions().stream().anyMatch(a -> a instanceof Action.Tariff t
                && t.change() instanceof TariffChange.Schedule));
        assertTrue(deal.actions().stream().anyMatch(a -> a instanceof Action.Tariff t
                && t.change() instanceof TariffChange.AtLeast));
    }

    @Test
    void everyExampleIsCommentedOutInTheTemplate() {
        String text = ScenarioTemplate.text("x");
        assertFalse(text.contains("#~"));
        assertTrue(text.contains("# - purchase:"));
        assertTrue(text.contains("#   seed: 20180926"));
    }

    @Test
    void rejectsNamesThatAreNotFileSafe() {
        assertFalse(ScenarioTemplate.isValidName("My Case"));
        assertThrows(IllegalArgumentException.class, () -> ScenarioTemplate.text("../evil"));
    }

    @Test
    void withoutToolHomeTheBundledDatasetIsNotFound(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("x.yaml");
        Files.writeString(file, ScenarioTemplate.text("x"));
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(file, Optional.empty()));
        assertTrue(e.problems().get(0).message().startsWith("dataset 'us-japan-2017' not found (tried "));
    }
}
