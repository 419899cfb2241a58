package tradesim.engine.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.FlowKey;
import tradesim.model.ParameterRule;
import tradesim.model.Product;

/**
 * The series a {@link Banding} gives bands for, and how one draw's flows add up to them. Per flow the
 * series are the flows themselves and nothing is added. Otherwise the series are, in this order: the
 * headline flows in flow order, the importers' total imports in dataset country order, the
 * exporters' total exports in the same order, and the products' total trade in dataset product
 * order; a total is listed only when some trade flow feeds it, and domestic sales feed none. Each
 * total is its flows' values added in flow order, so a total of the point run is the sum of its
 * rows of flows.csv.
 */
final class BandSeries {

    private final List<FlowKey> keys;
    private final int flowCount;
    /**
     * Per kind of series (headline, importer, exporter, product), [flow rank] the series the flow
     * adds to, or -1; null when the series are the flows.
     */
    private final int[][] into;

    private BandSeries(List<FlowKey> keys, int flowCount, int[][] into) {
        this.keys = List.copyOf(keys);
        this.flowCount = flowCount;
        this.into = into;
    }

    /** The series of {@code banding} over {@code flows}, the listed flows in output row order. */
    static BandSeries of(Banding banding, Dataset dataset, List<FlowKey> flows) {
        if (banding instanceof Banding.HeadlineAndTotals h) return headlineAndTotals(h.headline(), dataset, flows);
        return new BandSeries(flows, flows.size(), null);
    }

    private static BandSeries headlineAndTotals(List<FlowKey> headline, Dataset dataset, List<FlowKey> flows) {
        int n = flows.size();
        List<FlowKey> keys = new ArrayList<>();
        int[] byHeadline = new int[n];
        Arrays.fill(byHeadline, -1);
        Set<FlowKey> named = new HashSet<>(headline);
        for (int r = 0; r < n; r++) {
            if (named.contains(flows.get(r))) {
                byHeadline[r] = keys.size();
                keys.add(flows.get(r));
            }
        }
        String any = ParameterRule.ANY;
        List<String> countries = dataset.countries().stream().map(Country::code).toList();
        List<String> products = dataset.products().stream().map(Product::id).toList();
        int[] byImporter = totals(flows, countries, FlowKey::importer, c -> new FlowKey(c, any, any), keys);
        int[] byExporter = totals(flows, countries, FlowKey::exporter, c -> new FlowKey(any, c, any), keys);
        int[] byProduct = totals(flows, products, FlowKey::product, p -> new FlowKey(any, any, p), keys);
        return new BandSeries(keys, n, new int[][] {byHeadline, byImporter, byExporter, byProduct});
    }

    /**
     * One kind of total: a series per entry of {@code order} that some trade flow has as its
     * {@code part}, appended to {@code keys} in that order; [flow rank] the series it adds to, or -1.
     */
    private static int[] totals(List<FlowKey> flows, List<String> order, Function<FlowKey, String> part,
                                Function<String, FlowKey> total, List<FlowKey> keys) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < order.size(); i++) place.put(order.get(i), i);
        boolean[] traded = new boolean[order.size()];
        for (FlowKey f : flows) {
            if (!f.isDomestic()) traded[place.get(part.apply(f))] = true;
        }
        int[] series = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            series[i] = traded[i] ? keys.size() : -1;
            if (traded[i]) keys.add(total.apply(order.get(i)));
        }
        int[] into = new int[flows.size()];
        for (int r = 0; r < flows.size(); r++) {
            FlowKey f = flows.get(r);
            into[r] = f.isDomestic() ? -1 : series[place.get(part.apply(f))];
        }
        return into;
    }

    /** The series, in band row order within a period. */
    List<FlowKey> keys() {
        return keys;
    }

    int count() {
        return keys.size();
    }

    /** Whether a draw's flows must be added up ({@link #reduce}); false when the series are the flows. */
    boolean adds() {
        return into != null;
    }

    /**
     * Adds up {@code periods} periods of one draw: flow values laid out t·F + r (as
     * {@link tradesim.engine.Simulation#values} writes them) become series values t·S + s, the value
     * and the baseline alike, each series' flows added in flow order from 0.
     */
    void reduce(double[] value, double[] baseline, int periods, double[] seriesValue, double[] seriesBaseline) {
        int s = keys.size();
        Arrays.fill(seriesValue, 0, periods * s, 0.0);
        Arrays.fill(seriesBaseline, 0, periods * s, 0.0);
        for (int t = 0; t < periods; t++) {
            int from = t * flowCount;
            int to = t * s;
            for (int[] kind : into) {
                for (int r = 0; r < flowCount; r++) {
                    int k = kind[r];
                    if (k < 0) continue;
                    seriesValue[to + k] += value[from + r];
                    seriesBaseline[to + k] += baseline[from + r];
                }
            }
        }
    }
}
