package tradesim.app;

import java.util.List;
import java.util.Optional;
import tradesim.engine.uncertainty.Sensitivity;
import tradesim.model.FlowKey;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.results.RunResult;
import tradesim.results.SensitivityRow;
import tradesim.scenario.LoadedScenario;

/** Each uncertain parameter moved to its 5th and 95th percentile, one at a time, on the most likely path. */
public final class SensitivityService {

    /** One row per uncertain parameter, the year they describe, and the point run the chart is drawn from. */
    public record SensitivityOutcome(LoadedScenario scenario, int year, List<SensitivityRow> rows, RunResult point) {
    }

    private SensitivityService() {
    }

    /**
     * @param headline the flow to report; empty: the scenario's first headline, else the largest change
     * @param year     the year of the result; empty: the horizon's last
     * @throws InputException when the flow is unknown or the scenario has no uncertain parameters
     */
    public static SensitivityOutcome run(LoadedScenario ls, Optional<FlowKey> headline, Optional<Integer> year)
            throws InputException {
        int y = year.orElse(ls.scenario().horizon().end().getYear());
        String source = ls.scenario().sourceFile();
        List<SensitivityRow> rows;
        try {
            rows = RunFailure.around(() -> Sensitivity.of(ls.scenario(), ls.dataset(), headline, y));
        } catch (IllegalArgumentException e) {
            throw new InputException(Problem.ofFile(source, e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw new InputException(Problem.ofFile(source,
                    "no uncertain parameters (found no uncertainty.parameters, expected at least one)"));
        }
        RunResult point = CompareService.mostLikely(ls);
        return new SensitivityOutcome(ls, y, rows, point);
    }
}
