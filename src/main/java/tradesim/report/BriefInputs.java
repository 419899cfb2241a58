package tradesim.report;

import java.util.List;
import tradesim.results.RunResult;
import tradesim.results.SensitivityRow;

/**
 * What the one-page brief needs beyond the run itself.
 *
 * @param year        the year whose numbers the brief shows
 * @param pathRuns    every path of the event tree, in tree order, when the scenario branches and the tree
 *                    is small enough to run in full; empty otherwise
 * @param pathCount   how many paths the tree has
 * @param sensitivity the uncertain parameters along the run's path for the lead headline flow in
 *                    {@code year}, largest effect first; empty when the scenario states none
 * @param note        why a part is missing, or empty
 */
public record BriefInputs(int year, List<RunResult> pathRuns, long pathCount, List<SensitivityRow> sensitivity,
                          String note) {
    public BriefInputs {
        pathRuns = List.copyOf(pathRuns);
        sensitivity = List.copyOf(sensitivity);
    }
}
