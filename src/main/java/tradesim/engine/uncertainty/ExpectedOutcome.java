package tradesim.engine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.engine.path.NegotiationPath;
import tradesim.model.Dataset;
import tradesim.model.Scenario;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;
import tradesim.results.WelfareRow;

/**
 * The exact expectation over the event tree at the point parameters: every complete path is run
 * and each number of flows.csv and welfare.csv is weighted by the path's probability (no
 * sampling). All paths share one simulation, so the common baseline is solved once.
 */
public final class ExpectedOutcome {

    /** Each path's result, and the probability-weighted rows. */
    public record Expectation(List<RunResult> paths, List<FlowRow> flows, List<WelfareRow> welfare) {
        public Expectation {
            paths = List.copyOf(paths);
            flows = List.copyOf(flows);
            welfare = List.copyOf(welfare);
        }
    }

    private ExpectedOutcome() {
    }

    public static Expectation of(Scenario scenario, Dataset dataset) {
        Simulation sim = new Simulation(scenario, dataset);
        List<RunResult> runs = new ArrayList<>();
        for (NegotiationPath p : new EventTree(scenario).enumerate()) runs.add(sim.run(p));
        return new Expectation(runs, weightedFlows(runs), weightedWelfare(runs));
    }

    /**
     * Rows are in the same order in every path's result, so the i-th rows are summed with the
     * paths' probabilities as weights.
     */
    static List<FlowRow> weightedFlows(List<RunResult> runs) {
        List<FlowRow> out = new ArrayList<>();
        int n = runs.get(0).flows().size();
        for (int i = 0; i < n; i++) {
            FlowRow first = runs.get(0).flows().get(i);
            double[] s = new double[7];
            for (RunResult r : runs) {
                FlowRow f = r.flows().get(i);
                double p = r.pathProbability();
                s[0] += p * f.tariffPct();
                s[1] += p * f.worldPrice();
                s[2] += p * f.baselineValueUsdM();
                s[3] += p * f.valueUsdM();
                s[4] += p * f.creationUsdM();
                s[5] += p * f.diversionUsdM();
                s[6] += p * f.wedgePct();
            }
            out.add(new FlowRow(first.period(), first.flow(), s[0], s[6], s[1], s[2], s[3], s[4], s[5]));
        }
        return out;
    }

    static List<WelfareRow> weightedWelfare(List<RunResult> runs) {
        List<WelfareRow> out = new ArrayList<>();
        int n = runs.get(0).welfare().size();
        for (int i = 0; i < n; i++) {
            WelfareRow first = runs.get(0).welfare().get(i);
            double cs = 0;
            double ps = 0;
            double rev = 0;
            double rent = 0;
            for (RunResult r : runs) {
                WelfareRow w = r.welfare().get(i);
                double p = r.pathProbability();
                cs += p * w.consumerSurplusUsdM();
                ps += p * w.producerSurplusUsdM();
                rev += p * w.tariffRevenueUsdM();
                rent += p * w.quotaRentUsdM();
            }
            out.add(new WelfareRow(first.period(), first.country(), first.product(), cs, ps, rev, rent));
        }
        return out;
    }
}
