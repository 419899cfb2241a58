package tradesim.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradesim.engine.Simulation;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.uncertainty.Sensitivity;
import tradesim.model.FlowKey;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.results.RunResult;
import tradesim.results.SensitivityRow;
import tradesim.scenario.LoadedScenario;

/**
 * Each uncertain parameter moved to its 5th and 95th percentile, one at a time, along one path (the
 * user's choices, the most likely outcome elsewhere). Rows come sorted by effect, largest first.
 */
public final class SensitivityService {

    /** A swing below this many percentage points counts as "moves nothing" in tables. */
    public static final double NO_EFFECT_PCT = 0.005;

    /** One row per uncertain parameter, the year they describe, and the point run the chart is drawn from. */
    public record SensitivityOutcome(LoadedScenario scenario, int year, List<SensitivityRow> rows, RunResult point) {

        /** The rows whose result moves at all, largest effect first. */
        public List<SensitivityRow> moving() {
            return rows.stream().filter(r -> r.swing() >= NO_EFFECT_PCT).toList();
        }

        /** How many parameters move the result by less than {@link #NO_EFFECT_PCT} points. */
        public int still() {
            return rows.size() - moving().size();
        }
    }

    private SensitivityService() {
    }

    /** Along the most likely path. */
    public static SensitivityOutcome run(LoadedScenario ls, Optional<FlowKey> headline, Optional<Integer> year)
            throws InputException {
        return run(ls, headline, year, Map.of());
    }

    /**
     * @param headline the flow to report; empty: the scenario's first headline, else the largest change
     * @param year     the year of the result; empty: the horizon's last
     * @param choices  event id → outcome id for the path; the most likely outcome elsewhere
     * @throws InputException when the flow or a choice is unknown or the scenario has no uncertain parameters
     */
    public static SensitivityOutcome run(LoadedScenario ls, Optional<FlowKey> headline, Optional<Integer> year,
                                         Map<String, String> choices) throws InputException {
        int y = year.orElse(ls.scenario().horizon().end().getYear());
        List<SensitivityRow> rows = rows(ls, headline, y, choices);
        NegotiationPath path = RunService.plan(ls, choices).path();
        RunResult point = RunFailure.around(() -> new Simulation(ls.scenario(), ls.dataset()).run(path));
        return new SensitivityOutcome(ls, y, rows, point);
    }

    /**
     * The cases alone, largest swing first, without the point run that the sensitivity command's
     * chart needs: what the brief asks for.
     */
    public static List<SensitivityRow> rows(LoadedScenario ls, Optional<FlowKey> headline, int year,
                                            Map<String, String> choices) throws InputException {
        String source = ls.scenario().sourceFile();
        NegotiationPath path = RunService.plan(ls, choices).path();
        List<SensitivityRow> rows;
        try {
            rows = RunFailure.around(() -> Sensitivity.of(ls.scenario(), ls.dataset(), headline, year, path));
        } catch (IllegalArgumentException e) {
            throw new InputException(Problem.ofFile(source, e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw new InputException(Problem.ofFile(source,
                    "no uncertain parameters (found no uncertainty.parameters, expected at least one)"));
        }
        List<SensitivityRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(SensitivityRow::swing).reversed()); // stable: ties keep file order
        return List.copyOf(sorted);
    }
}
