package tradesim.engine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.engine.path.NegotiationPath;
import tradesim.model.Dataset;
import tradesim.model.FlowKey;
import tradesim.model.ParameterTable;
import tradesim.model.Scenario;
import tradesim.model.UncertainParameter;
import tradesim.results.AnnualFlows;
import tradesim.results.AnnualFlows.AnnualRow;
import tradesim.results.RunResult;
import tradesim.results.SensitivityRow;

/**
 * One-at-a-time sensitivity: each uncertain parameter moves to its 5th and then its 95th
 * percentile while everything else stays at its point value, along the default path; the result
 * is the headline flow's % change from baseline in the given year.
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    /**
     * @param headline the flow to report; empty means the scenario's first headline flow, else the
     *                 flow whose value changes most in {@code year} at the point values
     */
    public static List<SensitivityRow> of(Scenario scenario, Dataset dataset, java.util.Optional<FlowKey> headline,
                                          int year) {
        return of(scenario, dataset, headline, year, new EventTree(scenario).mostLikely());
    }

    /** The same along {@code path} (a path the user chose) instead of the most likely one. */
    public static List<SensitivityRow> of(Scenario scenario, Dataset dataset, java.util.Optional<FlowKey> headline,
                                          int year, NegotiationPath path) {
        ParameterTable point = ParameterTable.point(dataset, scenario);
        RunResult base = new Simulation(scenario, dataset, point).run(path);
        FlowKey flow = headline.or(() -> scenario.headline().stream().findFirst())
                .orElseGet(() -> largestChange(base, year));
        double atPoint = changeIn(base, flow, year);
        List<UncertainParameter> params = scenario.uncertainty().map(u -> u.parameters()).orElse(List.of());
        new ParameterSampler(params).checkSupport();
        List<SensitivityRow> out = new ArrayList<>();
        for (UncertainParameter u : params) {
            double lo = ParameterSampler.quantile(u, 0.05);
            double hi = ParameterSampler.quantile(u, 0.95);
            double atLo = changeIn(run(scenario, dataset, point, u, lo, path), flow, year);
            double atHi = changeIn(run(scenario, dataset, point, u, hi, path), flow, year);
            out.add(new SensitivityRow(u.label(), flow, year, lo, hi, atLo, atHi, atPoint));
        }
        return out;
    }

    private static RunResult run(Scenario s, Dataset d, ParameterTable point, UncertainParameter u, double value,
                                 NegotiationPath path) {
        return new Simulation(s, d, point.withOverrides(List.of(ParameterSampler.rule(u, value)))).run(path);
    }

    static double changeIn(RunResult r, FlowKey flow, int year) {
        return AnnualFlows.of(r.flows(), r.scenario().horizon().periodMonths()).stream()
                .filter(a -> a.year() == year && a.flow().equals(flow)).mapToDouble(AnnualRow::changePct)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no flow " + flow + " in " + year));
    }

    private static FlowKey largestChange(RunResult r, int year) {
        FlowKey best = null;
        double bestAbs = -1;
        for (AnnualRow a : AnnualFlows.of(r.flows(), r.scenario().horizon().periodMonths())) {
            double d = Math.abs(a.valueUsdM() - a.baselineValueUsdM());
            if (a.year() == year && d > bestAbs) {
                bestAbs = d;
                best = a.flow();
            }
        }
        if (best == null) throw new IllegalArgumentException("year " + year + " is outside the horizon");
        return best;
    }
}
