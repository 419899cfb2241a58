package tradesim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tradesim.testing.Scenarios.event;
import static tradesim.testing.Scenarios.monthly;
import static tradesim.testing.Scenarios.sel;
import static tradesim.testing.Scenarios.tariff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import tradesim.engine.path.EventTree;
import tradesim.model.Action;
import tradesim.model.BaseTariff;
import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.Event;
import tradesim.model.FlowKey;
import tradesim.model.ParameterKind;
import tradesim.model.Product;
import tradesim.model.SafeguardTrigger;
import tradesim.model.Scenario;
import tradesim.model.TariffChange;
import tradesim.model.UnitValue;
import tradesim.results.ConstraintRow;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;
import tradesim.results.SafeguardRow;
import tradesim.results.WelfareRow;
import tradesim.testing.Datasets;

/**
 * Quotas, purchase floors and safeguards in the whole engine, against closed forms.
 *
 * <p>The closed-form world: Japan buys wheat from the US alone, at a 50% MFN rate, with η = ∞ (the
 * US world price stays 1), ε = −1.5 and a half-life of 0 (reported flows are equilibrium flows). A
 * source alone in its nest has P = r and q = q⁰ P^ε, so a flow paying t + w has
 * v(w) = 1000 ((1 + t + w)/1.5)^(−1.5).
 */
class QuantityInstrumentsTest {

    private static final FlowKey WHEAT = new FlowKey("JPN", "USA", "wheat");
    private static final FlowKey BEEF = new FlowKey("JPN", "USA", "beef");

    /** The single-market world; beef is there for the safeguard, with 6,000 USD per tonne. */
    private static Dataset single() {
        return new Dataset("single", 2017, "USD", "million per year", "test",
                List.of(new Country("JPN", "Japan"), new Country("USA", "United States")),
                List.of(new Product("wheat", "Wheat", List.of("1001"), ""), new Product("beef", "Beef",
                        List.of("0201"), "")), List.of("test"),
                List.of(Datasets.flow("JPN", "USA", "wheat", 1000), Datasets.flow("JPN", "USA", "beef", 1200)),
                List.of(new BaseTariff("JPN", "*", "wheat", 50, "MFN", "test"),
                        new BaseTariff("JPN", "*", "beef", 38.5, "MFN", "test")),
                List.of(Datasets.rule("*", "*", "*", Map.of(ParameterKind.SUBSTITUTION, 4.0, ParameterKind.DEMAND, -1.5,
                        ParameterKind.SUPPLY, Double.POSITIVE_INFINITY, ParameterKind.HALF_LIFE, 0.0))),
                List.of(), "single", "0", List.of(new UnitValue("JPN", "*", "beef", 6000, "test")), List.of());
    }

    private static RunResult run(Scenario s, Dataset d) {
        return new Simulation(s, d).run(new EventTree(s).mostLikely());
    }

    private static Action.Trq quota(double amount, double inQuota) {
        return new Action.Trq("wheat_q", sel("JPN"), sel("USA"), sel("wheat"),
                new Action.Quota(amount, Action.QuantityUnit.USD_M), inQuota, Action.RentHolder.IMPORTER,
                Optional.empty());
    }

    private static FlowRow row(RunResult r, String period, FlowKey k) {
        return r.flows().stream().filter(f -> f.period().equals(YearMonth.parse(period)) && f.flow().equals(k))
                .findFirst().orElseThrow();
    }

    private static WelfareRow welfare(RunResult r, String period, String country, String product) {
        return r.welfare().stream().filter(w -> w.period().equals(YearMonth.parse(period))
                && w.country().equals(country) && w.product().equals(product)).findFirst().orElseThrow();
    }

    private static ConstraintRow constraint(RunResult r, String period) {
        return r.constraints().stream().filter(c -> c.period().equals(YearMonth.parse(period))).findFirst()
                .orElseThrow();
    }

    @Test
    void aQuotaInEachRegimeMatchesTheClosedForm() {
        // v(0) = 1000 · 1.5^1.5 = 1837.12 at the in-quota rate 0; v(0.5) = 1000 at the bound t_out − t_in.
        double atZero = 1000 * Math.pow(1.5, 1.5);
        // Unfilled: a quota of 2000 is not reached; w = 0, everything pays 0, no rent.
        RunResult unfilled = run(monthly("2020-01", "2020-12", event("q", "2020-01-01", quota(2000, 0))), single());
        FlowRow u = row(unfilled, "2020-06", WHEAT);
        assertEquals(atZero, u.valueUsdM(), 1e-9 * atZero);
        assertEquals(0.0, u.wedgePct());
        assertEquals("unfilled", constraint(unfilled, "2020-06").regime());
        // Over quota: 900 < v(0.5) = 1000, so w = 0.5 and the flow pays 50% on average above the quota:
        // revenue 0 · 900 + 0.5 · 100 = 50, rent 0.5 · 900 = 450 (both against a baseline revenue of 500).
        RunResult over = run(monthly("2020-01", "2020-12", event("q", "2020-01-01", quota(900, 0))), single());
        FlowRow o = row(over, "2020-06", WHEAT);
        assertEquals(1000, o.valueUsdM(), 1e-9 * 1000);
        assertEquals(50.0, o.wedgePct(), 1e-12);
        WelfareRow ow = welfare(over, "2020-06", "JPN", "wheat");
        assertEquals(50 - 500, ow.tariffRevenueUsdM(), 1e-9);
        assertEquals(450, ow.quotaRentUsdM(), 1e-9);
        assertEquals("over_quota", constraint(over, "2020-06").regime());
        // Binding: 1500 = 1000 ((1 + w)/1.5)^(−1.5) gives w = 1.5^(1/3) − 1; the flow meets the quota,
        // pays t_in = 0 on all of it, and revenue + rent = (t_in + w) · v = w · 1500.
        RunResult binding = run(monthly("2020-01", "2020-12", event("q", "2020-01-01", quota(1500, 0))), single());
        FlowRow b = row(binding, "2020-06", WHEAT);
        double w = Math.cbrt(1.5) - 1;
        assertEquals(100 * w, b.wedgePct(), 1e-7);
        assertEquals(1500, b.valueUsdM(), 1e-9 * 1500);
        WelfareRow bw = welfare(binding, "2020-06", "JPN", "wheat");
        double revenue = bw.tariffRevenueUsdM() + 500;   // the level: ΔR plus the baseline's 0.5 · 1000
        assertEquals(w * 1500, revenue + bw.quotaRentUsdM(), 1e-9 * 1500);
        assertEquals("binding", constraint(binding, "2020-06").regime());
        assertEquals(1500, constraint(binding, "2020-06").achieved(), 1e-9 * 1500);
    }

    @Test
    void aQuotaLargerThanAnyFlowIsExactlyATariffAtTheInQuotaRate() {
        RunResult quota = run(monthly("2020-01", "2021-12", event("q", "2020-03-01", quota(1e9, 20))),
                Datasets.withParameters(single(), List.of()));
        RunResult cut = run(monthly("2020-01", "2021-12", event("q", "2020-03-01",
                tariff("JPN", "USA", "wheat", new TariffChange.Set(20)))), single());
        assertEquals(cut.flows(), quota.flows());
        assertEquals(cut.welfare(), quota.welfare());
    }

    @Test
    void aBindingPurchaseFloorMeetsItsValueOnTheReportedFlowAndItsSubsidyIsPaid() {
        // The beef world with a 6-month half-life: the floor binds on the reported, partially adjusted flow.
        Dataset beef = Datasets.beef(6, List.of());
        Action.Purchase floor = new Action.Purchase(sel("JPN"), sel("USA"), sel("beef"), 2500,
                Optional.of(LocalDate.parse("2021-01-01")));
        RunResult r = run(monthly("2020-01", "2021-06", event("buy", "2020-03-01", floor)), beef);
        for (FlowRow f : r.flows()) {
            if (!f.flow().equals(BEEF)) continue;
            boolean active = !f.period().isBefore(YearMonth.of(2020, 3)) && f.period().isBefore(YearMonth.of(2021, 1));
            if (active) {
                assertEquals(1.0, f.valueUsdM() / 2500, 1e-9, f.period().toString());
                assertTrue(f.wedgePct() < 0, "a subsidy is a negative wedge");
            } else {
                assertEquals(0.0, f.wedgePct());
            }
        }
        ConstraintRow c = constraint(r, "2020-06");
        assertEquals("binding", c.regime());
        assertEquals(-c.wedgePct() / 100 * c.achieved(), c.amountUsdM(), 1e-9 * c.amountUsdM());
        // Japan pays the subsidy out of its tariff revenue: ΔR = Σ t (v^S − v^B) − ς v on its imports.
        double expected = -c.amountUsdM();
        for (FlowRow f : r.flows()) {
            if (f.period().equals(YearMonth.of(2020, 6)) && f.flow().importer().equals("JPN")) {
                expected += f.tariffPct() / 100 * (f.valueUsdM() - f.baselineValueUsdM());
            }
        }
        assertEquals(expected, welfare(r, "2020-06", "JPN", "beef").tariffRevenueUsdM(), 1e-9);
    }

    @Test
    void aSlackFloorNeedsNoSubsidyAndChangesNothing() {
        Dataset beef = Datasets.beef(6, List.of());
        Action.Purchase floor = new Action.Purchase(sel("JPN"), sel("USA"), sel("beef"), 1000, Optional.empty());
        Event cut = event("cut", "2020-03-01", tariff("JPN", "USA", "beef", new TariffChange.Set(20)));
        RunResult plain = run(monthly("2020-01", "2021-06", cut), beef);
        RunResult floored = run(monthly("2020-01", "2021-06", cut, event("buy", "2020-03-01", floor)), beef);
        assertEquals(plain.flows(), floored.flows());
        assertEquals(plain.welfare(), floored.welfare());
        for (ConstraintRow c : floored.constraints()) {
            assertEquals("slack", c.regime());
            assertEquals(0.0, c.amountUsdM());
        }
    }

    @Test
    void anUnreachableFloorStopsTheRunNamingTheCommitmentAndTheLargestReachableValue() {
        Action.Purchase floor = new Action.Purchase(sel("JPN"), sel("USA"), sel("wheat"), 1e7, Optional.empty());
        Scenario s = monthly("2020-01", "2020-06", event("buy", "2020-03-01", floor));
        SimulationException e = assertThrows(SimulationException.class, () -> run(s, single()));
        assertTrue(e.getMessage().contains("purchase:JPN:USA:wheat") && e.getMessage().contains("largest reachable"),
                e.getMessage());
        assertTrue(e.getMessage().contains("2020-03"), e.getMessage());
    }

    @Test
    void theOrderOfConstraintsInTheFileDoesNotChangeTheResult() {
        Dataset beef = Datasets.beef(6, List.of());
        Action.Purchase floor = new Action.Purchase(sel("JPN"), sel("USA"), sel("beef"), 2300, Optional.empty());
        Action.Trq q = new Action.Trq("aus_q", sel("JPN"), sel("AUS"), sel("beef"),
                new Action.Quota(1500, Action.QuantityUnit.USD_M), 10, Action.RentHolder.EXPORTER, Optional.empty());
        RunResult one = run(monthly("2020-01", "2020-12", event("d", "2020-03-01", floor, q)), beef);
        RunResult two = run(monthly("2020-01", "2020-12", event("d", "2020-03-01", q, floor)), beef);
        assertEquals(one.flows(), two.flows());
        assertEquals(one.welfare(), two.welfare());
        assertEquals(one.constraints(), two.constraints());
        assertTrue(one.constraints().stream().anyMatch(c -> c.regime().equals("binding")));
    }

    private static Action.Safeguard safeguard(double tonnes) {
        return new Action.Safeguard("beef_sg", sel("JPN"), sel("USA"), sel("beef"), 4,
                List.of(new SafeguardTrigger(sel("USA"), new SafeguardTrigger.VolumeTonnes(tonnes))), 50,
                OptionalInt.of(1), Optional.empty());
    }

    /**
     * Worked by hand. US beef into Japan stays at 1,200 USD million a year, 1.2·10⁹/6,000 = 200,000 t
     * a year, so each month counts 16,666.67 t. The safeguard year starts in April; the threshold is
     * 90,000 t. Safeguard year 2019 has only Jan–Mar 2020 in the horizon: 50,000 t, no trigger. Year
     * 2020 counts 83,333 t at the end of August and 100,000 t at the end of September: it triggers in
     * 2020-09 and, for one month, October's rate is max(38.5, 50) = 50%. October's flow falls (h = 0)
     * but the count is past the trigger already; year 2021 repeats: trigger 2021-09, 50% in 2021-10.
     */
    @Test
    void aHandWorkedSafeguard() {
        RunResult r = run(monthly("2020-01", "2021-12", event("sg", "2020-01-01", safeguard(90_000))), single());
        assertEquals(List.of(
                new SafeguardRow("beef_sg", 2019, Optional.empty(), Optional.empty(), Optional.empty()),
                new SafeguardRow("beef_sg", 2020, Optional.of(YearMonth.of(2020, 9)), Optional.of(YearMonth.of(2020, 10)),
                        Optional.of(YearMonth.of(2020, 10))),
                new SafeguardRow("beef_sg", 2021, Optional.of(YearMonth.of(2021, 9)), Optional.of(YearMonth.of(2021, 10)),
                        Optional.of(YearMonth.of(2021, 10)))), r.safeguards());
        assertEquals(38.5, row(r, "2020-09", BEEF).tariffPct(), 1e-12);
        assertEquals(50.0, row(r, "2020-10", BEEF).tariffPct(), 1e-12);
        assertEquals(38.5, row(r, "2020-11", BEEF).tariffPct(), 1e-12);
        assertTrue(row(r, "2020-10", BEEF).valueUsdM() < 1200);
    }

    @Test
    void aSafeguardThatNeverTriggersChangesNothingBitForBit() {
        Event cut = event("cut", "2020-03-01", tariff("JPN", "USA", "beef", new TariffChange.Set(9)));
        RunResult plain = run(monthly("2020-01", "2021-12", cut), single());
        RunResult guarded = run(monthly("2020-01", "2021-12", cut, event("sg", "2020-03-01", safeguard(1e9))),
                single());
        assertEquals(plain.flows(), guarded.flows());
        assertEquals(plain.welfare(), guarded.welfare());
        assertTrue(guarded.safeguards().stream().noneMatch(SafeguardRow::triggered));
    }

    @Test
    void aBaselineEventThatTheScenarioRepeatsGivesNoChange() {
        Action.Tariff law = tariff("JPN", "AUS", "beef", new TariffChange.Schedule(List.of(
                new TariffChange.Schedule.Step(LocalDate.parse("2020-04-01"), 25),
                new TariffChange.Schedule.Step(LocalDate.parse("2021-04-01"), 23))));
        Scenario s = monthly("2020-01", "2021-12", event("again", "2020-04-01", law));
        Scenario layered = new Scenario(s.name(), s.title(), s.description(), s.datasetRef(), s.horizon(),
                s.parameters(), s.events(), s.uncertainty(), s.headline(), s.sourceFile(), s.sha256(),
                List.of(event("fta", "2020-04-01", law)));
        RunResult r = run(layered, Datasets.beef(6, List.of()));
        for (FlowRow f : r.flows()) {
            assertEquals(0.0, f.changePct(), 0.0);
            assertEquals(f.baselineValueUsdM(), f.valueUsdM(), 0.0);
        }
        for (WelfareRow w : r.welfare()) assertEquals(0.0, w.netUsdM(), 0.0);
        // The law itself moved the baseline: Australia pays 23% from April 2021 in both worlds.
        assertEquals(23.0, row(r, "2021-06", new FlowKey("JPN", "AUS", "beef")).tariffPct(), 0.0);
    }

    /**
     * Tariff revenue, a level, is never negative without a purchase subsidy, whatever the quota: the
     * test adds the baseline's level, Σ t⁰ v^B over Japan's imports (no baseline-layer quota here),
     * to the reported change.
     */
    @Property(tries = 40)
    void revenueIsNeverNegativeWithoutAPurchaseSubsidy(@ForAll @DoubleRange(min = 1, max = 5000) double amount,
                                                       @ForAll @DoubleRange(min = 0, max = 27) double inQuota,
                                                       @ForAll @DoubleRange(min = 0, max = 80) double rate) {
        Action.Trq q = new Action.Trq("aus_q", sel("JPN"), sel("AUS"), sel("beef"),
                new Action.Quota(amount, Action.QuantityUnit.USD_M), inQuota, Action.RentHolder.IMPORTER,
                Optional.empty());
        Event e = event("d", "2020-02-01", tariff("JPN", "USA", "beef", new TariffChange.Set(rate)), q);
        RunResult r = run(monthly("2020-01", "2020-12", e), Datasets.beef(3, List.of()));
        for (WelfareRow w : r.welfare()) {
            if (!w.country().equals("JPN")) continue;
            double base = 0;
            for (FlowRow f : r.flows()) {
                if (f.period().equals(w.period()) && f.flow().importer().equals("JPN") && !f.flow().isDomestic()) {
                    base += (f.flow().exporter().equals("AUS") ? 0.27 : 0.385) * f.baselineValueUsdM();
                }
            }
            assertTrue(base + w.tariffRevenueUsdM() >= -1e-9, "revenue level " + (base + w.tariffRevenueUsdM()));
        }
    }
}
