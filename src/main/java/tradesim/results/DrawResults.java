package tradesim.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Monte Carlo draws of one scenario give the charts: how many draws there were, the bands
 * over all of them, how many draws took each negotiation path, and each path's result at the point
 * parameters. The bands mix every path; the path results show where each branch leads, so that a
 * band spanning a deal and a retaliation is not read as one spread of outcomes.
 *
 * @param pathCounts path label → number of draws that took it, in the event tree's order
 * @param pathRuns   every path of the tree run at the point parameters (one run without branches)
 */
public record DrawResults(int draws, List<BandRow> bands, Map<String, Long> pathCounts, List<RunResult> pathRuns) {

    public DrawResults {
        if (draws < 1) throw new IllegalArgumentException("draws must be at least 1: " + draws);
        bands = List.copyOf(bands);
        pathCounts = Collections.unmodifiableMap(new LinkedHashMap<>(pathCounts));
        pathRuns = List.copyOf(pathRuns);
    }

    /** The share of the draws that took the path, 0 when it is not among the counts. */
    public double share(String pathLabel) {
        return pathCounts.getOrDefault(pathLabel, 0L) / (double) draws;
    }
}
