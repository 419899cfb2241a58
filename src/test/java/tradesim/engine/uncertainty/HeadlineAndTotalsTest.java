package tradesim.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tradesim.testing.Scenarios.branch;
import static tradesim.testing.Scenarios.event;
import static tradesim.testing.Scenarios.monthly;
import static tradesim.testing.Scenarios.outcome;
import static tradesim.testing.Scenarios.tariff;

import java.io.IOException;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.model.Dataset;
import tradesim.model.Distribution;
import tradesim.model.FlowKey;
import tradesim.model.ParameterKind;
import tradesim.model.Scenario;
import tradesim.model.TariffChange;
import tradesim.model.UncertainParameter;
import tradesim.model.Uncertainty;
import tradesim.output.BandsCsv;
import tradesim.results.AnnualFlows;
import tradesim.results.BandRow;
import tradesim.results.ChangePercent;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;
import tradesim.testing.Datasets;

/** Bands of the headline flows and of the totals by importer, exporter and product (a large dataset's banding). */
class HeadlineAndTotalsTest {

    /** 4 countries × 3 products, every pair trading: 48 flows, 12 of them domestic sales. */
    private static final Dataset GRID = Datasets.grid(4, 3);
    private static final FlowKey C01_FROM_C00_P0 = new FlowKey("C01", "C00", "p0");
    private static final FlowKey C02_FROM_C03_P2 = new FlowKey("C02", "C03", "p2");

    /** C01 puts 30% on p0 from C00 in April 2018; nothing else happens, and p1 is never touched. */
    private static Scenario onePath(Optional<Uncertainty> u) {
        Scenario s = monthly("2018-01", "2019-12",
                event("duty", "2018-04-01", tariff("C01", "C00", "p0", new TariffChange.Set(30))));
        return withUncertainty(s, u);
    }

    private static Scenario withUncertainty(Scenario s, Optional<Uncertainty> u) {
        return new Scenario(s.name(), s.title(), s.description(), s.datasetRef(), s.horizon(), s.parameters(),
                s.events(), u, s.headline(), s.sourceFile(), s.sha256());
    }

    /** Given out of flow order, once twice, and with a flow the dataset does not list. */
    private static Banding banding() {
        return new Banding.HeadlineAndTotals(List.of(C02_FROM_C03_P2, C01_FROM_C00_P0, C02_FROM_C03_P2,
                new FlowKey("C01", "XXX", "p0")));
    }

    private static FlowKey importer(String c) {
        return new FlowKey(c, "*", "*");
    }

    private static FlowKey exporter(String c) {
        return new FlowKey("*", c, "*");
    }

    private static FlowKey product(String p) {
        return new FlowKey("*", "*", p);
    }

    @Test
    void seriesAreHeadlineFlowsInFlowOrderThenTotalsByImporterExporterAndProduct() {
        MonteCarlo.Summary sum = new MonteCarlo(onePath(Optional.empty()), GRID, banding()).run(1, 3, 1, x -> { });
        List<FlowKey> expected = List.of(C01_FROM_C00_P0, C02_FROM_C03_P2,
                importer("C00"), importer("C01"), importer("C02"), importer("C03"),
                exporter("C00"), exporter("C01"), exporter("C02"), exporter("C03"),
                product("p0"), product("p1"), product("p2"));
        List<YearMonth> periods = onePath(Optional.empty()).horizon().periods();
        assertEquals(periods.size() * expected.size() * 2, sum.bands().size());
        for (int t = 0; t < periods.size(); t++) {
            for (int s = 0; s < expected.size(); s++) {
                BandRow value = sum.bands().get(2 * (t * expected.size() + s));
                BandRow change = sum.bands().get(2 * (t * expected.size() + s) + 1);
                assertEquals(periods.get(t), value.period());
                assertEquals(expected.get(s), value.flow());
                assertEquals(BandRow.VALUE, value.measure());
                assertEquals(expected.get(s), change.flow());
                assertEquals(BandRow.CHANGE, change.measure());
                assertEquals(s >= 2, value.isTotal(), value.toString());
            }
        }
        assertEquals(2 * 2 * expected.size(), sum.annualBands().size());
    }

    /**
     * The beef world lists JPN's purchases from itself, the US, Australia and ROW, and ROW's from the
     * US, Australia and itself. Only JPN and ROW import, JPN exports only to itself (no exporter
     * total), and domestic sales feed no total.
     */
    @Test
    void aTotalAddsItsTradeFlowsAndLeavesDomesticSalesOut() {
        Dataset beef = Datasets.beef(3, List.of());
        Simulation sim = new Simulation(monthly("2018-01", "2018-01"), beef);
        List<FlowKey> order = sim.flowOrder();
        assertEquals(List.of(new FlowKey("JPN", "JPN", "beef"), new FlowKey("JPN", "USA", "beef"),
                new FlowKey("JPN", "AUS", "beef"), new FlowKey("JPN", "ROW", "beef"), new FlowKey("ROW", "USA", "beef"),
                new FlowKey("ROW", "AUS", "beef"), new FlowKey("ROW", "ROW", "beef")), order);
        BandSeries s = BandSeries.of(new Banding.HeadlineAndTotals(List.of()), beef, order);
        assertEquals(List.of(importer("JPN"), importer("ROW"), exporter("USA"), exporter("AUS"), exporter("ROW"),
                product("beef")), s.keys());
        // Two periods; the baseline is ten times the value.
        double[] value = {1, 2, 3, 4, 5, 6, 7, 10, 20, 30, 40, 50, 60, 70};
        double[] baseline = new double[value.length];
        for (int i = 0; i < value.length; i++) baseline[i] = 10 * value[i];
        double[] seriesValue = new double[12];
        double[] seriesBaseline = new double[12];
        s.reduce(value, baseline, 2, seriesValue, seriesBaseline);
        assertArrayEquals(new double[] {2 + 3 + 4, 5 + 6, 2 + 5, 3 + 6, 4, 2 + 3 + 4 + 5 + 6,
                20 + 30 + 40, 50 + 60, 20 + 50, 30 + 60, 40, 200}, seriesValue);
        for (int i = 0; i < 12; i++) assertEquals(10 * seriesValue[i], seriesBaseline[i]);
        assertFalse(BandSeries.of(Banding.PER_FLOW, beef, order).adds());
    }

    /**
     * With one path and no uncertain parameters every draw is the point run, so the mean of a total
     * is the point run's total (its rows of flows.csv added up) and its change that of the sums;
     * percentiles are the estimator's 0.1% from it, and exact where nothing changes (product p1).
     */
    @Test
    void withoutUncertaintyEveryDrawIsThePointRunsTotals() {
        Scenario s = onePath(Optional.empty());
        RunResult point = new Simulation(s, GRID).run(new EventTree(s).mostLikely());
        MonteCarlo.Summary sum = new MonteCarlo(s, GRID, banding()).run(1, 1, 1, x -> { });
        int checked = 0;
        for (int i = 0; i < sum.bands().size(); i += 2) {
            BandRow value = sum.bands().get(i);
            BandRow change = sum.bands().get(i + 1);
            double total = 0;
            double baseTotal = 0;
            for (FlowRow r : point.flows()) {
                if (r.period().equals(value.period()) && feeds(r.flow(), value.flow())) {
                    total += r.valueUsdM();
                    baseTotal += r.baselineValueUsdM();
                }
            }
            assertEquals(total, value.mean(), 0.0, value.toString());
            assertEquals(ChangePercent.of(total, baseTotal), change.mean(), 0.0, change.toString());
            for (double p : new double[] {value.p05(), value.p25(), value.p50(), value.p75(), value.p95()}) {
                assertEquals(total, p, 1e-3 * total, value.toString());
            }
            if (value.flow().equals(product("p1"))) {
                assertEquals(List.of(baseTotal, baseTotal, baseTotal, baseTotal, baseTotal), percentiles(value));
                assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0), percentiles(change));
                checked++;
            }
        }
        assertEquals(s.horizon().periods().size(), checked);
        // The duty moves C01's imports, C00's exports and trade in p0 in the last period.
        BandRow last = sum.bands().get(sum.bands().size() - 2);
        assertTrue(sum.bands().stream().anyMatch(b -> b.period().equals(last.period())
                && b.flow().equals(importer("C01")) && b.measure().equals(BandRow.CHANGE) && b.mean() < -0.5));
    }

    /** A year's total is its periods' totals weighted as annual.csv weights a flow: the year sum of its flows. */
    @Test
    void annualTotalsAreTheYearSumsOfTheFlows() {
        Scenario s = onePath(Optional.empty());
        RunResult point = new Simulation(s, GRID).run(new EventTree(s).mostLikely());
        List<AnnualFlows.AnnualRow> annual = AnnualFlows.of(point.flows(), s.horizon().periodMonths());
        MonteCarlo.Summary sum = new MonteCarlo(s, GRID, banding()).run(1, 1, 1, x -> { });
        for (BandRow b : sum.annualBands()) {
            if (!b.measure().equals(BandRow.VALUE)) continue;
            double total = 0;
            for (AnnualFlows.AnnualRow a : annual) {
                if (a.year() == b.period().getYear() && feeds(a.flow(), b.flow())) total += a.valueUsdM();
            }
            assertEquals(total, b.mean(), 1e-12 * total, b.toString());
        }
    }

    @Test
    void bandsAreIdenticalForAnyThreadCount() throws IOException {
        Uncertainty u = new Uncertainty(7, List.of(
                new UncertainParameter("*", "*", "*", ParameterKind.SUBSTITUTION, new Distribution.LogNormal(4, 0.3)),
                new UncertainParameter("*", "*", "*", ParameterKind.SUPPLY, new Distribution.Uniform(1, 5))));
        Scenario s = withUncertainty(monthly("2018-01", "2019-12",
                branch("talks", "2018-04-01", Map.of(),
                        outcome("deal", 0.6, tariff("C01", "C00", "p0", new TariffChange.Set(0))),
                        outcome("war", 0.4, tariff("C01", "*", "*", new TariffChange.Set(40))))), Optional.of(u));
        MonteCarlo mc = new MonteCarlo(s, GRID, banding());
        String one = csv(mc.run(11, 150, 1, x -> { }));
        assertEquals(one, csv(mc.run(11, 150, 2, x -> { })));
        assertEquals(one, csv(new MonteCarlo(s, GRID, banding()).run(11, 150, 3, x -> { })));
    }

    /** Whether flow f is counted in series k: k itself, or a total whose named columns f shares. */
    private static boolean feeds(FlowKey f, FlowKey k) {
        if (f.equals(k)) return true;
        boolean total = k.importer().equals("*") || k.exporter().equals("*") || k.product().equals("*");
        return total && !f.isDomestic() && (k.importer().equals("*") || k.importer().equals(f.importer()))
                && (k.exporter().equals("*") || k.exporter().equals(f.exporter()))
                && (k.product().equals("*") || k.product().equals(f.product()));
    }

    private static List<Double> percentiles(BandRow b) {
        return new ArrayList<>(List.of(b.p05(), b.p25(), b.p50(), b.p75(), b.p95()));
    }

    private static String csv(MonteCarlo.Summary s) throws IOException {
        StringWriter w = new StringWriter();
        BandsCsv.write("t", s.bands(), false, w);
        BandsCsv.write("t", s.annualBands(), true, w);
        return w.toString();
    }
}
