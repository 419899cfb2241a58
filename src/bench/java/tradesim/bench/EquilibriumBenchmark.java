package tradesim.bench;

import java.util.List;
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
import tradesim.engine.equilibrium.Equilibrium;
import tradesim.engine.equilibrium.EquilibriumSolver;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.engine.equilibrium.ProductMarket;

/**
 * One equilibrium solve of 3 markets × 7 sources with one tariff changed (issue 7's yardstick
 * against SciPy's 1.4 ms): Japan's beef tariff on the US cut from 38.5% to 9%, every exporter
 * clearing (finite η), so Newton works on a 7 × 7 Jacobian. Each call solves from base prices, as
 * the engine does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class EquilibriumBenchmark {

    private EquilibriumSolver solver;
    private ProductMarket market;
    private PeriodState state;

    @Setup
    public void setUp() {
        List<String> markets = List.of("USA", "JPN", "EU");
        List<String> sources = List.of("USA", "JPN", "EU", "AUS", "CAN", "MEX", "ROW");
        // Base flows (USD million) of a beef-like market: large home sales, a few big suppliers.
        double[][] q0 = {
            {60000, 5, 400, 1300, 1100, 1200, 900},
            {1500, 9000, 60, 1400, 300, 200, 150},
            {300, 10, 50000, 150, 50, 20, 2000},
        };
        double[][] t0 = {
            {0, 0.026, 0.026, 0.0, 0.026, 0.0, 0.026},
            {0.385, 0, 0.385, 0.385, 0.385, 0.385, 0.385},
            {0.12, 0.12, 0, 0.12, 0.12, 0.12, 0.12},
        };
        double[] sigma = {5.0, 7.7, 4.5};
        double[] epsilon = {-0.8, -1.0, -0.7};
        double[] eta = {2.0, 1.5, 2.5, 3.0, 2.0, 2.0, 4.0};
        market = new ProductMarket("beef", markets, sources, q0, t0, sigma, epsilon, eta);
        state = PeriodState.base(market).withTariff(1, 0, 0.09);
        solver = new EquilibriumSolver();
    }

    @Benchmark
    public Equilibrium solveOneTariffChanged() {
        return solver.solve(market, state);
    }
}
