package tradesim.app;

import java.util.ArrayList;
import java.util.List;
import tradesim.engine.uncertainty.ExpectedOutcome;
import tradesim.output.PathsCsv;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;
import tradesim.results.WelfareRow;
import tradesim.scenario.LoadedScenario;

/** Every path of a scenario's event tree with its probability, and the exact expected outcome over them. */
public final class PathsService {

    /** The paths in event tree order, and the probability-weighted flows and welfare (no sampling). */
    public record PathsOutcome(LoadedScenario scenario, List<PathsCsv.PathLine> paths, List<FlowRow> expectedFlows,
                               List<WelfareRow> expectedWelfare) {
    }

    private PathsService() {
    }

    /** @throws RunFailure when a period of some path cannot be solved */
    public static PathsOutcome expected(LoadedScenario ls) {
        ExpectedOutcome.Expectation e = RunFailure.around(() -> ExpectedOutcome.of(ls.scenario(), ls.dataset()));
        List<PathsCsv.PathLine> lines = new ArrayList<>();
        for (RunResult r : e.paths()) {
            lines.add(new PathsCsv.PathLine(r.pathLabel(), PathsCsv.outcomesText(r.pathLabel()), r.pathProbability()));
        }
        return new PathsOutcome(ls, List.copyOf(lines), e.flows(), e.welfare());
    }
}
