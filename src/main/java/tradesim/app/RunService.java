package tradesim.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import tradesim.chart.HeadlineFlows;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.uncertainty.Banding;
import tradesim.engine.uncertainty.ExpectedOutcome;
import tradesim.engine.uncertainty.MonteCarlo;
import tradesim.engine.uncertainty.UnusableDistributionException;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.model.Uncertainty;
import tradesim.output.RunJson;
import tradesim.results.BandRow;
import tradesim.results.DrawResults;
import tradesim.results.TriggerFrequency;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;

/**
 * Runs a scenario: one path through its event tree (chosen outcomes, the most likely elsewhere), and
 * on request Monte Carlo draws over paths and uncertain parameters. Planning checks the choices
 * before anything heavy runs, so a front door can check its output folder in between.
 */
public final class RunService {

    /** The seed used when neither the request nor uncertainty.seed gives one. */
    public static final long DEFAULT_SEED = 1L;

    /** Monte Carlo settings; {@code seed} empty means the scenario's uncertainty.seed. */
    public record DrawRequest(int draws, Optional<Long> seed, int threads) {
        public DrawRequest {
            if (draws < 1) throw new IllegalArgumentException("draws must be at least 1 (found " + draws + ")");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1 (found " + threads + ")");
        }
    }

    /** A scenario with its path chosen, ready to run. */
    public static final class RunPlan {
        private final LoadedScenario scenario;
        private final NegotiationPath path;

        private RunPlan(LoadedScenario scenario, NegotiationPath path) {
            this.scenario = scenario;
            this.path = path;
        }

        public LoadedScenario scenario() {
            return scenario;
        }

        NegotiationPath path() {
            return path;
        }
    }

    /**
     * What the draws gave: bands per period and per year, each path's probability (event tree order)
     * and how often the draws took it, and the figures run.json records.
     */
    public record DrawsOutcome(List<BandRow> bands, List<BandRow> annualBands, Map<String, Double> pathProbabilities,
                               Map<String, Long> pathCounts, RunJson.DrawInfo info, List<RunResult> pathRuns,
                               List<TriggerFrequency> triggers) {

        /**
         * What the charts and the report need of the draws: the bands, how often each path came up, each
         * path's result, and how often each safeguard triggered.
         */
        public DrawResults chartData() {
            return new DrawResults(info.draws(), bands, pathCounts, pathRuns, triggers);
        }
    }

    /** The point run along the chosen path, and the draws when asked for. */
    public record RunOutcome(LoadedScenario scenario, RunResult point, Optional<DrawsOutcome> draws) {
    }

    private RunService() {
    }

    /**
     * Takes the {@code choices} (event id → outcome id) through the scenario's event tree.
     *
     * @throws InputException naming the scenario's source when a choice names no event or outcome
     */
    public static RunPlan plan(LoadedScenario ls, Map<String, String> choices) throws InputException {
        try {
            return new RunPlan(ls, new EventTree(ls.scenario()).choose(choices));
        } catch (IllegalArgumentException e) {
            throw new InputException(Problem.ofFile(ls.scenario().sourceFile(), "--path: " + e.getMessage()));
        }
    }

    /**
     * Runs the plan, and the draws when {@code draws} is present.
     *
     * @param progress hears the number of finished draws, from worker threads
     * @throws InputException when the uncertainty block names a distribution that cannot give valid values
     * @throws RunFailure when a period cannot be solved
     */
    public static RunOutcome run(RunPlan plan, Optional<DrawRequest> draws, LongConsumer progress)
            throws InputException {
        LoadedScenario ls = plan.scenario;
        RunResult point = RunFailure.around(() -> new Simulation(ls.scenario(), ls.dataset()).run(plan.path));
        if (draws.isEmpty()) return new RunOutcome(ls, point, Optional.empty());
        try {
            return new RunOutcome(ls, point,
                    Optional.of(RunFailure.around(() -> draw(ls, point, draws.get(), progress))));
        } catch (UnusableDistributionException e) {
            throw new InputException(Problem.ofFile(ls.scenario().sourceFile(), e.getMessage()));
        }
    }

    /**
     * The series the draws give bands for: every flow, or on a large dataset the run's headline flows
     * (those its charts, report and summary feature) and the totals by importer, exporter and product.
     */
    private static Banding banding(LoadedScenario ls, RunResult point) {
        return Banding.isLarge(ls.dataset()) ? new Banding.HeadlineAndTotals(HeadlineFlows.of(point)) : Banding.PER_FLOW;
    }

    private static DrawsOutcome draw(LoadedScenario ls, RunResult point, DrawRequest request, LongConsumer progress) {
        long seed = request.seed()
                .orElseGet(() -> ls.scenario().uncertainty().map(Uncertainty::seed).orElse(DEFAULT_SEED));
        Banding banding = banding(ls, point);
        MonteCarlo mc = new MonteCarlo(ls.scenario(), ls.dataset(), banding);
        long start = System.nanoTime();
        MonteCarlo.Summary summary = mc.run(seed, request.draws(), request.threads(), progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (NegotiationPath p : new EventTree(ls.scenario()).enumerate()) probabilities.put(p.label(), p.probability());
        // Each path at the point parameters, so a chart can show where each branch leads.
        List<RunResult> pathRuns = probabilities.size() < 2 ? List.of()
                : ExpectedOutcome.of(ls.scenario(), ls.dataset()).paths();
        return new DrawsOutcome(summary.bands(), summary.annualBands(), probabilities, summary.pathCounts(),
                new RunJson.DrawInfo(seed, request.draws(), seconds, summary.stats(), banding.key()), pathRuns,
                summary.triggers());
    }
}
