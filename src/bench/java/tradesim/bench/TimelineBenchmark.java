package tradesim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tradesim.engine.Simulation;
import tradesim.engine.path.NegotiationPath;
import tradesim.model.Dataset;
import tradesim.model.Scenario;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;

/**
 * Whole runs of the engine (no file I/O): one product (beef) over the flagship's monthly 2018–2030
 * timeline, and the flagship's full deterministic run over every product. A fresh Simulation per
 * call, so nothing is memoised across calls.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TimelineBenchmark {

    private Scenario scenario;
    private Dataset dataset;
    private Dataset beefOnly;
    private NegotiationPath path;

    @Setup
    public void setUp() {
        LoadedScenario ls = Flagship.load();
        scenario = ls.scenario();
        dataset = ls.dataset();
        beefOnly = Flagship.onlyProduct(dataset, "beef");
        path = Flagship.defaultPath(ls);
    }

    @Benchmark
    public RunResult oneProductMonthly2018To2030() {
        return new Simulation(scenario, beefOnly).run(path);
    }

    @Benchmark
    public RunResult flagshipDeterministicRun() {
        return new Simulation(scenario, dataset).run(path);
    }
}
