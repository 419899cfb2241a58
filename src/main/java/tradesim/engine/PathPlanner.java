package tradesim.engine;

import java.time.YearMonth;
import java.util.ArrayList;
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
            // A state compares by value, so it is its own key.
            Map<PeriodState, Integer> index = new HashMap<>();
            List<PeriodState> states = new ArrayList<>();
            List<Integer> first = new ArrayList<>();
            int[] baseline = new int[periods.size()];
            int[] scen = new int[periods.size()];
            for (int t = 0; t < periods.size(); t++) {
                double[] demand = demandGrowth(ps, periods.get(t));
                double[] supply = supplyGrowth(ps, periods.get(t));
                baseline[t] = indexOf(state(ps, baselineTimeline, t, demand, supply), t, index, states, first);
                scen[t] = indexOf(state(ps, timeline, t, demand, supply), t, index, states, first);
            }
            plans[i] = new PathPlan.ProductPlan(states.toArray(PeriodState[]::new),
                    first.stream().mapToInt(Integer::intValue).toArray(), baseline, scen,
                    baselineTimeline.actsOnQuantities(ps.product()), timeline.actsOnQuantities(ps.product()));
        }
        return new PathPlan(scenario, path, periods, plans, baselineTimeline, timeline);
    }

    /** The index of {@code state} among the distinct states so far, adding it (first used in t) if new. */
    private static int indexOf(PeriodState state, int t, Map<PeriodState, Integer> index, List<PeriodState> states,
                               List<Integer> first) {
        Integer k = index.get(state);
        if (k != null) return k;
        index.put(state, states.size());
        states.add(state);
        first.add(t);
        return states.size() - 1;
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

    /** The policy a world has in force in period t, on top of this period's growth. */
    private static PeriodState state(ProductSetup ps, PolicyTimeline timeline, int t, double[] demandGrowth,
                                     double[] supply) {
        ProductMarket mk = ps.market();
        String k = ps.product();
        double[][] tariff = new double[mk.marketCount()][mk.sourceCount()];
        double[] demand = new double[mk.marketCount()];
        double[] price = new double[mk.sourceCount()];
        for (int m = 0; m < mk.marketCount(); m++) {
            String im = mk.markets().get(m);
            demand[m] = demandGrowth[m] * timeline.demandFactor(t, im, k);
            for (int s = 0; s < mk.sourceCount(); s++) {
                tariff[m][s] = timeline.tariffPct(t, im, mk.sources().get(s), k) / 100.0;
            }
        }
        for (int s = 0; s < mk.sourceCount(); s++) price[s] = timeline.priceFactor(t, mk.sources().get(s), k);
        return new PeriodState(tariff, demand, supply, price, new double[mk.marketCount()][mk.sourceCount()]);
    }
}
