package tradesim.results;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tradesim.model.FlowKey;

/**
 * The year a summary shows when the user names none: a year in which the scenario acts. The horizon's
 * last year is a poor default, since a commitment that ends in 2021 shows nothing in 2030.
 */
public final class KeyYear {

    /** Changes smaller than this (USD million in the year) count as no change at all. */
    private static final double NOTHING = 1e-6;

    private KeyYear() {
    }

    /**
     * The complete calendar year (12 months in the horizon) in which the {@code flows} differ most
     * from their baseline, summed in absolute value; the earliest on a tie. Empty {@code flows}:
     * every cross-border flow. When nothing changes, or no year is complete, the last year with the
     * most months.
     */
    public static int of(List<AnnualFlows.AnnualRow> annual, List<FlowKey> flows) {
        Map<Integer, Integer> months = new TreeMap<>();
        for (AnnualFlows.AnnualRow a : annual) months.merge(a.year(), a.months(), Math::max);
        return of(annual, flows, months);
    }

    /**
     * As {@link #of(List, List)} with each year's months in the horizon given (the most any flow
     * has), so that {@code annual} need hold only the rows of {@code flows}, in their annual.csv order.
     */
    public static int of(List<AnnualFlows.AnnualRow> annual, List<FlowKey> flows, Map<Integer, Integer> yearMonths) {
        Map<Integer, Double> change = new TreeMap<>();
        Map<Integer, Integer> months = new TreeMap<>(yearMonths);
        for (AnnualFlows.AnnualRow a : annual) {
            boolean counted = flows.isEmpty() ? !a.flow().isDomestic() : flows.contains(a.flow());
            if (counted && a.months() == 12) {
                change.merge(a.year(), Math.abs(a.valueUsdM() - a.baselineValueUsdM()), Double::sum);
            }
        }
        if (months.isEmpty()) throw new IllegalArgumentException("no annual rows");
        int best = -1;
        double bestChange = NOTHING;
        for (Map.Entry<Integer, Double> e : change.entrySet()) {
            if (e.getValue() > bestChange) {
                best = e.getKey();
                bestChange = e.getValue();
            }
        }
        if (best >= 0) return best;
        int mostMonths = months.values().stream().max(Integer::compare).orElseThrow();
        int last = -1;
        for (Map.Entry<Integer, Integer> e : months.entrySet()) if (e.getValue() == mostMonths) last = e.getKey();
        return last;
    }
}
