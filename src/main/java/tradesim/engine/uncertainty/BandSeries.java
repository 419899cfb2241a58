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
    /** False when the series are the flows themselves, and {@link #reduce} is not needed. */
    private final boolean adds;
    /** [headline series h] the rank of its flow; the headline series come first. */
    private final int[] headlineRank;
    /**
     * [flow rank] the importer, exporter and product total the flow adds to. A domestic sale adds to
     * {@link #keys}{@code .size()}, a slot no series reads, so the loop over flows has no branch.
     */
    private final int[] byImporter;
    private final int[] byExporter;
    private final int[] byProduct;

    private BandSeries(List<FlowKey> keys, int flowCount, boolean adds, int[] headlineRank, int[] byImporter,
                       int[] byExporter, int[] byProduct) {
        this.keys = List.copyOf(keys);
        this.flowCount = flowCount;
        this.adds = adds;
        this.headlineRank = headlineRank;
        this.byImporter = byImporter;
        this.byExporter = byExporter;
        this.byProduct = byProduct;
    }

    /** The series of {@code banding} over {@code flows}, the listed flows in output row order. */
    static BandSeries of(Banding banding, Dataset dataset, List<FlowKey> flows) {
        if (banding instanceof Banding.HeadlineAndTotals h) return headlineAndTotals(h.headline(), dataset, flows);
        int[] none = new int[0];
        return new BandSeries(flows, flows.size(), false, none, none, none, none);
    }

    private static BandSeries headlineAndTotals(List<FlowKey> headline, Dataset dataset, List<FlowKey> flows) {
        int n = flows.size();
        List<FlowKey> keys = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        Set<FlowKey> named = new HashSet<>(headline);
        for (int r = 0; r < n; r++) {
            if (named.contains(flows.get(r))) {
                ranks.add(r);
                keys.add(flows.get(r));
            }
        }
        String any = ParameterRule.ANY;
        List<String> countries = dataset.countries().stream().map(Country::code).toList();
        List<String> products = dataset.products().stream().map(Product::id).toList();
        int[] byImporter = totals(flows, countries, FlowKey::importer, c -> new FlowKey(c, any, any), keys);
        int[] byExporter = totals(flows, countries, FlowKey::exporter, c -> new FlowKey(any, c, any), keys);
        int[] byProduct = totals(flows, products, FlowKey::product, p -> new FlowKey(any, any, p), keys);
        // Domestic sales go to the slot past the last series, now that the number of series is known.
        for (int[] into : List.of(byImporter, byExporter, byProduct)) {
            for (int r = 0; r < n; r++) {
                if (into[r] < 0) into[r] = keys.size();
            }
        }
        return new BandSeries(keys, n, true, ranks.stream().mapToInt(Integer::intValue).toArray(), byImporter,
                byExporter, byProduct);
    }

    /**
     * One kind of total: a series per entry of {@code order} that some trade flow has as its
     * {@code part}, appended to {@code keys} in that order; [flow rank] the series it adds to, or -1 for a
     * domestic sale.
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
        return adds;
    }

    /**
     * Adds up {@code periods} periods of one draw: flow values laid out t·F + r (as
     * {@link tradesim.engine.Simulation#values} writes them) become series values t·S + s, the value
     * and the baseline alike, each series' flows added in flow order from 0. One pass over a period's
     * flows feeds all three totals: the flows are read once, and the sums stay in a small array.
     * Safe to call from several threads: this object is only read.
     */
    void reduce(double[] value, double[] baseline, int periods, double[] seriesValue, double[] seriesBaseline) {
        int s = keys.size();
        double[] v = new double[s + 1];
        double[] b = new double[s + 1];
        for (int t = 0; t < periods; t++) {
            Arrays.fill(v, 0.0);
            Arrays.fill(b, 0.0);
            int from = t * flowCount;
            for (int h = 0; h < headlineRank.length; h++) {
                v[h] += value[from + headlineRank[h]];
                b[h] += baseline[from + headlineRank[h]];
            }
            for (int r = 0; r < flowCount; r++) {
                double x = value[from + r];
                double y = baseline[from + r];
                int i = byImporter[r];
                int e = byExporter[r];
                int p = byProduct[r];
                v[i] += x;
                b[i] += y;
                v[e] += x;
                b[e] += y;
                v[p] += x;
                b[p] += y;
            }
            System.arraycopy(v, 0, seriesValue, t * s, s);
            System.arraycopy(b, 0, seriesBaseline, t * s, s);
        }
    }
}
