package tradesim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tradesim.testing.Scenarios.event;
import static tradesim.testing.Scenarios.monthly;
import static tradesim.testing.Scenarios.tariff;
import static tradesim.testing.Scenarios.tariffUntil;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import tradesim.engine.path.EventTree;
import tradesim.model.Dataset;
import tradesim.model.FlowKey;
import tradesim.model.Growth;
import tradesim.model.Scenario;
import tradesim.model.TariffChange;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;
import tradesim.results.WelfareRow;
import tradesim.testing.Datasets;

class SimulationTest {

    private static RunResult run(Scenario s, Dataset d) {
        return new Simulation(s, d).run(new EventTree(s).mostLikely());
    }

    private static FlowRow row(RunResult r, String period, String importer, String exporter) {
        return r.flows().stream().filter(f -> f.period().equals(YearMonth.parse(period))
                && f.flow().equals(new FlowKey(importer, exporter, "beef"))).findFirst().orElseThrow();
    }

    @Test
    void noEventsGiveExactlyTheBaselineAndZeroGrowthGivesTheBaseYear() {
        Dataset d = Datasets.beef(6, List.of());
        RunResult r = run(monthly("2018-01", "2019-12"), d);
        assertEquals(24 * 7, r.flows().size());
        for (FlowRow f : r.flows()) {
            double base = d.flows().stream().filter(x -> x.key().equals(f.flow())).findFirst().orElseThrow()
                    .valueUsdM();
            assertEquals(f.baselineValueUsdM(), f.valueUsdM(), 0.0, "scenario equals baseline bit for bit");
            assertEquals(base, f.baselineValueUsdM(), 0.0, "zero growth reproduces the base year");
            assertEquals(0.0, f.creationUsdM(), 0.0);
            assertEquals(0.0, f.diversionUsdM(), 0.0);
            assertEquals(1.0, f.worldPrice(), 0.0);
        }
        for (WelfareRow w : r.welfare()) assertEquals(0.0, w.netUsdM(), 0.0);
        assertEquals(1, r.stats().solves(), "one state, solved once and then served from the memo");
    }

    @Test
    void growthMovesTheBaselineButNotTheScenarioGap() {
        Growth g = new Growth("*", "beef", OptionalDouble.of(3.0), OptionalDouble.of(3.0), "test");
        Dataset d = Datasets.beef(6, List.of(g));
        RunResult r = run(monthly("2018-01", "2018-12"), d);
        FlowRow jan = row(r, "2018-01", "JPN", "USA");
        // Demand and supply grow alike, so prices stay at 1 and every flow grows by 3% a year.
        assertEquals(1890 * 1.03, jan.baselineValueUsdM(), 1e-6);
        assertEquals(jan.baselineValueUsdM(), jan.valueUsdM(), 0.0);
    }

    @Test
    void rowsComeInPeriodImporterExporterOrder() {
        RunResult r = run(monthly("2018-01", "2018-02"), Datasets.beef(6, List.of()));
        List<String> firstPeriod = r.flows().stream().filter(f -> f.period().equals(YearMonth.of(2018, 1)))
                .map(f -> f.flow().importer() + "<-" + f.flow().exporter()).toList();
        assertEquals(List.of("JPN<-JPN", "JPN<-USA", "JPN<-AUS", "JPN<-ROW", "ROW<-USA", "ROW<-AUS", "ROW<-ROW"),
                firstPeriod);
        assertEquals(YearMonth.of(2018, 2), r.flows().get(7).period());
    }

    @Test
    void aConstantShockIsHalfWayAfterOneHalfLife() {
        Dataset d = Datasets.beef(6, List.of());
        Scenario s = monthly("2018-01", "2019-12", event("cut", "2018-01-01",
                tariff("JPN", "USA", "beef", new TariffChange.Set(9))));
        RunResult slow = run(s, d);
        RunResult instant = run(s, Datasets.beef(0, List.of()));
        double target = Math.log(row(instant, "2018-01", "JPN", "USA").valueUsdM()
                / row(instant, "2018-01", "JPN", "USA").baselineValueUsdM()
                / row(instant, "2018-01", "JPN", "USA").worldPrice());
        FlowRow afterHalfLife = row(slow, "2018-06", "JPN", "USA");
        double d6 = Math.log(afterHalfLife.valueUsdM() / afterHalfLife.worldPrice()
                / (afterHalfLife.baselineValueUsdM() / 1.0));
        assertTrue(target > 0.1, "a cut from 38.5% to 9% raises US beef sales to Japan a lot");
        assertEquals(target / 2, d6, 1e-12);
        FlowRow first = row(slow, "2018-01", "JPN", "USA");
        double d1 = Math.log(first.valueUsdM() / first.worldPrice() / first.baselineValueUsdM());
        assertEquals(target * (1 - Math.pow(0.5, 1.0 / 6)), d1, 1e-12);
    }

    @Test
    void creationPlusDiversionEqualsTheChange() {
        Scenario s = monthly("2018-01", "2020-12", event("cut", "2018-06-01",
                tariff("JPN", "USA", "beef", new TariffChange.Phase(9, 3))));
        RunResult r = run(s, Datasets.beef(4, List.of()));
        for (FlowRow f : r.flows()) {
            double change = f.flow().isDomestic() ? 0.0 : f.valueUsdM() - f.baselineValueUsdM();
            assertEquals(change, f.creationUsdM() + f.diversionUsdM(), 1e-9);
        }
        FlowRow us = row(r, "2020-12", "JPN", "USA");
        FlowRow aus = row(r, "2020-12", "JPN", "AUS");
        assertTrue(us.changePct() > 0 && aus.changePct() < 0, "the US gains share at Australia's expense");
        assertTrue(aus.diversionUsdM() < 0);
    }

    /**
     * Surpluses come from each period's equilibria, so they vanish as soon as the tariff is gone;
     * revenue is collected on the reported flows, which still adjust back after it: once the rate is
     * the base rate again, ΔR_JPN = Σ_s t_s (v^S_s − v^B_s) over Japan's reported imports.
     */
    @Test
    void applyingAndRemovingATariffLeavesNoSurplusChangeAndRevenueFollowsTheReportedFlows() {
        Scenario s = monthly("2018-01", "2019-12", event("spike", "2018-03-01",
                tariffUntil("JPN", "USA", "beef", new TariffChange.Set(50), "2018-09-01")));
        RunResult r = run(s, Datasets.beef(6, List.of()));
        for (WelfareRow w : r.welfare()) {
            boolean on = !w.period().isBefore(YearMonth.of(2018, 3)) && w.period().isBefore(YearMonth.of(2018, 9));
            if (on) continue;
            assertEquals(0.0, w.consumerSurplusUsdM(), 0.0);
            assertEquals(0.0, w.producerSurplusUsdM(), 0.0);
            if (!w.country().equals("JPN")) continue;
            double expected = 0;
            for (FlowRow f : r.flows()) {
                if (f.period().equals(w.period()) && f.flow().importer().equals("JPN")) {
                    expected += f.tariffPct() / 100 * (f.valueUsdM() - f.baselineValueUsdM());
                }
            }
            assertEquals(expected, w.tariffRevenueUsdM(), 1e-9);
            if (w.period().isBefore(YearMonth.of(2018, 3))) assertEquals(0.0, w.tariffRevenueUsdM(), 0.0);
        }
        WelfareRow jpn = r.welfare().stream().filter(w -> w.period().equals(YearMonth.of(2018, 4))
                && w.country().equals("JPN")).findFirst().orElseThrow();
        assertTrue(jpn.consumerSurplusUsdM() < 0, "Japan's consumers lose from a higher tariff");
        WelfareRow usa = r.welfare().stream().filter(w -> w.period().equals(YearMonth.of(2018, 4))
                && w.country().equals("USA")).findFirst().orElseThrow();
        assertTrue(usa.producerSurplusUsdM() < 0, "US producers lose");
        assertEquals(0.0, usa.consumerSurplusUsdM(), 0.0, "the US is not a market for beef here");
    }
}
