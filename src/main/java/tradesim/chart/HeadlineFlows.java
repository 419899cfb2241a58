package tradesim.chart;

import java.util.List;
import tradesim.model.FlowKey;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;

/** The flows the charts and tables feature. */
public final class HeadlineFlows {

    /** More lines than this make a timeline unreadable at 1200×700. */
    public static final int MAX = RunDigest.MAX_HEADLINE;

    private HeadlineFlows() {
    }

    /**
     * The scenario's own {@code headline} flows that the run has (at most {@link #MAX}); without
     * them, the trade flows (not domestic sales) with the largest absolute change from baseline in
     * the last year of the horizon, largest first. When nothing changes (a scenario with no events)
     * the largest trade flows stand in, so the charts still show the market. A caller that has the
     * run's {@link RunDigest} asks it instead: this sums every flow by year.
     */
    public static List<FlowKey> of(RunResult run) {
        return RunDigest.of(run).headline();
    }
}
