package tradesim.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tradesim.model.Action;
import tradesim.model.FlowKey;
import tradesim.model.Selector;
import tradesim.model.TariffChange;
import tradesim.testing.ActionSamples;

class ActionWordsTest {

    private static final ActionWords CODES = new ActionWords(Names.codes());

    /** The dataset's names, as the report uses them. */
    private static final ActionWords NAMES = new ActionWords(new Names() {
        private final Map<String, String> names = Map.of("JPN", "Japan", "USA", "United States", "AUS", "Australia",
                "CAN", "Canada", "beef", "Beef", "pork", "Pork");

        @Override
        public String country(String code) {
            return names.getOrDefault(code, code);
        }

        @Override
        public String product(String id) {
            return names.getOrDefault(id, id);
        }

        @Override
        public String flow(FlowKey k) {
            return product(k.product()) + ", " + country(k.exporter()) + " → " + country(k.importer());
        }
    });

    @Test
    void eachKindOfActionReadsAsOneSentence() {
        List<Action> every = ActionSamples.everyKindOfAction();
        assertEquals(List.of(
                "Tariff on beef from USA into JPN: set to 50%, until 2019-09-01",
                "Purchase commitment: JPN buys at least USD 2,500.0 million a year of beef from USA, until 2019-09-01",
                "Demand for beef in JPN shifts by +10.0%, until 2019-09-01",
                "Cost of beef from USA shifts by \u221210.0% in US dollars (e.g. an exchange-rate move), until 2019-09-01",
                "Safeguard beef_sg: once a safeguard year (from April), when imports from USA pass USD 1,800.0 million, "
                        + "JPN's tariff on beef from USA snaps back to at least 50% for 3 months, until 2019-09-01",
                "Tariff-rate quota beef_q: JPN lets in USD 1,500.0 million a year of beef from USA at 20%, the rate in "
                        + "force above it; the quota rent goes to the importer, until 2019-09-01"),
                every.stream().map(CODES::sentence).toList());
        assertEquals("Tariff on Beef from United States into Japan: set to 50%, until 2019-09-01",
                NAMES.sentence(every.get(0)));
    }

    /** Beyond the compiler: a kind given empty words, or the words of another kind, fails here. */
    @Test
    void everyKindOfActionAndChangeHasWordsOfItsOwn() {
        Set<String> sentences = new HashSet<>();
        for (Action a : ActionSamples.everyKindOfAction()) {
            String s = CODES.sentence(a);
            assertTrue(s.endsWith(", until " + ActionSamples.UNTIL), s);
            assertTrue(s.length() > (", until " + ActionSamples.UNTIL).length() + 10, s);
            assertTrue(sentences.add(s.substring(0, s.indexOf(' '))), "two kinds start alike: " + s);
        }
        Set<String> changes = new HashSet<>();
        for (TariffChange c : ActionSamples.everyKindOfChange(LocalDate.of(2019, 3, 1))) {
            String w = CODES.change(c);
            assertFalse(w.isBlank(), c.toString());
            assertTrue(changes.add(w.substring(0, w.indexOf(' '))), "two kinds start alike: " + w);
        }
    }

    @Test
    void changesSayWhatHappensToTheRateInForce() {
        assertEquals("+25.0 points on top of the rate in force", CODES.change(new TariffChange.Add(25)));
        assertEquals("\u22122.5 points on top of the rate in force", CODES.change(new TariffChange.Add(-2.5)));
        assertEquals("at least 15% (a floor: higher rates stay)", CODES.change(new TariffChange.AtLeast(15)));
        assertEquals("phased to 9% in 15 equal yearly steps", CODES.change(new TariffChange.Phase(9, 15)));
        TariffChange.Schedule schedule = new TariffChange.Schedule(List.of(
                new TariffChange.Schedule.Step(LocalDate.of(2018, 12, 30), 27.5),
                new TariffChange.Schedule.Step(LocalDate.of(2019, 4, 1), 26.6)));
        assertEquals("schedule 27.5% from 2018-12-30, 26.6% from 2019-04-01", CODES.change(schedule));
        assertEquals(" (first of 15 yearly steps to 9%)", CODES.laterSteps(new TariffChange.Phase(9, 15)));
        assertEquals(" (first of 2 scheduled rates)", CODES.laterSteps(schedule));
        assertEquals("", CODES.laterSteps(new TariffChange.Phase(9, 1)), "a one-step phase has no later steps");
        assertEquals("", CODES.laterSteps(new TariffChange.Set(5)));
    }

    @Test
    void selectorsAndFlowsReadAsWordsOrCodes() {
        Action.Tariff t = new Action.Tariff(Selector.all(), Selector.of("AUS", "CAN", "USA"), Selector.of("beef", "pork"),
                new TariffChange.Set(0), Optional.empty());
        assertEquals("Tariff on beef and pork from AUS, CAN and USA into every country: set to 0%", CODES.sentence(t));
        assertEquals("Tariff on Beef and Pork from Australia, Canada and United States into every country: set to 0%",
                NAMES.sentence(t));
        FlowKey usBeef = new FlowKey("JPN", "USA", "beef");
        assertEquals("USA→JPN beef: 38.5% → 50%", CODES.rateOnFlow(usBeef, "38.5%", "50%"));
        assertEquals("Beef, United States → Japan: base → 50%", NAMES.rateOnFlow(usBeef, "base", "50%"));
        assertEquals("and 1 more flow", ActionWords.moreFlows(1));
        assertEquals("and 3 more flows", ActionWords.moreFlows(3));
    }
}
