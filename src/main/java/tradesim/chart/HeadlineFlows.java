package tradesim.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradesim.model.FlowKey;
import tradesim.results.AnnualFlows;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;

/** The flows the charts and tables feature. */
public final class HeadlineFlows {

    /** More lines than this make a timeline unreadable at 1200×700. */
    public static final int MAX = 4;

    private HeadlineFlows() {
    }

    /**
     * The scenario's own {@code headline} flows that the run has (at most {@link #MAX}); without
     * them, the trade flows (not domestic sales) with the largest absolute change from baseline in
     * the last year of the horizon, largest first. When nothing changes (a scenario with no events)
     * the largest trade flows stand in, so the charts still show the market.
     */
    public static List<FlowKey> of(RunResult run) {
        List<FlowKey> present = run.flows().stream().map(FlowRow::flow).distinct().toList();
        // A scenario may name a flow twice; a chart series must appear once.
        List<FlowKey> named = run.scenario().headline().stream().filter(present::contains).distinct().limit(MAX)
                .toList();
        if (!named.isEmpty()) return named;
        if (run.flows().isEmpty()) return List.of();
        int lastYear = run.flows().get(run.flows().size() - 1).period().getYear();
        Map<FlowKey, double[]> last = new LinkedHashMap<>();
        for (AnnualFlows.AnnualRow a : AnnualFlows.of(run.flows(), run.scenario().horizon().periodMonths())) {
            if (a.year() == lastYear && !a.flow().isDomestic()) {
                last.put(a.flow(), new double[] {Math.abs(a.valueUsdM() - a.baselineValueUsdM()), a.baselineValueUsdM()});
            }
        }
        List<FlowKey> keys = new ArrayList<>(last.keySet());
        boolean anyChange = last.values().stream().anyMatch(v -> v[0] > 1e-9);
        int measure = anyChange ? 0 : 1;
        // A stable sort keeps dataset order among equal changes, so the choice never depends on hashing.
        keys.sort(Comparator.comparingDouble((FlowKey k) -> -last.get(k)[measure]));
        return keys.stream().filter(k -> last.get(k)[measure] > 1e-9).limit(MAX).toList();
    }
}
