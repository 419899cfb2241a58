package tradesim.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tradesim.model.FlowKey;

/**
 * The place of each listed flow within a period in the row order of flows.csv: by importer, then
 * exporter, then product, each in dataset order. Depends on the dataset only.
 */
final class FlowOrder {

    /** [product][listed flow] its rank within a period. */
    private final int[][] rank;
    private final List<FlowKey> keys;

    FlowOrder(List<ProductSetup> products) {
        List<int[]> all = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            ProductSetup ps = products.get(i);
            for (int f = 0; f < ps.listed().size(); f++) {
                ProductSetup.Listed l = ps.listed().get(f);
                all.add(new int[] {l.importerOrder(), l.exporterOrder(), ps.productOrder(), i, f});
            }
        }
        all.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]).thenComparingInt(a -> a[2]));
        rank = new int[products.size()][];
        for (int i = 0; i < products.size(); i++) rank[i] = new int[products.get(i).listed().size()];
        FlowKey[] ordered = new FlowKey[all.size()];
        for (int r = 0; r < all.size(); r++) {
            int[] a = all.get(r);
            rank[a[3]][a[4]] = r;
            ordered[r] = products.get(a[3]).listed().get(a[4]).key();
        }
        keys = List.of(ordered);
    }

    /** Listed flows per period. */
    int count() {
        return keys.size();
    }

    /** Rank of listed flow f of product i. */
    int rank(int i, int f) {
        return rank[i][f];
    }

    /** The listed flows in rank order. */
    List<FlowKey> keys() {
        return keys;
    }
}
