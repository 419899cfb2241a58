package tradesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tradesim.model.FlowKey;

class RunDigestTest {

    /** The trade flows of the fixture ranked by the size of their change, found here from the closed form. */
    static List<FlowKey> largestChanges(int n) {
        List<FlowKey> trade = new ArrayList<>(ManyFlowsRun.dataset().flows().stream().map(f -> f.key())
                .filter(k -> !k.isDomestic()).toList());
        trade.sort(Comparator.comparingDouble(k -> -Math.abs(ManyFlowsRun.change(k))));
        return trade.subList(0, n);
    }

    @Test
    void moversAreTheLargestTradeChangesOfTheYearLargestFirst() {
        RunDigest d = RunDigest.of(ManyFlowsRun.run());
        List<AnnualFlows.AnnualRow> movers = d.movers(ManyFlowsRun.LAST_YEAR);
        assertEquals(largestChanges(RunDigest.MOVERS), movers.stream().map(AnnualFlows.AnnualRow::flow).toList());
        for (AnnualFlows.AnnualRow a : movers) {
            assertEquals(ManyFlowsRun.change(a.flow()), a.valueUsdM() - a.baselineValueUsdM(), 1e-9);
        }
        // In 2019 each flow has moved half its way: the same ranking.
        assertEquals(largestChanges(RunDigest.MOVERS), d.movers(2019).stream().map(AnnualFlows.AnnualRow::flow).toList());
        assertTrue(d.movers(2018).isEmpty(), "nothing changes in 2018, so nothing moves");
    }

    @Test
    void headlineIsTheLargestChangesOfTheLastYearAndTheKeyYearIsWhenTheyChangeMost() {
        RunDigest d = RunDigest.of(ManyFlowsRun.run());
        assertEquals(largestChanges(RunDigest.MAX_HEADLINE), d.headline());
        assertEquals(ManyFlowsRun.LAST_YEAR, d.keyYear());
        assertEquals(ManyFlowsRun.COUNTRIES * ManyFlowsRun.COUNTRIES, d.flowCount());
        assertTrue(d.manyFlows());
        assertTrue(d.manyCountries());
    }

    @Test
    void aFlowsRowsAreItsRowsOfTheRunInOrderWhateverTheRowLayout() {
        RunResult run = ManyFlowsRun.run();
        // Periods still in order, but each lists its flows in another order: no common block layout.
        List<FlowRow> shuffled = new ArrayList<>();
        int n = run.flows().size() / 3;
        for (int start = 0; start < run.flows().size(); start += n) {
            List<FlowRow> block = new ArrayList<>(run.flows().subList(start, start + n));
            Collections.shuffle(block, new Random(17 + start));
            shuffled.addAll(block);
        }
        RunResult irregular = new RunResult(run.scenario(), run.dataset(), run.pathLabel(), 1.0, shuffled,
                run.welfare(), run.stats());
        FlowKey k = largestChanges(1).get(0);
        FlowKey other = ManyFlowsRun.dataset().flows().get(455).key();
        for (RunResult r : List.of(run, irregular)) {
            RunDigest d = RunDigest.of(r);
            List<FlowRow> expected = r.flows().stream().filter(x -> x.flow().equals(k) || x.flow().equals(other))
                    .toList();
            assertEquals(expected, d.rowsOf(List.of(other, k)));
            assertEquals(largestChanges(RunDigest.MOVERS), d.movers(ManyFlowsRun.LAST_YEAR).stream()
                    .map(AnnualFlows.AnnualRow::flow).toList());
            assertEquals(largestChanges(RunDigest.MAX_HEADLINE), d.headline());
            assertEquals(ManyFlowsRun.LAST_YEAR, d.keyYear());
            List<AnnualFlows.AnnualRow> years = d.annualOf(k);
            assertEquals(List.of(2018, 2019, 2020), years.stream().map(AnnualFlows.AnnualRow::year).toList());
            assertEquals(ManyFlowsRun.change(k), years.get(2).valueUsdM() - years.get(2).baselineValueUsdM(), 1e-9);
        }
    }

    @Test
    void welfareIsEachCountrysSumOverTheYearInDatasetOrder() {
        RunDigest d = RunDigest.of(ManyFlowsRun.run());
        List<String> codes = new ArrayList<>(d.welfare(ManyFlowsRun.LAST_YEAR).keySet());
        assertEquals(ManyFlowsRun.dataset().countries().stream().map(c -> c.code()).toList(), codes);
        for (int i = 0; i < ManyFlowsRun.COUNTRIES; i++) {
            RunDigest.CountryWelfare w = d.welfare(ManyFlowsRun.LAST_YEAR).get(ManyFlowsRun.code(i));
            assertEquals(ManyFlowsRun.net(i), w.netUsdM(), 1e-9);
        }
        List<String> largest = d.largestWelfare(ManyFlowsRun.LAST_YEAR, RunDigest.CountryWelfare::netUsdM, 3);
        // net(i) = 3.25 i − 44.5: largest in size at i = 29 (+49.75), then 28 (+46.5), then 0 (−44.5).
        assertEquals(List.of("C29", "C28", "C00"), largest);
    }
}
