package tradesim.engine.uncertainty;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import tradesim.engine.PathPlan;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.engine.path.NegotiationPath;
import tradesim.model.Dataset;
import tradesim.model.FlowKey;
import tradesim.model.ParameterTable;
import tradesim.model.Scenario;
import tradesim.model.UncertainParameter;
import tradesim.results.AnnualFlows;
import tradesim.results.ChangePercent;
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

    /**
     * The same along {@code path} (a path the user chose) instead of the most likely one. Each case
     * fills only the lean period × flow values Monte Carlo uses, the same figures a full run reports,
     * so a case on a half-million-flow import holds two arrays, not a whole result.
     */
    public static List<SensitivityRow> of(Scenario scenario, Dataset dataset, java.util.Optional<FlowKey> headline,
                                          int year, NegotiationPath path) {
        Simulation point = new Simulation(scenario, dataset, ParameterTable.point(dataset, scenario));
        PathPlan plan = point.plan(path);
        YearCells cells = new YearCells(plan.periods(), scenario.horizon().periodMonths(), year, point.flowCount());
        point.values(plan, cells.value, cells.baseline);
        FlowKey flow = headline.or(() -> scenario.headline().stream().findFirst())
                .orElseGet(() -> point.flowOrder().get(cells.largestChange()));
        int rank = point.flowOrder().indexOf(flow);
        if (rank < 0) throw new IllegalArgumentException("no flow " + flow + " in " + year);
        double atPoint = cells.changePct(rank);
        List<UncertainParameter> params = scenario.uncertainty().map(u -> u.parameters()).orElse(List.of());
        new ParameterSampler(params).checkSupport();
        List<SensitivityRow> out = new ArrayList<>();
        for (UncertainParameter u : params) {
            double lo = ParameterSampler.quantile(u, 0.05);
            double hi = ParameterSampler.quantile(u, 0.95);
            point.withOverrides(List.of(ParameterSampler.rule(u, lo))).values(plan, cells.value, cells.baseline);
            double atLo = cells.changePct(rank);
            point.withOverrides(List.of(ParameterSampler.rule(u, hi))).values(plan, cells.value, cells.baseline);
            double atHi = cells.changePct(rank);
            out.add(new SensitivityRow(u.label(), flow, year, lo, hi, atLo, atHi, atPoint));
        }
        return out;
    }

    /**
     * One case's values, [t · flows + rank] as {@link Simulation#values} fills them, and their sums
     * over one calendar year, added period by period as annual.csv adds them.
     */
    private static final class YearCells {
        final double[] value;
        final double[] baseline;
        private final int flows;
        private final int[] periods;
        private final AnnualFlows.YearWeights weights;

        YearCells(List<YearMonth> horizon, int periodMonths, int year, int flows) {
            this.weights = AnnualFlows.YearWeights.of(horizon, periodMonths);
            this.flows = flows;
            this.periods = IntStream.range(0, horizon.size()).filter(t -> horizon.get(t).getYear() == year).toArray();
            if (periods.length == 0) throw new IllegalArgumentException("year " + year + " is outside the horizon");
            this.value = new double[horizon.size() * flows];
            this.baseline = new double[horizon.size() * flows];
        }

        /** 100 (value / baseline − 1) of the flow at {@code rank}, over the year. */
        double changePct(int rank) {
            return ChangePercent.of(sum(value, rank), sum(baseline, rank));
        }

        /** The rank of the flow whose value moves most in the year (the first such, in row order). */
        int largestChange() {
            int best = 0;
            double bestAbs = -1;
            for (int r = 0; r < flows; r++) {
                double d = Math.abs(sum(value, r) - sum(baseline, r));
                if (d > bestAbs) {
                    bestAbs = d;
                    best = r;
                }
            }
            return best;
        }

        private double sum(double[] cells, int rank) {
            double s = 0;
            for (int t : periods) s += weights.weighted(cells[t * flows + rank]);
            return s;
        }
    }
}
