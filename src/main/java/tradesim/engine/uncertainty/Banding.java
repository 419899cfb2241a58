package tradesim.engine.uncertainty;

import java.util.List;
import tradesim.model.Dataset;
import tradesim.model.FlowKey;

/**
 * Which series the Monte Carlo bands summarise (docs/model.md, Monte Carlo). On a dataset of the
 * bundled size every flow gets its bands. A large dataset (an import of real data: 100 countries by
 * 50 products lists about 350,000 flows, 4.4 million flow-periods a yearly horizon) cannot keep a
 * percentile sketch per flow and period, so it gets bands for its headline flows and for the totals
 * by importer, exporter and product instead.
 */
public sealed interface Banding {

    /**
     * The most flows a dataset may list and still get a band per flow. The bundled datasets list
     * fewer than 100; a per-flow sketch costs a few KB per period, so at 1,000 flows a monthly
     * horizon keeps about 160,000 sketches per worker, already far more than anyone reads.
     */
    int PER_FLOW_LIMIT = 1_000;

    /** A band for every flow and period. */
    Banding PER_FLOW = new PerFlow();

    /** Whether {@code dataset} lists more flows than {@link #PER_FLOW_LIMIT}. */
    static boolean isLarge(Dataset dataset) {
        return dataset.flows().size() > PER_FLOW_LIMIT;
    }

    /** The name run.json gives this banding. */
    String key();

    /** A band for every flow and period: the banding of a dataset that is not large. */
    record PerFlow() implements Banding {
        @Override
        public String key() {
            return "per_flow";
        }
    }

    /**
     * Bands for the {@code headline} flows the dataset lists (in flow order, whatever order they
     * are given in) and for the totals of trade (domestic sales left out) by importer, by exporter
     * and by product, written with {@link tradesim.model.ParameterRule#ANY} in the summed-over
     * columns.
     */
    record HeadlineAndTotals(List<FlowKey> headline) implements Banding {
        public HeadlineAndTotals {
            headline = List.copyOf(headline);
        }

        @Override
        public String key() {
            return "headline_and_totals";
        }
    }
}
