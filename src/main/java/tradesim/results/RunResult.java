package tradesim.results;

import java.util.List;
import java.util.Objects;
import tradesim.model.Dataset;
import tradesim.model.Scenario;

/**
 * The tidy result of one scenario along one path: flows and welfare per period, in the fixed row
 * order (period, then importer, exporter, product as listed in the dataset), plus solver figures,
 * and, when the scenario has them, its quantity constraints per period and safeguards per year.
 */
public record RunResult(Scenario scenario, Dataset dataset, String pathLabel, double pathProbability,
                        List<FlowRow> flows, List<WelfareRow> welfare, SolverStats stats,
                        List<ConstraintRow> constraints, List<SafeguardRow> safeguards) {

    public RunResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(pathLabel, "pathLabel");
        // A FlowTable is already unmodifiable, and copying it would make every row an object.
        flows = flows instanceof FlowTable ? flows : List.copyOf(flows);
        welfare = List.copyOf(welfare);
        Objects.requireNonNull(stats, "stats");
        constraints = List.copyOf(constraints);
        safeguards = List.copyOf(safeguards);
    }

    /** A result with no quantity constraints or safeguards. */
    public RunResult(Scenario scenario, Dataset dataset, String pathLabel, double pathProbability,
                     List<FlowRow> flows, List<WelfareRow> welfare, SolverStats stats) {
        this(scenario, dataset, pathLabel, pathProbability, flows, welfare, stats, List.of(), List.of());
    }
}
