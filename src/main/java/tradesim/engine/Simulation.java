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
        this.baseTariffs = new BaseTariffs(dataset.tariffs());
        this.growth = new GrowthPath(dataset.growth(), dataset.baseYear());
        List<ProductSetup> list = new ArrayList<>();
        for (Product p : dataset.products()) {
            List<Flow> flows = dataset.flowsOf(p.id());
            if (!flows.isEmpty()) list.add(ProductSetup.of(dataset, p.id(), flows, baseTariffs, parameters));
        }
        this.products = List.copyOf(list);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The result along {@code path}. */
    public RunResult run(NegotiationPath path) {
        PolicyTimeline timeline = new PolicyTimeline(scenario, baseTariffs, path);
        List<YearMonth> periods = timeline.periods();
        List<RowKey<FlowRow>> flowRows = new ArrayList<>();
        List<RowKey<WelfareRow>> welfareRows = new ArrayList<>();
        long solvesBefore = solves;
        long hitsBefore = cacheHits;
        for (ProductSetup ps : products) {
            runProduct(ps, timeline, periods, flowRows, welfareRows);
        }
        Comparator<RowKey<?>> order = Comparator.<RowKey<?>>comparingInt(RowKey::period)
                .thenComparingInt(RowKey::first).thenComparingInt(RowKey::second).thenComparingInt(RowKey::product);
        flowRows.sort(order);
        welfareRows.sort(order);
        SolverStats stats = new SolverStats(solves - solvesBefore, cacheHits - hitsBefore, maxResidual, maxIterations);
        return new RunResult(scenario, dataset, path.label(), path.probability(),
                flowRows.stream().map(RowKey::row).toList(), welfareRows.stream().map(RowKey::row).toList(), stats);
    }

    /** A row with the indices that fix its place in the output order. */
    private record RowKey<T>(int period, int first, int second, int product, T row) {
    }

    private void runProduct(ProductSetup ps, PolicyTimeline timeline, List<YearMonth> periods,
                            List<RowKey<FlowRow>> flowRows, List<RowKey<WelfareRow>> welfareRows) {
        ProductMarket mk = ps.market();
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        double months = scenario.horizon().periodMonths();
        double[][] deviation = new double[nm][ns];
        for (int t = 0; t < periods.size(); t++) {
            YearMonth period = periods.get(t);
            PeriodState baseState = baselineState(ps, period);
            PeriodState scenState = scenarioState(ps, timeline, t, baseState);
            Equilibrium eqB;
            Equilibrium eqS;
            try {
                eqB = equilibrium(ps, baseState);
                eqS = equilibrium(ps, scenState);
            } catch (NoConvergenceException | ImpossiblePurchaseException e) {
                throw new SimulationException("scenario " + scenario.name() + ", product " + ps.product()
                        + ", period " + period + ": " + e.getMessage(), e);
            }
            double[][] reported = new double[nm][ns];
            double[][] baseline = new double[nm][ns];
            for (int m = 0; m < nm; m++) {
                for (int s = 0; s < ns; s++) {
                    double qB = eqB.quantity()[m][s];
                    if (qB <= 0.0) continue;
                    double target = Math.log(eqS.quantity()[m][s] / qB);
                    double h = ps.halfLife()[m][s];
                    double lambda = h == 0.0 ? 1.0 : 1.0 - Math.pow(0.5, months / h);
                    deviation[m][s] += lambda * (target - deviation[m][s]);
                    reported[m][s] = eqS.price()[s] * qB * Math.exp(deviation[m][s]);
                    baseline[m][s] = eqB.price()[s] * qB;
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
                FlowRow row = new FlowRow(period, f.key(), scenState.tariff()[m][s] * 100.0, eqS.price()[s],
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

    private Equilibrium equilibrium(ProductSetup ps, PeriodState state) {
        StateKey key = StateKey.of(ps.productOrder(), state);
        Equilibrium eq = memo.get(key);
        if (eq != null) {
            cacheHits++;
            return eq;
        }
        eq = solver.solve(ps.market(), state, null);
        solves++;
        maxResidual = Math.max(maxResidual, eq.maxResidual());
        maxIterations = Math.max(maxIterations, eq.iterations());
        memo.put(key, eq);
        return eq;
    }

    /** The full input of one solve, compared by value. */
    private record StateKey(int product, double[] values) {
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

    /** Keys of the flows listed in the dataset, for callers that need them in output order. */
    public List<FlowKey> listedFlows() {
        List<FlowKey> out = new ArrayList<>();
        for (ProductSetup ps : products) ps.listed().forEach(f -> out.add(f.key()));
        return out;
    }
}
