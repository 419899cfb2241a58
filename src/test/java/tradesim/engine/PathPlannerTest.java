package tradesim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.engine.equilibrium.ProductMarket;
import tradesim.engine.path.EventTree;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.timeline.BaseTariffs;
import tradesim.engine.timeline.PolicyTimeline;
import tradesim.model.Dataset;
import tradesim.model.Flow;
import tradesim.model.ParameterTable;
import tradesim.model.Product;
import tradesim.model.Scenario;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/**
 * The planner looks a period up by the rates of the flows some action selects; the states it plans
 * must still hold, in every cell, the rate the policy timeline gives that flow, and be distinct.
 */
class PathPlannerTest {

    @Test
    void everyPlannedStateHoldsTheTimelinesRateInEveryCellOnEveryPath() throws Exception {
        LoadedScenario ls = ScenarioLoader.load(Path.of("scenarios/us-japan-2018/negotiation-tree-2018.yaml"),
                Optional.empty());
        Scenario scenario = ls.scenario();
        Dataset dataset = ls.dataset();
        BaseTariffs base = new BaseTariffs(dataset.tariffs());
        ParameterTable parameters = ParameterTable.point(dataset, scenario);
        List<ProductSetup> products = new ArrayList<>();
        for (Product p : dataset.products()) {
            List<Flow> flows = dataset.flowsOf(p.id());
            if (!flows.isEmpty()) products.add(ProductSetup.of(dataset, p.id(), flows, base, parameters));
        }
        PathPlanner planner = new PathPlanner(scenario, base, dataset.schedules(),
                new GrowthPath(dataset.growth(), dataset.baseYear()), products);
        PolicyTimeline baseline = PolicyTimeline.baseline(scenario, base, dataset.schedules());
        int checked = 0;
        for (NegotiationPath path : new EventTree(scenario).enumerate()) {
            PathPlan plan = planner.plan(path);
            PolicyTimeline world = PolicyTimeline.of(scenario, base, dataset.schedules(), path);
            for (int i = 0; i < products.size(); i++) {
                ProductMarket mk = products.get(i).market();
                PathPlan.ProductPlan pp = plan.product(i);
                for (int t = 0; t < plan.periods().size(); t++) {
                    checkRates(pp.states()[pp.baseline()[t]], baseline, t, mk);
                    checkRates(pp.states()[pp.scenario()[t]], world, t, mk);
                    checked++;
                }
                for (int a = 0; a < pp.states().length; a++) {
                    for (int b = a + 1; b < pp.states().length; b++) {
                        assertNotEquals(pp.states()[a], pp.states()[b], "states " + a + " and " + b + " of " + mk.product());
                    }
                }
            }
        }
        assertEquals(true, checked > 1000, checked + " period states checked");
    }

    private static void checkRates(PeriodState state, PolicyTimeline timeline, int t, ProductMarket mk) {
        for (int m = 0; m < mk.marketCount(); m++) {
            for (int s = 0; s < mk.sourceCount(); s++) {
                double expected = timeline.tariffPct(t, mk.markets().get(m), mk.sources().get(s), mk.product()) / 100.0;
                assertEquals(expected, state.tariff(m, s), 0.0,
                        mk.sources().get(s) + "->" + mk.markets().get(m) + " " + mk.product() + " in period " + t);
            }
        }
    }
}
