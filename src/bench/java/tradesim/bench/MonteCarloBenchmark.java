package tradesim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tradesim.engine.uncertainty.MonteCarlo;
import tradesim.scenario.LoadedScenario;

/**
 * Monte Carlo throughput of the flagship tree in draws per second, at 1 and 2 threads: each call
 * runs {@link #DRAWS} draws (paths, parameters, equilibria, sketches and the summary), so the score
 * is draws/s. Compare the two {@code threads} scores for the scaling.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})   // as ./tradesim runs it
public class MonteCarloBenchmark {

    static final int DRAWS = 1024;

    @Param({"1", "2"})
    public int threads;

    private MonteCarlo monteCarlo;

    @Setup
    public void setUp() {
        LoadedScenario ls = Flagship.load();
        monteCarlo = new MonteCarlo(ls.scenario(), ls.dataset());
    }

    @Benchmark
    @OperationsPerInvocation(DRAWS)
    public MonteCarlo.Summary draws() {
        return monteCarlo.run(20180926L, DRAWS, threads, n -> { });
    }
}
