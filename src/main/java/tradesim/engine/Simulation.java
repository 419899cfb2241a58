package tradesim.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tradesim.engine.equilibrium.Equilibrium;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.timeline.BaseTariffs;
import tradesim.model.Dataset;
import tradesim.model.Flow;
import tradesim.model.FlowKey;
import tradesim.model.ParameterRule;
import tradesim.model.ParameterTable;
import tradesim.model.Product;
import tradesim.model.Scenario;
import tradesim.results.ConstraintRow;
import tradesim.results.RunResult;
import tradesim.results.SafeguardRow;
import tradesim.results.SolverStats;

/**
 * Runs a scenario along one path: per period and product it solves the baseline and the scenario
 * equilibria, applies partial adjustment to the reported flows, and splits each market's change
 * into creation and diversion (docs/model.md). The work is done by {@link PathPlanner} (the period
 * states), {@link EquilibriumMemo} (solving them once), {@link PartialAdjustment} and
 * {@link RowAssembly} (the rows in output order).
 *
 * <p>Not thread-safe: use one Simulation per thread ({@link #withOverrides} may be called from
 * several).
 */
public final class Simulation {

    private final Scenario scenario;
    private final Dataset dataset;
    private final List<ProductSetup> products;
    private final PathPlanner planner;
    private final FlowOrder flowOrder;
    private final ParameterTable parameters;
    private final EquilibriumMemo memo;

    /** With the point parameters: the dataset's, with the scenario's overrides. */
    public Simulation(Scenario scenario, Dataset dataset) {
        this(scenario, dataset, ParameterTable.point(dataset, scenario));
    }

    /** With an explicit parameter table (one Monte Carlo draw, or a sensitivity case). */
    public Simulation(Scenario scenario, Dataset dataset, ParameterTable parameters) {
        this.scenario = scenario;
        this.dataset = dataset;
        this.parameters = parameters;
        BaseTariffs baseTariffs = new BaseTariffs(dataset.tariffs());
        List<ProductSetup> list = new ArrayList<>();
        Map<String, List<Flow>> byProduct = dataset.flowsByProduct();
        for (Product p : dataset.products()) {
            List<Flow> flows = byProduct.getOrDefault(p.id(), List.of());
            if (!flows.isEmpty()) list.add(ProductSetup.of(dataset, p.id(), flows, baseTariffs, parameters));
        }
        this.products = List.copyOf(list);
        this.planner = new PathPlanner(scenario, baseTariffs, dataset.schedules(),
                new GrowthPath(dataset.growth(), dataset.baseYear()), products);
        this.flowOrder = new FlowOrder(products);
        this.memo = new EquilibriumMemo(scenario, products.size());
    }

    /** A copy of {@code from} with other parameters, sharing everything that does not depend on them. */
    private Simulation(Simulation from, ParameterTable parameters, List<ProductSetup> products) {
        this.scenario = from.scenario;
        this.dataset = from.dataset;
        this.parameters = parameters;
        this.products = List.copyOf(products);
        this.planner = from.planner;
        this.flowOrder = from.flowOrder;
        this.memo = new EquilibriumMemo(scenario, products.size());
    }

    /**
     * This simulation with {@code extra} as the newest parameter overrides (one Monte Carlo draw),
     * as {@code new Simulation(scenario, dataset, parameters.withOverrides(extra))} would be, but
     * without rebuilding the markets or looking up again the values none of {@code extra} can decide.
     * Safe to call from several threads: this simulation is only read.
     */
    public Simulation withOverrides(List<ParameterRule> extra) {
        ParameterTable table = parameters.withOverrides(extra);
        List<ProductSetup> list = new ArrayList<>(products.size());
        for (ProductSetup ps : products) list.add(ps.withParameters(table, extra));
        return new Simulation(this, table, list);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The result along {@code path}. */
    public RunResult run(NegotiationPath path) {
        return run(plan(path));
    }

    /**
     * The period states of every product along {@code path}. They depend on the path and the
     * dataset only, so a plan made by one Simulation serves any other of the same scenario and
     * dataset, whatever its parameters.
     */
    public PathPlan plan(NegotiationPath path) {
        return planner.plan(path);
    }

    /** The result along a plan's path. */
    public RunResult run(PathPlan plan) {
        checkPlan(plan);
        SolverStats before = memo.stats();
        RowAssembly rows = new RowAssembly(flowOrder, plan.periods());
        List<ConstraintRow> constraints = new ArrayList<>();
        List<SafeguardRow> safeguards = new ArrayList<>();
        int months = scenario.horizon().periodMonths();
        for (int i = 0; i < products.size(); i++) {
            ProductSetup ps = products.get(i);
            PathPlan.ProductPlan pp = plan.product(i);
            WorldPath[] w = pp.plays()
                    ? played(ps, pp, plan, memo.solves(i, ps, plan.periods()), safeguards)
                    : RowAssembly.staticWorlds(ps, pp, memo.memoised(i, ps, pp, plan.periods()), plan.periods().size(),
                            months);
            rows.add(i, ps, w[0], w[1], plan.periods());
            constraints.addAll(w[1].constraints);
        }
        constraints.sort(Comparator.comparing(ConstraintRow::period).thenComparing(ConstraintRow::constraint));
        safeguards.sort(Comparator.comparing(SafeguardRow::safeguard).thenComparingInt(SafeguardRow::safeguardYear));
        SolverStats after = memo.stats();
        // Counts are this run's; the residual and iterations are the worst this simulation has seen.
        SolverStats stats = new SolverStats(after.solves() - before.solves(), after.cacheHits() - before.cacheHits(),
                after.maxResidual(), after.maxIterations());
        NegotiationPath path = plan.path();
        return new RunResult(scenario, dataset, path.label(), path.probability(), rows.flowRows(), rows.welfareRows(),
                stats, constraints, safeguards);
    }

    /** A product whose worlds feed their own flows back into their policy: both played period by period. */
    private WorldPath[] played(ProductSetup ps, PathPlan.ProductPlan pp, PathPlan plan, QuantityPlay.Solves solves,
                               List<SafeguardRow> safeguards) {
        int n = plan.periods().size();
        int months = scenario.horizon().periodMonths();
        PeriodState[] plannedB = new PeriodState[n];
        PeriodState[] plannedS = new PeriodState[n];
        for (int t = 0; t < n; t++) {
            plannedB[t] = pp.states()[pp.baseline()[t]];
            plannedS[t] = pp.states()[pp.scenario()[t]];
        }
        WorldPath base = new QuantityPlay(scenario.name(), ps, dataset, plan.baselineTimeline(), plan.periods(), months)
                .play(plannedB, null, solves, null);
        WorldPath scen = new QuantityPlay(scenario.name(), ps, dataset, plan.scenarioTimeline(), plan.periods(), months)
                .play(plannedS, base, solves, safeguards);
        return new WorldPath[] {base, scen};
    }

    /**
     * The lean form of {@link #run(PathPlan)} for Monte Carlo: only each listed flow's reported value
     * and baseline value, written at {@code [t * flowCount() + rank]} with rank its place in the
     * output row order, from exactly the arithmetic of {@code run}. Every distinct state is solved
     * here (the memo is not consulted), and the figures returned are those {@code run} would report
     * on a fresh Simulation. A product with quantity constraints or safeguards is played out on the
     * draw's own flows; its safeguards' rows go to {@code safeguards} when it is not null.
     */
    public SolverStats values(PathPlan plan, double[] value, double[] baseline, List<SafeguardRow> safeguards) {
        checkPlan(plan);
        int periods = plan.periods().size();
        int flowCount = flowOrder.count();
        int cells = periods * flowCount;
        if (value.length < cells || baseline.length < cells) {
            throw new IllegalArgumentException("value and baseline need " + cells + " cells");
        }
        long solved = 0;
        long hits = 0;
        double worst = 0.0;
        int most = 0;
        double months = scenario.horizon().periodMonths();
        for (int i = 0; i < products.size(); i++) {
            ProductSetup ps = products.get(i);
            PathPlan.ProductPlan pp = plan.product(i);
            List<ProductSetup.Listed> listed = ps.listed();
            if (pp.plays()) {
                EquilibriumMemo.DrawSolves solves = memo.draw(ps, plan.periods());
                WorldPath[] w = played(ps, pp, plan, solves, safeguards);
                for (int t = 0; t < periods; t++) {
                    worst = Math.max(worst, Math.max(w[0].eq[t].maxResidual(), w[1].eq[t].maxResidual()));
                    most = Math.max(most, Math.max(w[0].eq[t].iterations(), w[1].eq[t].iterations()));
                    for (int f = 0; f < listed.size(); f++) {
                        int c = w[1].cell(t, listed.get(f).market(), listed.get(f).source());
                        int at = t * flowCount + flowOrder.rank(i, f);
                        value[at] = w[1].value[c];
                        baseline[at] = w[0].value[c];
                    }
                }
                solved += solves.solved;
                hits += solves.hits;
                continue;
            }
            Equilibrium[] eq = memo.solveEach(ps, pp, plan.periods());
            for (Equilibrium e : eq) {
                worst = Math.max(worst, e.maxResidual());
                most = Math.max(most, e.iterations());
            }
            solved += eq.length;
            hits += 2L * periods - eq.length;
            for (int f = 0; f < listed.size(); f++) {
                int m = listed.get(f).market();
                int s = listed.get(f).source();
                PartialAdjustment.flowPath(eq, pp.baseline(), pp.scenario(), m, s,
                        PartialAdjustment.share(ps.halfLife()[m][s], months), value, baseline, flowOrder.rank(i, f),
                        flowCount);
            }
        }
        return new SolverStats(solved, hits, worst, most);
    }

    /** {@link #values(PathPlan, double[], double[], List)} without safeguard rows. */
    public SolverStats values(PathPlan plan, double[] value, double[] baseline) {
        return values(plan, value, baseline, null);
    }

    /** Listed flows per period: the width of a row of {@link #values}. */
    public int flowCount() {
        return flowOrder.count();
    }

    /** The listed flows in output row order: entry r is the flow at rank r of {@link #values}. */
    public List<FlowKey> flowOrder() {
        return flowOrder.keys();
    }

    private void checkPlan(PathPlan plan) {
        // Identity, not equality: plans come from this simulation or one it was derived from, and
        // comparing 156 months per draw showed in the allocation profile.
        if (plan.productCount() != products.size() || plan.scenario() != scenario) {
            throw new IllegalArgumentException("plan of another scenario or dataset");
        }
    }
}
