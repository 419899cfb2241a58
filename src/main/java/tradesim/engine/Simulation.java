package tradesim.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tradesim.engine.equilibrium.Equilibrium;
import tradesim.engine.equilibrium.EquilibriumSolver;
import tradesim.engine.equilibrium.ImpossiblePurchaseException;
import tradesim.engine.equilibrium.NoConvergenceException;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.engine.equilibrium.ProductMarket;
import tradesim.engine.equilibrium.TradeSplit;
import tradesim.engine.equilibrium.WelfareChange;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.timeline.BaseTariffs;
import tradesim.engine.timeline.PolicyTimeline;
import tradesim.model.Dataset;
import tradesim.model.Flow;
import tradesim.model.FlowKey;
import tradesim.model.ParameterRule;
import tradesim.model.ParameterTable;
import tradesim.model.Product;
import tradesim.model.Scenario;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;
import tradesim.results.SolverStats;
import tradesim.results.WelfareRow;

/**
 * Runs a scenario along one path: per period and product it solves the baseline and the scenario
 * equilibria, applies partial adjustment to the reported flows, and splits each market's change
 * into creation and diversion (DESIGN.md, The engine).
 *
 * <p>Equilibria are memoised by their full input, so periods with the same policy state and
 * growth are solved once, and a scenario state equal to the baseline state reuses the baseline's
 * equilibrium: with no events the scenario equals the baseline bit for bit. Every solve starts
 * from base prices, so an equilibrium is a pure function of its input and the memo can never make
 * a result depend on the order of work. Not thread-safe: use one Simulation per thread.
 */
public final class Simulation {

    private final Scenario scenario;
    private final Dataset dataset;
    private final BaseTariffs baseTariffs;
    private final GrowthPath growth;
    private final List<ProductSetup> products;
    private final EquilibriumSolver solver = new EquilibriumSolver();
    private final Map<StateKey, Equilibrium> memo = new HashMap<>();
    private final ParameterTable parameters;
    private final int flowCount;
    private final int[][] flowRank;
    private long solves;
    private long cacheHits;
    private double maxResidual;
    private int maxIterations;

    /** With the dataset's parameters and the scenario's overrides. */
    public Simulation(Scenario scenario, Dataset dataset) {
        this(scenario, dataset, new ParameterTable(dataset.parameters()).withOverrides(scenario.parameters()));
    }

    /** With an explicit parameter table (one Monte Carlo draw, or a sensitivity case). */
    public Simulation(Scenario scenario, Dataset dataset, ParameterTable parameters) {
        this.scenario = scenario;
        this.dataset = dataset;
        this.parameters = parameters;
        this.baseTariffs = new BaseTariffs(dataset.tariffs());
        this.growth = new GrowthPath(dataset.growth(), dataset.baseYear());
        List<ProductSetup> list = new ArrayList<>();
        for (Product p : dataset.products()) {
            List<Flow> flows = dataset.flowsOf(p.id());
            if (!flows.isEmpty()) list.add(ProductSetup.of(dataset, p.id(), flows, baseTariffs, parameters));
        }
        this.products = List.copyOf(list);
        // Each listed flow's place within a period in the output order (importer, exporter, product).
        List<int[]> all = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            ProductSetup ps = products.get(i);
            for (int f = 0; f < ps.listed().size(); f++) {
                ProductSetup.Listed l = ps.listed().get(f);
                all.add(new int[] {l.importerOrder(), l.exporterOrder(), ps.productOrder(), i, f});
            }
        }
        all.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]).thenComparingInt(a -> a[2]));
        this.flowCount = all.size();
        this.flowRank = new int[products.size()][];
        for (int i = 0; i < products.size(); i++) flowRank[i] = new int[products.get(i).listed().size()];
        for (int r = 0; r < all.size(); r++) flowRank[all.get(r)[3]][all.get(r)[4]] = r;
    }

    /** A copy of {@code from} with other parameters, sharing everything that does not depend on them. */
    private Simulation(Simulation from, ParameterTable parameters, List<ProductSetup> products) {
        this.scenario = from.scenario;
        this.dataset = from.dataset;
        this.parameters = parameters;
        this.baseTariffs = from.baseTariffs;
        this.growth = from.growth;
        this.products = List.copyOf(products);
        this.flowCount = from.flowCount;
        this.flowRank = from.flowRank;
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
        PolicyTimeline timeline = new PolicyTimeline(scenario, baseTariffs, path);
        List<YearMonth> periods = timeline.periods();
        PathPlan.ProductPlan[] plans = new PathPlan.ProductPlan[products.size()];
        for (int i = 0; i < plans.length; i++) {
            ProductSetup ps = products.get(i);
            Map<StateKey, Integer> index = new HashMap<>();
            List<PeriodState> states = new ArrayList<>();
            List<StateKey> keys = new ArrayList<>();
            List<Integer> first = new ArrayList<>();
            int[] baseline = new int[periods.size()];
            int[] scen = new int[periods.size()];
            for (int t = 0; t < periods.size(); t++) {
                PeriodState baseState = baselineState(ps, periods.get(t));
                PeriodState scenState = scenarioState(ps, timeline, t, baseState);
                for (int which = 0; which < 2; which++) {
                    PeriodState st = which == 0 ? baseState : scenState;
                    StateKey key = StateKey.of(ps.productOrder(), st);
                    Integer k = index.get(key);
                    if (k == null) {
                        k = states.size();
                        index.put(key, k);
                        states.add(st);
                        keys.add(key);
                        first.add(t);
                    }
                    if (which == 0) baseline[t] = k;
                    else scen[t] = k;
                }
            }
            plans[i] = new PathPlan.ProductPlan(states.toArray(PeriodState[]::new), keys.toArray(StateKey[]::new),
                    first.stream().mapToInt(Integer::intValue).toArray(), baseline, scen);
        }
        return new PathPlan(scenario, path, periods, plans);
    }

    /** The result along a plan's path. */
    public RunResult run(PathPlan plan) {
        checkPlan(plan);
        List<YearMonth> periods = plan.periods();
        List<RowKey<FlowRow>> flowRows = new ArrayList<>();
        List<RowKey<WelfareRow>> welfareRows = new ArrayList<>();
        long solvesBefore = solves;
        long hitsBefore = cacheHits;
        for (int i = 0; i < products.size(); i++) {
            ProductSetup ps = products.get(i);
            PathPlan.ProductPlan pp = plan.product(i);
            runProduct(ps, pp, memoised(ps, pp, periods), periods, flowRows, welfareRows);
        }
        Comparator<RowKey<?>> order = Comparator.<RowKey<?>>comparingInt(RowKey::period)
                .thenComparingInt(RowKey::first).thenComparingInt(RowKey::second).thenComparingInt(RowKey::product);
        flowRows.sort(order);
        welfareRows.sort(order);
        SolverStats stats = new SolverStats(solves - solvesBefore, cacheHits - hitsBefore, maxResidual, maxIterations);
        NegotiationPath path = plan.path();
        return new RunResult(scenario, dataset, path.label(), path.probability(),
                flowRows.stream().map(RowKey::row).toList(), welfareRows.stream().map(RowKey::row).toList(), stats);
    }

    /**
     * The lean form of {@link #run(PathPlan)} for Monte Carlo: only each listed flow's reported value
     * and baseline value, written at {@code [t * flowCount() + rank]} with rank its place in the
     * output row order, from exactly the arithmetic of {@code run}. Every distinct state is solved
     * here (the memo is not consulted), and the figures returned are those {@code run} would report
     * on a fresh Simulation.
     */
    public SolverStats values(PathPlan plan, double[] value, double[] baseline) {
        checkPlan(plan);
        int periods = plan.periods().size();
        int cells = periods * flowCount;
        if (value.length < cells || baseline.length < cells) {
            throw new IllegalArgumentException("value and baseline need " + cells + " cells");
        }
        long solvedHere = 0;
        long hitsHere = 0;
        double worst = 0.0;
        int most = 0;
        double months = scenario.horizon().periodMonths();
        for (int i = 0; i < products.size(); i++) {
            ProductSetup ps = products.get(i);
            PathPlan.ProductPlan pp = plan.product(i);
            Equilibrium[] eq = new Equilibrium[pp.states().length];
            for (int k = 0; k < eq.length; k++) {
                eq[k] = solve(ps, pp.states()[k], plan.periods().get(pp.firstPeriod()[k]));
                worst = Math.max(worst, eq[k].maxResidual());
                most = Math.max(most, eq[k].iterations());
            }
            solvedHere += eq.length;
            hitsHere += 2L * periods - eq.length;
            List<ProductSetup.Listed> listed = ps.listed();
            int[] rank = flowRank[i];
            for (int f = 0; f < listed.size(); f++) {
                int m = listed.get(f).market();
                int s = listed.get(f).source();
                double lambda = adjustmentShare(ps.halfLife()[m][s], months);
                double deviation = 0.0;
                double target = 0.0;
                int lastB = -1;
                int lastS = -1;
                for (int t = 0; t < periods; t++) {
                    int c = t * flowCount + rank[f];
                    Equilibrium eqB = eq[pp.baseline()[t]];
                    Equilibrium eqS = eq[pp.scenario()[t]];
                    double qB = eqB.quantity(m, s);
                    if (qB <= 0.0) {
                        value[c] = 0.0;
                        baseline[c] = 0.0;
                        continue;
                    }
                    // The equilibrium deviation is a function of the pair of states; most periods repeat it.
                    if (pp.baseline()[t] != lastB || pp.scenario()[t] != lastS) {
                        target = Math.log(eqS.quantity(m, s) / qB);
                        lastB = pp.baseline()[t];
                        lastS = pp.scenario()[t];
                    }
                    deviation += lambda * (target - deviation);
                    value[c] = eqS.price(s) * qB * Math.exp(deviation);
                    baseline[c] = eqB.price(s) * qB;
                }
            }
        }
        return new SolverStats(solvedHere, hitsHere, worst, most);
    }

    /** Listed flows per period: the width of a row of {@link #values}. */
    public int flowCount() {
        return flowCount;
    }

    /** The listed flows in output row order: entry r is the flow at rank r of {@link #values}. */
    public List<FlowKey> flowOrder() {
        FlowKey[] keys = new FlowKey[flowCount];
        for (int i = 0; i < products.size(); i++) {
            List<ProductSetup.Listed> listed = products.get(i).listed();
            for (int f = 0; f < listed.size(); f++) keys[flowRank[i][f]] = listed.get(f).key();
        }
        return List.of(keys);
    }

    private void checkPlan(PathPlan plan) {
        // Identity, not equality: plans come from this simulation or one it was derived from, and
        // comparing 156 months per draw showed in the allocation profile.
        if (plan.productCount() != products.size() || plan.scenario() != scenario) {
            throw new IllegalArgumentException("plan of another scenario or dataset");
        }
    }

    /** Each distinct state's equilibrium, from the memo or solved (and then remembered). */
    private Equilibrium[] memoised(ProductSetup ps, PathPlan.ProductPlan pp, List<YearMonth> periods) {
        Equilibrium[] eq = new Equilibrium[pp.states().length];
        for (int k = 0; k < eq.length; k++) {
            StateKey key = pp.keys()[k];
            Equilibrium e = memo.get(key);
            if (e != null) {
                cacheHits++;
            } else {
                e = solve(ps, pp.states()[k], periods.get(pp.firstPeriod()[k]));
                solves++;
                maxResidual = Math.max(maxResidual, e.maxResidual());
                maxIterations = Math.max(maxIterations, e.iterations());
                memo.put(key, e);
            }
            eq[k] = e;
        }
        // Every other use of a state within this path was a memo hit before plans existed.
        cacheHits += 2L * periods.size() - eq.length;
        return eq;
    }

    private Equilibrium solve(ProductSetup ps, PeriodState state, YearMonth period) {
        try {
            return solver.solve(ps.market(), state, null);
        } catch (NoConvergenceException | ImpossiblePurchaseException e) {
            throw new SimulationException("scenario " + scenario.name() + ", product " + ps.product()
                    + ", period " + period + ": " + e.getMessage(), e);
        }
    }

    /**
     * The share λ = 1 − 0.5^(Δ/h) of the gap to the new equilibrium that a flow closes each period
     * (DESIGN.md, Adjustment over time); h = 0 closes it at once.
     */
    static double adjustmentShare(double halfLifeMonths, double periodMonths) {
        return halfLifeMonths == 0.0 ? 1.0 : 1.0 - Math.pow(0.5, periodMonths / halfLifeMonths);
    }

    /** A row with the indices that fix its place in the output order. */
    private record RowKey<T>(int period, int first, int second, int product, T row) {
    }

    private void runProduct(ProductSetup ps, PathPlan.ProductPlan pp, Equilibrium[] eqs, List<YearMonth> periods,
                            List<RowKey<FlowRow>> flowRows, List<RowKey<WelfareRow>> welfareRows) {
        ProductMarket mk = ps.market();
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        double months = scenario.horizon().periodMonths();
        double[][] deviation = new double[nm][ns];
        double[][] halfLife = ps.halfLife();
        for (int t = 0; t < periods.size(); t++) {
            YearMonth period = periods.get(t);
            PeriodState baseState = pp.states()[pp.baseline()[t]];
            PeriodState scenState = pp.states()[pp.scenario()[t]];
            Equilibrium eqB = eqs[pp.baseline()[t]];
            Equilibrium eqS = eqs[pp.scenario()[t]];
            double[][] reported = new double[nm][ns];
            double[][] baseline = new double[nm][ns];
            for (int m = 0; m < nm; m++) {
                for (int s = 0; s < ns; s++) {
                    double qB = eqB.quantity(m, s);
                    if (qB <= 0.0) continue;
                    double target = Math.log(eqS.quantity(m, s) / qB);
                    double lambda = adjustmentShare(halfLife[m][s], months);
                    deviation[m][s] += lambda * (target - deviation[m][s]);
                    reported[m][s] = eqS.price(s) * qB * Math.exp(deviation[m][s]);
                    baseline[m][s] = eqB.price(s) * qB;
                }
            }
            double[][] creation = new double[nm][ns];
            double[][] diversion = new double[nm][ns];
            for (int m = 0; m < nm; m++) {
                double[] importsB = new double[ns];
                double[] importsS = new double[ns];
                for (int s = 0; s < ns; s++) {
                    if (ps.isDomestic(m, s)) continue;
                    importsB[s] = baseline[m][s];
                    importsS[s] = reported[m][s];
                }
                TradeSplit split = TradeSplit.of(importsB, importsS);
                for (int s = 0; s < ns; s++) {
                    if (ps.isDomestic(m, s)) continue;
                    creation[m][s] = split.creation(s);
                    diversion[m][s] = split.diversion(s);
                }
            }
            for (ProductSetup.Listed f : ps.listed()) {
                int m = f.market();
                int s = f.source();
                FlowRow row = new FlowRow(period, f.key(), scenState.tariff(m, s) * 100.0, eqS.price(s),
                        baseline[m][s], reported[m][s], creation[m][s], diversion[m][s]);
                flowRows.add(new RowKey<>(t, f.importerOrder(), f.exporterOrder(), ps.productOrder(), row));
            }
            WelfareChange w = WelfareChange.between(mk, baseState, eqB, scenState, eqS);
            for (ProductSetup.Participant c : ps.participants()) {
                double cs = c.market() >= 0 ? w.consumerSurplus(c.market()) : 0.0;
                double rev = c.market() >= 0 ? w.tariffRevenue(c.market()) : 0.0;
                double prod = c.source() >= 0 ? w.producerSurplus(c.source()) : 0.0;
                WelfareRow row = new WelfareRow(period, c.code(), ps.product(), cs, prod, rev);
                welfareRows.add(new RowKey<>(t, c.countryOrder(), 0, ps.productOrder(), row));
            }
        }
    }

    private PeriodState baselineState(ProductSetup ps, YearMonth period) {
        ProductMarket mk = ps.market();
        double[][] tariff = new double[mk.marketCount()][mk.sourceCount()];
        for (int m = 0; m < mk.marketCount(); m++) {
            for (int s = 0; s < mk.sourceCount(); s++) tariff[m][s] = mk.baseTariff(m, s);
        }
        double[] demand = new double[mk.marketCount()];
        for (int m = 0; m < demand.length; m++) {
            demand[m] = growth.demandFactor(period, mk.markets().get(m), ps.product());
        }
        double[] supply = new double[mk.sourceCount()];
        double[] price = new double[mk.sourceCount()];
        for (int s = 0; s < supply.length; s++) {
            supply[s] = growth.supplyFactor(period, mk.sources().get(s), ps.product());
            price[s] = 1.0;
        }
        return new PeriodState(tariff, demand, supply, price, new double[mk.marketCount()][mk.sourceCount()]);
    }

    private PeriodState scenarioState(ProductSetup ps, PolicyTimeline timeline, int t, PeriodState base) {
        ProductMarket mk = ps.market();
        String k = ps.product();
        double[][] tariff = new double[mk.marketCount()][mk.sourceCount()];
        double[][] floor = new double[mk.marketCount()][mk.sourceCount()];
        double[] demand = base.demandFactor().clone();
        double[] price = new double[mk.sourceCount()];
        for (int m = 0; m < mk.marketCount(); m++) {
            String im = mk.markets().get(m);
            demand[m] *= timeline.demandFactor(t, im, k);
            for (int s = 0; s < mk.sourceCount(); s++) {
                String ex = mk.sources().get(s);
                tariff[m][s] = timeline.tariffPct(t, im, ex, k) / 100.0;
                floor[m][s] = timeline.purchaseFloor(t, im, ex, k);
            }
        }
        for (int s = 0; s < mk.sourceCount(); s++) price[s] = timeline.priceFactor(t, mk.sources().get(s), k);
        return new PeriodState(tariff, demand, base.supplyFactor(), price, floor);
    }

    /** The full input of one solve, compared by value. */
    record StateKey(int product, double[] values) {
        static StateKey of(int product, PeriodState s) {
            int nm = s.demandFactor().length;
            int ns = s.supplyFactor().length;
            double[] v = new double[2 * nm * ns + nm + 2 * ns];
            int i = 0;
            for (int m = 0; m < nm; m++) {
                for (int j = 0; j < ns; j++) {
                    v[i++] = s.tariff()[m][j];
                    v[i++] = s.purchaseFloor()[m][j];
                }
                v[i++] = s.demandFactor()[m];
            }
            for (int j = 0; j < ns; j++) {
                v[i++] = s.supplyFactor()[j];
                v[i++] = s.priceFactor()[j];
            }
            return new StateKey(product, v);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StateKey k && k.product == product && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return 31 * product + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "StateKey[" + product + "]";
        }
    }
}
