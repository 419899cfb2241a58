package tradesim.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.model.InputException;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;

/** Several scenarios side by side, each on its most likely path. */
public final class CompareService {

    private CompareService() {
    }

    /** @throws RunFailure when a period of some scenario cannot be solved */
    public static List<RunResult> compare(List<LoadedScenario> scenarios) {
        return scenarios.stream().map(CompareService::mostLikely).toList();
    }

    /**
     * Each scenario along each of the {@code paths} (event id → outcome id, the most likely outcome
     * elsewhere), scenario by scenario: one run per scenario and path. No paths: the most likely path.
     *
     * @throws InputException when a path names an event or outcome a scenario does not have
     * @throws RunFailure when a period of some run cannot be solved
     */
    public static List<RunResult> compare(List<LoadedScenario> scenarios, List<Map<String, String>> paths)
            throws InputException {
        if (paths.isEmpty()) return compare(scenarios);
        List<RunService.RunPlan> plans = new ArrayList<>();
        for (LoadedScenario ls : scenarios) {
            for (Map<String, String> choices : paths) plans.add(RunService.plan(ls, choices));
        }
        List<RunResult> out = new ArrayList<>();
        for (RunService.RunPlan plan : plans) {
            LoadedScenario ls = plan.scenario();
            out.add(RunFailure.around(() -> new Simulation(ls.scenario(), ls.dataset()).run(plan.path())));
        }
        return List.copyOf(out);
    }

    /** The scenario along its most likely path (every event at its most probable outcome). */
    public static RunResult mostLikely(LoadedScenario ls) {
        return RunFailure.around(() -> new Simulation(ls.scenario(), ls.dataset())
                .run(new EventTree(ls.scenario()).mostLikely()));
    }
}
