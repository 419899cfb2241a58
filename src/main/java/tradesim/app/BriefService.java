package tradesim.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradesim.engine.path.EventTree;
import tradesim.engine.uncertainty.ExpectedOutcome;
import tradesim.engine.uncertainty.UnusableDistributionException;
import tradesim.model.FlowKey;
import tradesim.model.InputException;
import tradesim.report.BriefInputs;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;
import tradesim.results.SensitivityRow;
import tradesim.scenario.LoadedScenario;

/**
 * The extra work behind the report's one-page brief: every path of a branching scenario (for the
 * table of paths and the expected value) and the sensitivity of the lead headline flow in the brief's
 * year along the run's own path. Both cost a few runs of the scenario each: a path per branch, two
 * runs per uncertain parameter. Only the lead headline flow and the one year are measured, so the
 * cost does not grow with the number of flows.
 */
public final class BriefService {

    /** Trees with more paths than this are not run in full for the brief; {@code tradesim paths} does that. */
    public static final long MAX_PATHS = 64;

    private BriefService() {
    }

    /**
     * @param digest the digest of the run the report describes; without a year from the user, the
     *               brief's year is its {@link RunDigest#keyYear}, the one in which the headline flows change most
     * @param year   the year of the brief's numbers
     * @throws RunFailure when a path cannot be solved
     */
    public static BriefInputs brief(LoadedScenario ls, RunDigest digest, int year) {
        RunResult point = digest.run();
        long count = new EventTree(ls.scenario()).countPaths();
        List<RunResult> paths = List.of();
        StringBuilder note = new StringBuilder();
        if (count > 1 && count <= MAX_PATHS) {
            paths = RunFailure.around(() -> ExpectedOutcome.of(ls.scenario(), ls.dataset())).paths();
        } else if (count > MAX_PATHS) {
            note.append("The tree has ").append(count).append(" paths, too many to list here; tradesim paths "
                    + "writes them all with the expected outcome. ");
        }
        List<SensitivityRow> sensitivity = List.of();
        List<FlowKey> headline = digest.headline();
        boolean uncertain = ls.scenario().uncertainty().map(u -> !u.parameters().isEmpty()).orElse(false);
        if (!uncertain) {
            note.append("The scenario states no uncertain parameters, so the brief cannot rank its assumptions "
                    + "(add an uncertainty block and run tradesim sensitivity).");
        } else if (!headline.isEmpty()) {
            try {
                sensitivity = SensitivityService.rows(ls, Optional.of(headline.get(0)), year,
                        choices(point.pathLabel()));
            } catch (InputException | UnusableDistributionException e) {
                // A run without --draws does not need the distributions; the brief says why it has no ranking.
                note.append("The assumptions could not be ranked: ").append(e.getMessage());
            }
        }
        return new BriefInputs(year, paths, count, sensitivity, note.toString().strip());
    }

    /** "a=x;b=y" (a path label) → {a: x, b: y}; "-" → none. */
    static Map<String, String> choices(String pathLabel) {
        Map<String, String> out = new LinkedHashMap<>();
        if (pathLabel.equals("-")) return out;
        for (String part : pathLabel.split(";")) {
            int eq = part.indexOf('=');
            out.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return out;
    }
}
