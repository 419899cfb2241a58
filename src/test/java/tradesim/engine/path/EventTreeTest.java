package tradesim.engine.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tradesim.testing.Scenarios.branch;
import static tradesim.testing.Scenarios.conditional;
import static tradesim.testing.Scenarios.event;
import static tradesim.testing.Scenarios.monthly;
import static tradesim.testing.Scenarios.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tradesim.model.Event;
import tradesim.model.Scenario;

class EventTreeTest {

    private static Scenario tree() {
        return monthly("2018-01", "2021-12",
                event("talks", "2018-09-26"),
                branch("s232", "2019-05-17", Map.of(), outcome("exempt", 0.7), outcome("imposed", 0.3)),
                branch("retaliation", "2019-08-01", Map.of("s232", "imposed"), outcome("yes", 0.6),
                        outcome("no", 0.4)),
                conditional("deal", "2020-01-01", Map.of("s232", "exempt")),
                branch("dead", "2020-06-01", Map.of("s232", "never"), outcome("a", 0.5), outcome("b", 0.5)));
    }

    @Test
    void enumeratesEveryPathHonouringWhenWithProbabilitiesSummingToOne() {
        List<NegotiationPath> paths = new EventTree(tree()).enumerate();
        assertEquals(List.of("s232=exempt", "s232=imposed;retaliation=yes", "s232=imposed;retaliation=no"),
                paths.stream().map(NegotiationPath::label).toList());
        assertEquals(List.of(0.7, 0.3 * 0.6, 0.3 * 0.4), paths.stream().map(NegotiationPath::probability).toList());
        assertEquals(1.0, paths.stream().mapToDouble(NegotiationPath::probability).sum(), 1e-12);
        assertEquals(List.of("talks", "s232", "deal"), paths.get(0).reached(), "the dead branch never happens");
        assertEquals(3, new EventTree(tree()).countPaths());
    }

    @Test
    void tenBinaryEventsGive1024PathsSummingToOne() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(branch("e" + i, "2019-01-" + String.format(java.util.Locale.ROOT, "%02d", i + 1), Map.of(),
                    outcome("a", 0.1 + 0.08 * i), outcome("b", 0.9 - 0.08 * i)));
        }
        Scenario s = monthly("2019-01", "2019-12", events.toArray(Event[]::new));
        List<NegotiationPath> paths = new EventTree(s).enumerate();
        assertEquals(1024, paths.size());
        assertEquals(1024, new EventTree(s).countPaths());
        assertEquals(1.0, paths.stream().mapToDouble(NegotiationPath::probability).sum(), 1e-12);
    }

    @Test
    void defaultPathTakesTheMostLikelyOutcome() {
        NegotiationPath p = new EventTree(tree()).mostLikely();
        assertEquals("s232=exempt", p.label());
        assertEquals(0.7, p.probability(), 1e-15);
    }

    @Test
    void aTieForMostLikelyGoesToTheFirstOutcomeInFileOrder() {
        Scenario s = monthly("2019-01", "2019-12",
                branch("vote", "2019-03-01", Map.of(), outcome("no", 0.4), outcome("yes", 0.4), outcome("abstain", 0.2)));
        assertEquals("vote=no", new EventTree(s).mostLikely().label());
    }

    @Test
    void chosenOutcomesAreHonouredAndTheRestDefault() {
        NegotiationPath p = new EventTree(tree()).choose(Map.of("s232", "imposed"));
        assertEquals("s232=imposed;retaliation=yes", p.label());
        assertEquals(0.18, p.probability(), 1e-15);
    }

    @Test
    void badChoicesAreRejectedWithTheReason() {
        EventTree t = new EventTree(tree());
        assertEquals("unknown event 'x'",
                assertThrows(IllegalArgumentException.class, () -> t.choose(Map.of("x", "y"))).getMessage());
        assertEquals("event 's232' has no outcome 'maybe' (expected one of [exempt, imposed])",
                assertThrows(IllegalArgumentException.class, () -> t.choose(Map.of("s232", "maybe"))).getMessage());
        assertEquals("event 'retaliation' does not happen on this path (its when {s232=imposed} does not hold)",
                assertThrows(IllegalArgumentException.class, () -> t.choose(Map.of("retaliation", "yes")))
                        .getMessage());
    }

    @Test
    void noBranchesGiveTheDashLabel() {
        Scenario s = monthly("2018-01", "2018-12", event("talks", "2018-09-26"));
        assertEquals("-", new EventTree(s).choose(Map.of()).label());
        assertEquals(1, new EventTree(s).enumerate().size());
    }
}
