package tradesim.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.engine.equilibrium.ProductMarket;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.timeline.BaseTariffs;
import tradesim.engine.timeline.PolicyTimeline;
import tradesim.model.Scenario;
import tradesim.model.ScheduledRate;

/**
 * Plans the inputs of every equilibrium along a path: per product and period, the baseline state
 * (the baseline layer's policy: base rates, schedules.csv and the scenario's {@code baseline:}
 * events, on this period's growth) and the scenario state (the path's policy on top of the same
 * layer and growth), each distinct state kept once. Reads only the markets' structure and base
 * tariffs, never the elasticities, so one planner serves every parameter table of a scenario and
 * dataset. Quantity constraints and safeguards are not in the states: they depend on each world's
 * own flows, and {@link QuantityPlay} plays them out period by period.
 */
final class PathPlanner {

    private final Scenario scenario;
    private final GrowthPath growth;
    private final BaseTariffs baseTariffs;
    private final List<ScheduledRate> schedules;
    private final List<ProductSetup> products;
    private final PolicyTimeline baselineTimeline;

    PathPlanner(Scenario scenario, BaseTariffs baseTariffs, List<ScheduledRate> schedules, GrowthPath growth,
                List<ProductSetup> products) {
        this.scenario = scenario;
        this.baseTariffs = baseTariffs;
        this.schedules = List.copyOf(schedules);
        this.growth = growth;
        this.products = List.copyOf(products);
        this.baselineTimeline = PolicyTimeline.baseline(scenario, baseTariffs, schedules);
    }

    PathPlan plan(NegotiationPath path) {
        PolicyTimeline timeline = PolicyTimeline.of(scenario, baseTariffs, schedules, path);
        List<YearMonth> periods = timeline.periods();
        PathPlan.ProductPlan[] plans = new PathPlan.ProductPlan[products.size()];
        for (int i = 0; i < plans.length; i++) {
            ProductSetup ps = products.get(i);
            int[] tariffed = tariffedCells(ps, timeline);
            Map<StateKey, Integer> index = new HashMap<>();
            List<PeriodState> states = new ArrayList<>();
            List<Integer> first = new ArrayList<>();
            int[] baseline = new int[periods.size()];
            int[] scen = new int[periods.size()];
            for (int t = 0; t < periods.size(); t++) {
                double[] demand = demandGrowth(ps, periods.get(t));
                double[] supply = supplyGrowth(ps, periods.get(t));
                baseline[t] = indexOf(ps, key(ps, tariffed, baselineTimeline, t, demand, supply), tariffed, t, index,
                        states, first);
                scen[t] = indexOf(ps, key(ps, tariffed, timeline, t, demand, supply), tariffed, t, index, states,
                        first);
            }
            plans[i] = new PathPlan.ProductPlan(states.toArray(PeriodState[]::new),
                    first.stream().mapToInt(Integer::intValue).toArray(), baseline, scen,
                    baselineTimeline.actsOnQuantities(ps.product()), timeline.actsOnQuantities(ps.product()));
        }
        return new PathPlan(scenario, path, periods, plans, baselineTimeline, timeline);
    }

    /**
     * What sets a period's state apart, and nothing else: the rates of the flows that some tariff
     * action of the path's world (the baseline layer and the path) selects, since every other flow
     * keeps its base rate in every period, and the market and source factors. Looking a period up
     * costs these, not every market × source.
     */
    private record StateKey(double[] rates, double[] demand, double[] supply, double[] price) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StateKey k && Arrays.equals(rates, k.rates) && Arrays.equals(demand, k.demand)
                    && Arrays.equals(supply, k.supply) && Arrays.equals(price, k.price);
        }

        @Override
        public int hashCode() {
            return ((Arrays.hashCode(rates) * 31 + Arrays.hashCode(demand)) * 31 + Arrays.hashCode(supply)) * 31
                    + Arrays.hashCode(price);
        }
    }

    /**
     * The cells m · sources + s of the flows some tariff action of the path's world selects. That
     * world is the baseline layer with the path on top, so its actions cover the baseline's too.
     */
    private int[] tariffedCells(ProductSetup ps, PolicyTimeline timeline) {
        ProductMarket mk = ps.market();
        boolean[][] marked = new boolean[mk.marketCount()][mk.sourceCount()];
        timeline.markTariffed(ps.product(), mk.markets(), mk.sources(), marked);
        List<Integer> cells = new ArrayList<>();
        for (int m = 0; m < marked.length; m++) {
            for (int s = 0; s < marked[m].length; s++) {
                if (marked[m][s]) cells.add(m * mk.sourceCount() + s);
            }
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the state with this key among the distinct states so far, adding it (first used in t) if new. */
    private static int indexOf(ProductSetup ps, StateKey key, int[] tariffed, int t, Map<StateKey, Integer> index,
                               List<PeriodState> states, List<Integer> first) {
        Integer k = index.get(key);
        if (k != null) return k;
        index.put(key, states.size());
        states.add(state(ps, key, tariffed));
        first.add(t);
        return states.size() - 1;
    }

    /** A world's key in period t: its rates on the tariffed flows and its factors, on this period's growth. */
    private static StateKey key(ProductSetup ps, int[] tariffed, PolicyTimeline timeline, int t, double[] demandGrowth,
                                double[] supply) {
        ProductMarket mk = ps.market();
        String k = ps.product();
        int ns = mk.sourceCount();
        double[] rates = new double[tariffed.length];
        for (int c = 0; c < tariffed.length; c++) {
            rates[c] = timeline.tariffPct(t, mk.markets().get(tariffed[c] / ns), mk.sources().get(tariffed[c] % ns), k)
                    / 100.0;
        }
        double[] demand = new double[mk.marketCount()];
        for (int m = 0; m < demand.length; m++) demand[m] = demandGrowth[m] * timeline.demandFactor(t, mk.markets().get(m), k);
        double[] price = new double[ns];
        for (int s = 0; s < ns; s++) price[s] = timeline.priceFactor(t, mk.sources().get(s), k);
        return new StateKey(rates, demand, supply, price);
    }

    /** The full state of a new key: base rates (as the timeline gives them: never below 0) with the tariffed flows' rates. */
    private static PeriodState state(ProductSetup ps, StateKey key, int[] tariffed) {
        ProductMarket mk = ps.market();
        int ns = mk.sourceCount();
        double[][] tariff = new double[mk.marketCount()][ns];
        for (int m = 0; m < tariff.length; m++) {
            for (int s = 0; s < ns; s++) tariff[m][s] = Math.max(0.0, mk.baseTariff(m, s));
        }
        for (int c = 0; c < tariffed.length; c++) tariff[tariffed[c] / ns][tariffed[c] % ns] = key.rates()[c];
        return new PeriodState(tariff, key.demand(), key.supply(), key.price(), new double[mk.marketCount()][ns]);
    }

    /** [m] G_m(t), the demand growth of each market. */
    private double[] demandGrowth(ProductSetup ps, YearMonth period) {
        ProductMarket mk = ps.market();
        double[] demand = new double[mk.marketCount()];
        for (int m = 0; m < demand.length; m++) {
            demand[m] = growth.demandFactor(period, mk.markets().get(m), ps.product());
        }
        return demand;
    }

    /** [s] H_s(t), the supply growth of each source. */
    private double[] supplyGrowth(ProductSetup ps, YearMonth period) {
        ProductMarket mk = ps.market();
        double[] supply = new double[mk.sourceCount()];
        for (int s = 0; s < supply.length; s++) {
            supply[s] = growth.supplyFactor(period, mk.sources().get(s), ps.product());
        }
        return supply;
    }
}
