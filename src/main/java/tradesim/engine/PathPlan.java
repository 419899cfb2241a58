package tradesim.engine;

import java.time.YearMonth;
import java.util.List;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.timeline.PolicyTimeline;
import tradesim.model.Scenario;

/**
 * The inputs of every equilibrium along one path, prepared once: per product, the distinct period
 * states (baseline and scenario together, in order of first use) and which of them each period's
 * baseline and scenario use.
 *
 * <p>A period state holds tariffs, purchase floors, demand and price shifts and growth: it depends
 * on the path and the dataset, never on the elasticities. So one plan serves every Monte Carlo draw
 * that takes this path, and a draw solves each distinct state once instead of hashing full arrays
 * per period. Deduplicating by value (as the memo did) keeps the solver figures of run.json unchanged.
 */
public final class PathPlan {

    private final Scenario scenario;
    private final NegotiationPath path;
    private final List<YearMonth> periods;
    private final ProductPlan[] products;
    private final PolicyTimeline baselineTimeline;
    private final PolicyTimeline scenarioTimeline;

    /**
     * One product's states.
     *
     * @param states      distinct states, in order of first use (period by period, baseline first);
     *                    each is its own memo key
     * @param firstPeriod the period in which each state is first used, for error messages
     * @param baseline    [t] index of the baseline state of period t
     * @param scenario    [t] index of the scenario state of period t
     * @param baselinePlays whether the baseline world has a purchase floor, quota or safeguard on the
     *                    product, so its periods are played in order ({@link QuantityPlay})
     * @param scenarioPlays the same for the scenario world
     */
    record ProductPlan(PeriodState[] states, int[] firstPeriod, int[] baseline, int[] scenario,
                       boolean baselinePlays, boolean scenarioPlays) {
        boolean plays() {
            return baselinePlays || scenarioPlays;
        }
    }

    PathPlan(Scenario scenario, NegotiationPath path, List<YearMonth> periods, ProductPlan[] products,
             PolicyTimeline baselineTimeline, PolicyTimeline scenarioTimeline) {
        this.scenario = scenario;
        this.path = path;
        this.periods = List.copyOf(periods);
        this.products = products.clone();
        this.baselineTimeline = baselineTimeline;
        this.scenarioTimeline = scenarioTimeline;
    }

    /** The baseline world's policy: the baseline layer alone. */
    PolicyTimeline baselineTimeline() {
        return baselineTimeline;
    }

    /** The path's policy: the baseline layer and the path's actions. */
    PolicyTimeline scenarioTimeline() {
        return scenarioTimeline;
    }

    /** The scenario whose path this is. */
    public Scenario scenario() {
        return scenario;
    }

    public NegotiationPath path() {
        return path;
    }

    public List<YearMonth> periods() {
        return periods;
    }

    ProductPlan product(int i) {
        return products[i];
    }

    int productCount() {
        return products.length;
    }
}
