package tradesim.engine.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tradesim.testing.Scenarios.branch;
import static tradesim.testing.Scenarios.conditional;
import static tradesim.testing.Scenarios.monthly;
import static tradesim.testing.Scenarios.outcome;
import static tradesim.testing.Scenarios.tariff;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradesim.model.Dataset;
import tradesim.model.Distribution;
import tradesim.model.Event;
import tradesim.model.ParameterKind;
import tradesim.model.Scenario;
import tradesim.model.TariffChange;
import tradesim.model.UncertainParameter;
import tradesim.model.Uncertainty;
import tradesim.results.BandRow;
import tradesim.output.BandsCsv;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;
import tradesim.testing.Datasets;

class MonteCarloTest {

    private static final Dataset DATA = Datasets.beef(3, List.of());

    /** Talks: a deal cuts Japan's beef tariff on the US; no deal may bring a retaliatory 50%. */
    private static Scenario tree(double pDeal, double pRetaliate, Optional<Uncertainty> u) {
        Scenario s = monthly("2018-01", "2019-12",
                branch("talks", "2018-04-01", Map.of(),
                        outcome("deal", pDeal, tariff("JPN", "USA", "beef", new TariffChange.Set(9))),
                        outcome("fail", 1 - pDeal)),
                branch("retaliation", "2018-10-01", Map.of("talks", "fail"),
                        outcome("yes", pRetaliate, tariff("JPN", "USA", "beef", new TariffChange.Set(50))),
                        outcome("no", 1 - pRetaliate)));
        return new Scenario(s.name(), s.title(), s.description(), s.datasetRef(), s.horizon(), s.parameters(),
                s.events(), u, s.headline(), s.sourceFile(), s.sha256());
    }

    private static String bandsCsv(MonteCarlo.Summary s) throws IOException {
        StringWriter w = new StringWriter();
        BandsCsv.write("t", s.bands(), false, w);
        BandsCsv.write("t", s.annualBands(), true, w);
        return w.toString();
    }

    @Test
    void withOnlyPathUncertaintyTheMeanConvergesToTheExactExpectation() {
        for (double[] probs : new double[][] {{0.6, 0.5}, {0.2, 0.9}, {0.5, 0.0}}) {
            Scenario s = tree(probs[0], probs[1], Optional.empty());
            ExpectedOutcome.Expectation exact = ExpectedOutcome.of(s, DATA);
            int n = 600;
            MonteCarlo mc = new MonteCarlo(s, DATA);
            MonteCarlo.Summary sum = mc.run(99, n, 2, x -> { });
            // Standard errors from the draws themselves.
            double[] sq = new double[exact.flows().size()];
            double[] mean = new double[sq.length];
            for (int i = 0; i < n; i++) {
                RunResult r = mc.runDraw(99, i);
                for (int c = 0; c < sq.length; c++) {
                    double v = r.flows().get(c).valueUsdM();
                    mean[c] += v / n;
                    sq[c] += v * v / n;
                }
            }
            List<BandRow> values = sum.bands().stream().filter(b -> b.measure().equals(BandRow.VALUE)).toList();
            for (int c = 0; c < sq.length; c++) {
                FlowRow e = exact.flows().get(c);
                double se = Math.sqrt(Math.max(0, sq[c] - mean[c] * mean[c]) / n);
                assertEquals(mean[c], values.get(c).mean(), 1e-6 * Math.max(1, mean[c]));
                assertTrue(Math.abs(values.get(c).mean() - e.valueUsdM()) <= 4 * se + 1e-9,
                        e.flow() + " " + e.period() + ": MC " + values.get(c).mean() + " vs exact " + e.valueUsdM()
                                + " (se " + se + ")");
            }
        }
    }

    @Test
    void pathFrequenciesFollowTheProbabilities() {
        Scenario s = tree(0.6, 0.5, Optional.empty());
        MonteCarlo.Summary sum = new MonteCarlo(s, DATA).run(5, 2000, 1, x -> { });
        assertEquals(2000L, sum.pathCounts().values().stream().mapToLong(Long::longValue).sum());
        double deal = sum.pathCounts().get("talks=deal") / 2000.0;
        assertEquals(0.6, deal, 4 * Math.sqrt(0.6 * 0.4 / 2000));
    }

    @Test
    void bandsAreByteIdenticalForAnyThreadCountAndRunAndDifferBySeed() throws IOException {
        Uncertainty u = new Uncertainty(20180926, List.of(
                new UncertainParameter("beef", "*", "*", ParameterKind.SUBSTITUTION,
                        new Distribution.LogNormal(4, 0.3)),
                new UncertainParameter("beef", "*", "*", ParameterKind.SUPPLY, new Distribution.Uniform(1, 5)),
                new UncertainParameter("beef", "*", "*", ParameterKind.DEMAND,
                        new Distribution.Triangular(-1.5, -0.8, -0.2))));
        Scenario s = tree(0.5, 0.5, Optional.of(u));
        String one = bandsCsv(new MonteCarlo(s, DATA).run(7, 300, 1, x -> { }));
        String two = bandsCsv(new MonteCarlo(s, DATA).run(7, 300, 2, x -> { }));
        String four = bandsCsv(new MonteCarlo(s, DATA).run(7, 300, 4, x -> { }));
        String again = bandsCsv(new MonteCarlo(s, DATA).run(7, 300, 2, x -> { }));
        assertEquals(one, two);
        assertEquals(one, four);
        assertEquals(one, again);
        assertNotEquals(one, bandsCsv(new MonteCarlo(s, DATA).run(8, 300, 2, x -> { })));
    }

    @Test
    void aFailingDrawIsReportedAsTheFirstOneThatFailsForAnyThreadCount() {
        // Half the paths commit Japan to buy more US beef than any subsidy below 99% of the price can reach; the
        // shortfall in the message depends on the draw's sampled elasticities, so each failing draw
        // has its own message, and the run must report the lowest-numbered one whatever the timing.
        Uncertainty u = new Uncertainty(1, List.of(new UncertainParameter("beef", "*", "*",
                ParameterKind.SUBSTITUTION, new Distribution.Uniform(2, 6))));
        Scenario base = monthly("2018-01", "2018-06",
                branch("commit", "2018-03-01", Map.of(),
                        outcome("huge", 0.3, new tradesim.model.Action.Purchase(tradesim.testing.Scenarios.sel("JPN"),
                                tradesim.testing.Scenarios.sel("USA"), tradesim.testing.Scenarios.sel("beef"), 1e9,
                                Optional.empty())),
                        outcome("none", 0.7)));
        Scenario s = new Scenario(base.name(), base.title(), base.description(), base.datasetRef(), base.horizon(),
                base.parameters(), base.events(), Optional.of(u), base.headline(), base.sourceFile(), base.sha256());
        MonteCarlo mc = new MonteCarlo(s, DATA);
        String first = null;
        int firstFailing = -1;
        for (int i = 0; first == null; i++) {
            try {
                mc.runDraw(42, i);
            } catch (tradesim.engine.SimulationException e) {
                first = e.getMessage();
                firstFailing = i;
            }
        }
        assertTrue(firstFailing > 0, "the test needs some draws to succeed before the first failure");
        String second = null;
        for (int i = firstFailing + 1; second == null; i++) {
            try {
                mc.runDraw(42, i);
            } catch (tradesim.engine.SimulationException e) {
                second = e.getMessage();
            }
        }
        assertNotEquals(first, second, "failing draws need messages of their own for this test to tell them apart");
        for (int threads : new int[] {1, 2, 4}) {
            for (int rep = 0; rep < 3; rep++) {
                tradesim.engine.SimulationException e = org.junit.jupiter.api.Assertions.assertThrows(
                        tradesim.engine.SimulationException.class, () -> mc.run(42, 500, threads, x -> { }));
                assertEquals(first, e.getMessage(), threads + " threads");
            }
        }
    }

    @Test
    void percentilesAreOrderedAndChangeBandsMatchValueBands() {
        Scenario s = tree(0.5, 0.5, Optional.empty());
        MonteCarlo.Summary sum = new MonteCarlo(s, DATA).run(3, 200, 2, x -> { });
        for (BandRow b : sum.bands()) {
            assertTrue(b.p05() <= b.p25() && b.p25() <= b.p50() && b.p50() <= b.p75() && b.p75() <= b.p95(),
                    b.toString());
        }
        // With no parameter uncertainty and zero growth the baseline is fixed, so change bands are
        // the value bands rescaled (to the sketch's 0.1% relative accuracy).
        List<BandRow> v = sum.bands().stream().filter(b -> b.measure().equals(BandRow.VALUE)).toList();
        List<BandRow> c = sum.bands().stream().filter(b -> b.measure().equals(BandRow.CHANGE)).toList();
        double base = DATA.flows().stream().filter(f -> f.key().equals(v.get(100).flow())).findFirst().orElseThrow()
                .valueUsdM();
        assertEquals(100 * (v.get(100).p50() / base - 1), c.get(100).p50(), 0.2 + 0.2 * v.get(100).p50() / base);
    }

    @Test
    void expectationWeightsEveryPathByItsProbability() {
        Scenario s = tree(0.6, 0.5, Optional.empty());
        ExpectedOutcome.Expectation e = ExpectedOutcome.of(s, DATA);
        assertEquals(3, e.paths().size());
        assertEquals(1.0, e.paths().stream().mapToDouble(RunResult::pathProbability).sum(), 1e-12);
        int c = e.flows().size() - 3;
        double manual = 0;
        for (RunResult r : e.paths()) manual += r.pathProbability() * r.flows().get(c).valueUsdM();
        assertEquals(manual, e.flows().get(c).valueUsdM(), 1e-9);
        assertEquals(0.0, e.welfare().get(0).netUsdM(), 0.0, "nothing happens before April 2018");
    }

    @Test
    void deadBranchesAndNestedConditionsStillSumToOne() {
        Event a = branch("a", "2018-02-01", Map.of(), outcome("x", 0.3), outcome("y", 0.7));
        Event b = branch("b", "2018-03-01", Map.of("a", "x"), outcome("p", 0.25), outcome("q", 0.75));
        Event c = branch("c", "2018-04-01", Map.of("b", "p"), outcome("u", 0.5), outcome("v", 0.5));
        Event dead = conditional("dead", "2018-05-01", Map.of("a", "z"));
        Scenario s = monthly("2018-01", "2018-12", a, b, c, dead);
        ExpectedOutcome.Expectation e = ExpectedOutcome.of(s, DATA);
        assertEquals(4, e.paths().size());
        assertEquals(1.0, e.paths().stream().mapToDouble(RunResult::pathProbability).sum(), 1e-12);
    }
}
