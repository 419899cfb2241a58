package tradesim.app;

import java.util.List;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
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

    /** The scenario along its most likely path (every event at its most probable outcome). */
    public static RunResult mostLikely(LoadedScenario ls) {
        return RunFailure.around(() -> new Simulation(ls.scenario(), ls.dataset())
                .run(new EventTree(ls.scenario()).mostLikely()));
    }
}
