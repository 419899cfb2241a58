package tradesim.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Places labels of one size along a line (numbers along the top of a plot, tags down its right
 * edge) as near their targets as they can be without overlapping: labels that would collide are
 * grouped and the group is centred on its targets, then the whole set is kept inside the bounds.
 */
final class Spread {

    private Spread() {
    }

    /**
     * @param targets where each label wants its centre, in ascending order
     * @param pitch   a label's size plus the gap between neighbours
     * @return the centres, in the same order, at least {@code pitch} apart, inside [lo, hi] when
     *         they fit there at all
     */
    static double[] centres(double[] targets, double pitch, double lo, double hi) {
        int n = targets.length;
        // A group is a run of neighbours placed edge to edge: first index, count, centre of its first label.
        List<double[]> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] g = {i, 1, targets[i]};
            groups.add(g);
            // Merge backwards while the new group overlaps the one before it.
            while (groups.size() > 1) {
                double[] prev = groups.get(groups.size() - 2);
                double[] last = groups.get(groups.size() - 1);
                if (prev[2] + prev[1] * pitch <= last[2]) break;
                int first = (int) prev[0];
                int count = (int) (prev[1] + last[1]);
                double mean = 0;
                for (int k = first; k < first + count; k++) mean += targets[k];
                mean /= count;
                groups.remove(groups.size() - 1);
                groups.set(groups.size() - 1, new double[] {first, count, mean - (count - 1) * pitch / 2});
            }
        }
        double[] out = new double[n];
        for (double[] g : groups) {
            for (int k = 0; k < g[1]; k++) out[(int) g[0] + k] = g[2] + k * pitch;
        }
        // Push in from the edges; labels keep their order and spacing.
        double min = lo + pitch / 2;
        double max = hi - pitch / 2;
        for (int i = n - 1; i >= 0; i--) {
            double limit = i == n - 1 ? max : out[i + 1] - pitch;
            out[i] = Math.min(out[i], limit);
        }
        for (int i = 0; i < n; i++) {
            double limit = i == 0 ? min : out[i - 1] + pitch;
            out[i] = Math.max(out[i], limit);
        }
        return out;
    }
}
