package tradesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradesim.chart.FlowNames;
import tradesim.chart.UsJapanRun;
import tradesim.model.Action;
import tradesim.model.Event;
import tradesim.model.Outcome;
import tradesim.model.Scenario;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;
import tradesim.testing.ActionSamples;
import tradesim.wording.ActionWords;

class EventTimelineTest {

    /**
     * Beyond the compiler: every kind of action gets its own line in the event table, on the path
     * taken (a tariff as its rates, the rest as their sentence) and off it (as its sentence).
     */
    @Test
    void everyKindOfActionHasALineOnAndOffThePath() {
        List<Action> every = ActionSamples.everyKindOfAction();
        RunResult exempt = UsJapanRun.run();
        Scenario base = exempt.scenario();
        List<Event> events = List.of(
                new Event("all", LocalDate.parse("2019-03-01"), "Every kind", Map.of(), List.of(), every),
                new Event("s232", LocalDate.parse("2019-05-17"), "Section 232", Map.of(),
                        List.of(new Outcome("exempt", 0.7, List.of()), new Outcome("imposed", 0.3, List.of())), List.of()),
                new Event("late", LocalDate.parse("2019-08-01"), "Every kind, off the path", Map.of("s232", "imposed"),
                        List.of(), every));
        Scenario s = new Scenario(base.name(), base.title(), base.description(), base.datasetRef(), base.horizon(),
                base.parameters(), events, Optional.empty(), base.headline(), base.sourceFile(), base.sha256());
        RunResult run = new RunResult(s, exempt.dataset(), "s232=exempt", 0.7, exempt.flows(), exempt.welfare(),
                exempt.stats());
        List<Map<String, Object>> rows = new EventTimeline(RunDigest.of(run)).rows();
        ActionWords words = new ActionWords(new FlowNames(run.dataset()));

        List<String> onPath = texts(rows.get(0));
        assertEquals(every.size(), onPath.size(), onPath.toString());
        assertEquals("Beef, United States → Japan: 38.5% → 38.5%, until 2019-09-01", onPath.get(0));
        for (int i = 1; i < every.size(); i++) assertEquals(words.sentence(every.get(i)), onPath.get(i));

        List<String> offPath = texts(rows.get(2));
        assertEquals(every.stream().map(words::sentence).toList(), offPath);
        assertTrue(offPath.get(0).startsWith("Tariff on Beef from United States into Japan: set to 50%"), offPath.get(0));
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("changes")).stream().map(c -> (String) c.get("text")).toList();
    }
}
