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

/**
 * Plans the inputs of every equilibrium along a path: per product and period, the baseline state
 * (base tariffs and growth) and the scenario state (the policy in force on top of the same growth),
 * each distinct state kept once. Reads only the markets' structure and base tariffs, never the
 * elasticities, so one planner serves every parameter table of a scenario and dataset.
 */
final class PathPlanner {

    private final Scenario scenario;
    private final GrowthPath growth;
    private final BaseTariffs baseTariffs;
    private final List<ProductSetup> products;

    PathPlanner(Scenario scenario, BaseTariffs baseTariffs, GrowthPath growth,
                List<ProductSetup> products) {
        this.scenario = scenario;
        this.baseTariffs = baseTariffs;
        this.growth = growth;
        this.products = List.copyOf(products);
    }

    PathPlan plan(NegotiationPath path) {
        PolicyTimeline timeline = new PolicyTimeline(scenario, baseTariffs, path);
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
                PeriodState baseState = baselineState(ps, periods.get(t));
                baseline[t] = indexOf(baseState, t, index, states, first);
                scen[t] = indexOf(scenarioState(ps, timeline, t, baseState), t, index, states, first);
            }
            plans[i] = new PathPlan.ProductPlan(states.toArray(PeriodState[]::new),
                    first.stream().mapToInt(Integer::intValue).toArray(), baseline, scen);
        }
        return new PathPlan(scenario, path, periods, plans);
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

    /** Base tariffs and this period's growth: the no-change world. */
    private PeriodState baselineState(ProductSetup ps, YearMonth period) {
        ProductMarket mk = ps.market();
        double[] demand = new double[mk.marketCount()];
        for (int m = 0; m < demand.length; m++) {
            demand[m] = growth.demandFactor(period, mk.markets().get(m), ps.product());
        }
        double[] supply = new double[mk.sourceCount()];
        for (int s = 0; s < supply.length; s++) {
            supply[s] = growth.supplyFactor(period, mk.sources().get(s), ps.product());
        }
        return PeriodState.base(mk, demand, supply);
    }

    /** The policy in force in period t on top of the baseline's growth. */
    private static PeriodState scenarioState(ProductSetup ps, PolicyTimeline timeline, int t, PeriodState base) {
        ProductMarket mk = ps.market();
        String k = ps.product();
        double[][] tariff = new double[mk.marketCount()][mk.sourceCount()];
        double[][] floor = new double[mk.marketCount()][mk.sourceCount()];
        double[] demand = new double[mk.marketCount()];
        double[] price = new double[mk.sourceCount()];
        for (int m = 0; m < mk.marketCount(); m++) {
            String im = mk.markets().get(m);
            demand[m] = base.demandFactor(m) * timeline.demandFactor(t, im, k);
            for (int s = 0; s < mk.sourceCount(); s++) {
                String ex = mk.sources().get(s);
                tariff[m][s] = timeline.tariffPct(t, im, ex, k) / 100.0;
                floor[m][s] = timeline.purchaseFloor(t, im, ex, k);
            }
        }
        double[] supply = new double[mk.sourceCount()];
        for (int s = 0; s < mk.sourceCount(); s++) {
            supply[s] = base.supplyFactor(s);
            price[s] = timeline.priceFactor(t, mk.sources().get(s), k);
        }
        return new PeriodState(tariff, demand, supply, price, floor);
    }
}
