package tradesim.engine.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tradesim.testing.Scenarios.event;
import static tradesim.testing.Scenarios.monthly;
import static tradesim.testing.Scenarios.tariff;
import static tradesim.testing.Scenarios.tariffUntil;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tradesim.engine.path.EventTree;
import tradesim.model.Action;
import tradesim.model.BaseTariff;
import tradesim.model.Scenario;
import tradesim.model.TariffChange;
import tradesim.testing.ActionSamples;

class PolicyTimelineTest {

    private static final BaseTariffs BASE = new BaseTariffs(List.of(
            new BaseTariff("JPN", "*", "beef", 38.5, "MFN", "s"),
            new BaseTariff("JPN", "AUS", "beef", 27.0, "EPA", "s"),
            new BaseTariff("USA", "*", "cars", 2.5, "MFN", "s")));

    private static PolicyTimeline timeline(Scenario s) {
        return PolicyTimeline.of(s, BASE, List.of(), new EventTree(s).mostLikely());
    }

    private static int index(PolicyTimeline t, String month) {
        return t.periods().indexOf(YearMonth.parse(month));
    }

    @Test
    void baseRatesComeFromExactRowThenMfnThenZero() {
        PolicyTimeline t = timeline(monthly("2018-01", "2018-12"));
        assertEquals(38.5, t.tariffPct(0, "JPN", "USA", "beef"));
        assertEquals(27.0, t.tariffPct(0, "JPN", "AUS", "beef"));
        assertEquals(0.0, t.tariffPct(0, "JPN", "USA", "cars"));
        assertEquals(0.0, t.tariffPct(0, "JPN", "JPN", "beef"), "domestic sales carry no tariff");
    }

    @Test
    void aChangeAppliesFromTheFirstPeriodStartingOnOrAfterItsDate() {
        Scenario s = monthly("2019-01", "2019-12", event("mid", "2019-05-17", tariff("USA", "*", "cars",
                new TariffChange.Add(25))), event("first", "2019-03-01", tariff("JPN", "USA", "beef",
                new TariffChange.Set(50))));
        PolicyTimeline t = timeline(s);
        assertEquals(2.5, t.tariffPct(index(t, "2019-05"), "USA", "JPN", "cars"), 1e-12);
        assertEquals(27.5, t.tariffPct(index(t, "2019-06"), "USA", "JPN", "cars"), 1e-12);
        assertEquals(38.5, t.tariffPct(index(t, "2019-02"), "JPN", "USA", "beef"), 1e-12);
        assertEquals(50.0, t.tariffPct(index(t, "2019-03"), "JPN", "USA", "beef"), 1e-12);
    }

    @Test
    void phaseFrom385To9Over15YearsCutsEquallyEachAnniversary() {
        Scenario s = monthly("2020-01", "2036-12", event("deal", "2020-04-01",
                tariff("JPN", "USA", "beef", new TariffChange.Phase(9, 15))));
        PolicyTimeline t = timeline(s);
        double cut = (38.5 - 9.0) / 15.0;
        assertEquals(38.5, t.tariffPct(index(t, "2020-03"), "JPN", "USA", "beef"), 1e-12);
        for (int year = 0; year < 15; year++) {
            String april = (2020 + year) + "-04";
            String march = (2021 + year) + "-03";
            double expected = 38.5 - cut * (year + 1);
            assertEquals(expected, t.tariffPct(index(t, april), "JPN", "USA", "beef"), 1e-12, april);
            assertEquals(expected, t.tariffPct(index(t, march), "JPN", "USA", "beef"), 1e-12, march);
        }
        assertEquals(9.0, t.tariffPct(index(t, "2036-12"), "JPN", "USA", "beef"), 1e-12);
        assertEquals(27.0, t.tariffPct(index(t, "2030-01"), "JPN", "AUS", "beef"), "other sources untouched");
    }

    @Test
    void phaseStartsFromTheRateTheEarlierActionsGive() {
        Scenario s = monthly("2020-01", "2022-12",
                event("set", "2020-01-01", tariff("JPN", "USA", "beef", new TariffChange.Set(26.6))),
                event("phase", "2020-04-01", tariff("JPN", "USA", "beef", new TariffChange.Phase(9, 2))));
        PolicyTimeline t = timeline(s);
        assertEquals(26.6, t.tariffPct(index(t, "2020-02"), "JPN", "USA", "beef"), 1e-12);
        assertEquals(26.6 - (26.6 - 9) / 2, t.tariffPct(index(t, "2020-04"), "JPN", "USA", "beef"), 1e-12);
        assertEquals(9.0, t.tariffPct(index(t, "2021-04"), "JPN", "USA", "beef"), 1e-12);
    }

    @Property(tries = 200)
    void atLeastNeverLowersARate(@ForAll @DoubleRange(min = 0, max = 1000) double floor,
                                 @ForAll @DoubleRange(min = 0, max = 100) double added) {
        Scenario s = monthly("2025-01", "2025-12",
                event("a", "2025-02-01", tariff("USA", "*", "cars", new TariffChange.Add(added))),
                event("b", "2025-04-01", tariff("USA", "*", "cars", new TariffChange.AtLeast(floor))));
        PolicyTimeline t = timeline(s);
        for (int p = 0; p < 12; p++) {
            double without = p >= 1 ? 2.5 + added : 2.5;
            double with = t.tariffPct(p, "USA", "JPN", "cars");
            assertTrue(with >= without - 1e-12);
            assertEquals(p >= 3 ? Math.max(without, floor) : without, with, 1e-12);
        }
    }

    @Property(tries = 100)
    void untilRestoresThePreviousRate(@ForAll @DoubleRange(min = 0, max = 500) double points,
                                      @ForAll @IntRange(min = 1, max = 10) int months) {
        LocalDate start = LocalDate.of(2019, 3, 15);
        LocalDate end = start.plusMonths(months);
        Scenario s = monthly("2019-01", "2020-12", event("s232", start.toString(),
                tariffUntil("USA", "JPN", "cars", new TariffChange.Add(points), end.toString())));
        PolicyTimeline t = timeline(s);
        int on = s.horizon().firstPeriodOnOrAfter(start);
        int off = s.horizon().firstPeriodOnOrAfter(end);
        for (int p = 0; p < t.periods().size(); p++) {
            double expected = p >= on && p < off ? 2.5 + points : 2.5;
            assertEquals(expected, t.tariffPct(p, "USA", "JPN", "cars"), 1e-12);
        }
    }

    @Test
    void setOverridesAndAddStacksInEventOrder() {
        Scenario s = monthly("2025-01", "2025-12",
                event("add", "2025-04-03", tariff("USA", "*", "cars", new TariffChange.Add(25))),
                event("deal", "2025-09-16", tariff("USA", "JPN", "cars", new TariffChange.Set(15))),
                event("more", "2025-11-01", tariff("USA", "*", "cars", new TariffChange.Add(1))));
        PolicyTimeline t = timeline(s);
        assertEquals(27.5, t.tariffPct(index(t, "2025-05"), "USA", "JPN", "cars"), 1e-12);
        assertEquals(15.0, t.tariffPct(index(t, "2025-10"), "USA", "JPN", "cars"), 1e-12);
        assertEquals(27.5, t.tariffPct(index(t, "2025-10"), "USA", "KOR", "cars"), 1e-12);
        assertEquals(16.0, t.tariffPct(index(t, "2025-11"), "USA", "JPN", "cars"), 1e-12);
    }

    @Test
    void scheduleSetsEachRateFromItsOwnDate() {
        TariffChange.Schedule sched = new TariffChange.Schedule(List.of(
                new TariffChange.Schedule.Step(LocalDate.parse("2020-01-01"), 26.6),
                new TariffChange.Schedule.Step(LocalDate.parse("2020-04-01"), 25.8),
                new TariffChange.Schedule.Step(LocalDate.parse("2021-04-17"), 25.0)));
        Scenario s = monthly("2019-06", "2021-12", event("usjta", "2019-12-15", tariff("JPN", "USA", "beef", sched)));
        PolicyTimeline t = timeline(s);
        assertEquals(38.5, t.tariffPct(index(t, "2019-12"), "JPN", "USA", "beef"), 1e-12);
        assertEquals(26.6, t.tariffPct(index(t, "2020-01"), "JPN", "USA", "beef"), 1e-12);
        assertEquals(25.8, t.tariffPct(index(t, "2021-04"), "JPN", "USA", "beef"), 1e-12);
        assertEquals(25.0, t.tariffPct(index(t, "2021-05"), "JPN", "USA", "beef"), 1e-12);
    }

    @Test
    void wildcardNeverPicksTheImporterItself() {
        Scenario s = monthly("2019-01", "2019-12", event("all", "2019-01-01", tariff("*", "*", "beef",
                new TariffChange.Set(99))));
        PolicyTimeline t = timeline(s);
        assertEquals(99.0, t.tariffPct(0, "JPN", "USA", "beef"));
        assertEquals(0.0, t.tariffPct(0, "JPN", "JPN", "beef"));
    }

    @Test
    void quarterlyPeriodsStartOnOrAfterTheDate() {
        Scenario s = new Scenario("q", "q", "q", "mini", new tradesim.model.Horizon(YearMonth.parse("2019-01"),
                YearMonth.parse("2019-12"), tradesim.model.Horizon.Step.QUARTER), List.of(),
                List.of(event("e", "2019-02-10", tariff("JPN", "USA", "beef", new TariffChange.Set(10)))),
                java.util.Optional.empty(), List.of(), "q.yaml", "0");
        PolicyTimeline t = timeline(s);
        assertEquals(List.of(YearMonth.of(2019, 1), YearMonth.of(2019, 4), YearMonth.of(2019, 7),
                YearMonth.of(2019, 10)), t.periods());
        assertEquals(38.5, t.tariffPct(0, "JPN", "USA", "beef"));
        assertEquals(10.0, t.tariffPct(1, "JPN", "USA", "beef"));
    }

    private static final List<String> COUNTRIES = List.of("JPN", "USA", "AUS", "ROW");

    /** Everything the timeline answers about beef in one period, to see whether an action changed any of it. */
    private static List<Double> beefPolicy(PolicyTimeline t, int period) {
        List<Double> out = new ArrayList<>();
        for (String importer : COUNTRIES) {
            for (String exporter : COUNTRIES) {
                out.add(t.tariffPct(period, importer, exporter, "beef"));
                out.add(t.purchaseFloor(period, importer, exporter, "beef"));
            }
            out.add(t.demandFactor(period, importer, "beef"));
            out.add(t.priceFactor(period, importer, "beef"));
        }
        out.add((double) t.quotas(period, "beef").size());
        out.add((double) t.safeguards("beef").stream().filter(g -> g.activeIn(period)).count());
        return out;
    }

    /**
     * The compiler makes the timeline name every kind of action; this makes it do something with each:
     * an action that the timeline drops (an empty visitor method) changes nothing and fails here.
     */
    @Test
    void everyKindOfActionChangesThePolicyExactlyWhileItApplies() {
        PolicyTimeline none = timeline(monthly("2019-01", "2019-12"));
        for (Action a : ActionSamples.everyKindOfAction()) {
            Scenario s = monthly("2019-01", "2019-12", event("e", "2019-03-01", a));
            PolicyTimeline t = timeline(s);
            int start = s.horizon().firstPeriodOnOrAfter(LocalDate.parse("2019-03-01"));
            int end = s.horizon().firstPeriodOnOrAfter(ActionSamples.UNTIL);
            for (int p = 0; p < t.periods().size(); p++) {
                boolean applies = p >= start && p < end;
                assertEquals(applies, !beefPolicy(t, p).equals(beefPolicy(none, p)), a.getClass().getSimpleName()
                        + " in " + t.periods().get(p) + (applies ? " changes nothing the timeline answers"
                        : " acts outside its dates"));
            }
        }
    }

    @Test
    void everyKindOfTariffChangeMovesTheRateFromItsFirstPeriod() {
        LocalDate date = LocalDate.parse("2019-03-01");
        for (TariffChange c : ActionSamples.everyKindOfChange(date)) {
            PolicyTimeline t = timeline(monthly("2019-01", "2019-12", event("e", date.toString(),
                    tariff("JPN", "USA", "beef", c))));
            assertEquals(38.5, t.tariffPct(index(t, "2019-02"), "JPN", "USA", "beef"), c.toString());
            assertTrue(t.tariffPct(index(t, "2019-03"), "JPN", "USA", "beef") != 38.5, c + " leaves the rate alone");
        }
    }
}
