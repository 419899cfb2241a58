package tradesim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tradesim.testing.Scenarios.event;
import static tradesim.testing.Scenarios.monthly;
import static tradesim.testing.Scenarios.tariff;

import java.util.List;
import org.junit.jupiter.api.Test;
import tradesim.model.Action;
import tradesim.model.Dataset;
import tradesim.model.TariffChange;
import tradesim.testing.ActionSamples;
import tradesim.testing.Datasets;
import tradesim.wording.ActionWords;
import tradesim.wording.Names;

class ScenarioNarrativeTest {

    private static final Dataset BEEF = Datasets.beef(0, List.of());

    /** Beyond the compiler: a kind that explain skips (an empty visitor method) fails here. */
    @Test
    void everyKindOfActionIsToldInTheSameWordsAsTheReport() {
        List<Action> every = ActionSamples.everyKindOfAction();
        List<String> lines = new ScenarioNarrative(monthly("2019-01", "2019-12",
                event("all", "2019-03-01", every.toArray(Action[]::new))), BEEF).lines();
        ActionWords words = new ActionWords(Names.codes());
        for (Action a : every) assertTrue(lines.contains("    " + words.sentence(a)), words.sentence(a) + " in " + lines);
    }

    @Test
    void aTariffShowsTheRateOnEachFlowFromTheFirstPeriodItApplies() {
        List<String> lines = new ScenarioNarrative(monthly("2019-01", "2019-12",
                event("deal", "2019-03-17", tariff("JPN", "*", "beef", new TariffChange.Add(10)))), BEEF).lines();
        int at = lines.indexOf("    Tariff on beef from every country into JPN: +10.0 points on top of the rate in force");
        assertTrue(at > 0, String.join("\n", lines));
        // 2019-03-17 falls inside March: the first period starting on or after it is April.
        assertEquals(List.of("      in force from 2019-04-01 (base rate → rate then):",
                "        USA→JPN beef: 38.5% → 48.5%", "        AUS→JPN beef: 27% → 37%", "        ROW→JPN beef: 38.5% → 48.5%"),
                lines.subList(at + 1, at + 5));
    }
}
