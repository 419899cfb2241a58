package tradesim.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradesim.dataset.ObservedFlowsTable;
import tradesim.model.InputException;
import tradesim.model.ObservedValue;
import tradesim.model.Problem;
import tradesim.results.Backtest;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;

/**
 * Sets a scenario's point run (the most likely path, point parameters) against observed trade. The
 * model has no fitted parameters, so nothing is calibrated here: years up to the calibration end are
 * reported as in-sample so that a future calibration uses only them.
 */
public final class BacktestService {

    private BacktestService() {
    }

    /**
     * Reads and checks the observed file against the scenario's dataset and horizon; call before
     * opening the output folder, so bad input is turned away before anything runs.
     *
     * @throws InputException at the line and column of every bad row, or for a calibration end
     *                        outside the comparable years
     */
    public static List<ObservedValue> observed(LoadedScenario ls, Path file, int calibrationEnd)
            throws InputException {
        List<Integer> years = List.copyOf(ObservedFlowsTable.comparableYears(ls.dataset(), ls.scenario().horizon()));
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        if (calibrationEnd < first || calibrationEnd > last) {
            throw new InputException(Problem.ofFile(ls.scenario().sourceFile(),
                    "--calibration-end outside the years the run covers (found " + calibrationEnd + ", expected "
                            + first + "-" + last + ")"));
        }
        return ObservedFlowsTable.read(file, file.toString(), ls.dataset(), ls.scenario().horizon());
    }

    /** @throws RunFailure when a period cannot be solved */
    public static Backtest backtest(LoadedScenario ls, List<ObservedValue> observed, int calibrationEnd)
            throws InputException {
        RunResult point = RunService.run(RunService.plan(ls, Map.of()), Optional.empty(), draws -> { }).point();
        return Backtest.of(point, observed, calibrationEnd);
    }
}
