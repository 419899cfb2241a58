package tradesim.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EquilibriumSolverTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private final EquilibriumSolver solver = new EquilibriumSolver();

    /**
     * One market, every η = ∞: prices stay 1 and the flows have the closed form
     * q_s/q⁰_s = (r_s/P)^(−σ) P^ε with r_s = (1+t_s)/(1+t⁰_s) and P the CES index of r.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1.0, 2.5, 8.0})
    void singleMarketWithFlatSupplyMatchesTheClosedForm(double sigma) {
        double[] flow = {120, 45, 300, 7.5};
        double[] t0 = {0.385, 0.09, 0.0, 0.25};
        double[] t1 = {0.09, 0.50, 0.0, 0.25};
        double eps = -0.8;
        ProductMarket mk = new ProductMarket("beef", List.of("JPN"), List.of("USA", "AUS", "JPN", "ROW"),
                new double[][] {flow}, new double[][] {t0}, new double[] {sigma}, new double[] {eps},
                new double[] {INF, INF, INF, INF});
        PeriodState st = new PeriodState(new double[][] {t1}, new double[] {1.0}, Markets.filled(4, 1),
                Markets.filled(4, 1), new double[1][4]);
        Equilibrium eq = solver.solve(mk, st);

        double total = 0;
        for (int s = 0; s < 4; s++) total += (1 + t0[s]) * flow[s];
        double[] r = new double[4];
        double cesSum = 0;
        double geometric = 0;
        for (int s = 0; s < 4; s++) {
            double theta = (1 + t0[s]) * flow[s] / total;
            r[s] = (1 + t1[s]) / (1 + t0[s]);
            cesSum += theta * Math.pow(r[s], 1 - sigma);
            geometric += theta * Math.log(r[s]);
        }
        double index = sigma == 1 ? Math.exp(geometric) : Math.pow(cesSum, 1 / (1 - sigma));
        assertEquals(index, eq.priceIndex(0), 1e-12 * index);
        for (int s = 0; s < 4; s++) {
            double expected = flow[s] * Math.pow(r[s] / index, -sigma) * Math.pow(index, eps);
            assertEquals(1.0, eq.price(s), 0.0);
            assertEquals(expected, eq.quantity(0, s), 1e-12 * expected, "source " + s);
        }
    }

    /** The base state reproduces the base flows exactly, with p = 1, P = 1, a = 1. */
    @Test
    void baseStateReturnsTheBaseFlowsExactly() {
        double[][] flow = {{500, 120.5, 0, 33}, {80, 2000, 14, 0}, {0, 60, 900, 1e-3}};
        double[][] t0 = {{0, 0.385, 0.2, 0.5}, {0.025, 0, 0.1, 0.3}, {0.04, 0.0, 0, 0.12}};
        // markets M0..M2 sell to themselves as sources S0..S2 (domestic flows).
        ProductMarket mk = new ProductMarket("beef", List.of("A", "B", "C"), List.of("A", "B", "C", "ROW"),
                flow, t0, new double[] {4, 1, 0.7}, new double[] {-0.5, -1, 0}, new double[] {2, 0.5, INF, 1.5});
        Equilibrium eq = solver.solve(mk, PeriodState.base(mk));
        for (int m = 0; m < 3; m++) {
            assertEquals(1.0, eq.priceIndex(m), 0.0);
            for (int s = 0; s < 4; s++) {
                assertEquals(flow[m][s], eq.quantity(m, s), 0.0);
            }
        }
        for (int s = 0; s < 4; s++) {
            assertEquals(1.0, eq.price(s), 0.0);
            assertEquals(mk.baseSupply(s), eq.supply(s), 0.0);
        }
        assertEquals(0.0, eq.maxResidual(), 0.0);
        assertEquals(0, eq.iterations());
    }

    /** A tariff rise on one source lowers its flow into that market and raises every rival's there. */
    @Test
    void tariffRiseShiftsDemandToCompetitors() {
        ProductMarket mk = Markets.market(
                new double[][] {{100, 50, 200}, {30, 80, 10}},
                new double[][] {{0.1, 0.1, 0}, {0.05, 0, 0.2}},
                new double[] {5, 3}, new double[] {-1.2, -0.5}, new double[] {1.5, 2, 4});
        PeriodState base = PeriodState.base(mk);
        Equilibrium before = solver.solve(mk, base);
        Equilibrium after = solver.solve(mk, base.withTariff(0, 0, 0.35));
        assertTrue(after.quantity(0, 0) < before.quantity(0, 0));
        assertTrue(after.quantity(0, 1) > before.quantity(0, 1));
        assertTrue(after.quantity(0, 2) > before.quantity(0, 2));
    }

    /** With finite η the taxed exporter's price falls and it sells more elsewhere. */
    @Test
    void tariffLowersTheTaxedExportersPriceAndRaisesItsSalesElsewhere() {
        ProductMarket mk = Markets.market(
                new double[][] {{100, 50, 200}, {30, 80, 10}, {60, 5, 40}},
                new double[][] {{0.1, 0.1, 0}, {0.05, 0, 0.2}, {0, 0.3, 0.1}},
                new double[] {5, 3, 8}, new double[] {-1.2, -0.5, -2}, new double[] {1.5, 2, 4});
        PeriodState base = PeriodState.base(mk);
        Equilibrium before = solver.solve(mk, base);
        Equilibrium after = solver.solve(mk, base.withTariff(0, 0, 0.6));
        assertTrue(after.price(0) < before.price(0), "taxed exporter's price falls");
        assertTrue(after.quantity(1, 0) > before.quantity(1, 0));
        assertTrue(after.quantity(2, 0) > before.quantity(2, 0));
        assertTrue(after.supply(0) < before.supply(0), "it sells less in total");
    }

    /** Identical sources get identical results. */
    @Test
    void identicalSourcesGetIdenticalResults() {
        ProductMarket mk = Markets.market(
                new double[][] {{100, 70, 70, 20}, {15, 40, 40, 90}},
                new double[][] {{0, 0.2, 0.2, 0.05}, {0.1, 0.3, 0.3, 0}},
                new double[] {4, 2}, new double[] {-0.7, -1.5}, new double[] {3, 1.2, 1.2, INF});
        PeriodState st = PeriodState.base(mk).withTariff(0, 0, 0.4).withTariff(1, 3, 0.25);
        Equilibrium eq = solver.solve(mk, st);
        assertEquals(eq.price(1), eq.price(2), 1e-12);
        for (int m = 0; m < 2; m++) {
            assertEquals(eq.quantity(m, 1), eq.quantity(m, 2), 1e-12 * eq.quantity(m, 1));
        }
    }

    /** Prices returned clear every market when checked with the textbook equations. */
    @Test
    void returnedPricesClearMarkets() {
        ProductMarket mk = Markets.market(
                new double[][] {{100, 50, 200, 0}, {30, 80, 10, 5}},
                new double[][] {{0.1, 0.1, 0, 0}, {0.05, 0, 0.2, 1.0}},
                new double[] {1.0, 6}, new double[] {-1, -0.3}, new double[] {0.8, 2, 4, 0.3});
        PeriodState st = new PeriodState(new double[][] {{1.5, 0.1, 0, 0}, {0.05, 0, 0.6, 0.2}},
                new double[] {1.1, 0.9}, new double[] {1.05, 1, 0.97, 1.2}, new double[] {0.9, 1.1, 1, 1},
                new double[2][4]);
        Equilibrium eq = solver.solve(mk, st);
        double[] excess = Markets.excessDemand(mk, st, eq.price());
        for (double e : excess) assertTrue(Math.abs(e) < 1e-10, "excess demand " + e);
        assertTrue(eq.maxResidual() < 1e-10);
    }

    /** A warm start from the solution converges at once to the same point. */
    @Test
    void warmStartFromTheSolutionNeedsNoIteration() {
        ProductMarket mk = Markets.market(
                new double[][] {{100, 50, 200}, {30, 80, 10}},
                new double[][] {{0.1, 0.1, 0}, {0.05, 0, 0.2}},
                new double[] {5, 3}, new double[] {-1.2, -0.5}, new double[] {1.5, 2, 4});
        PeriodState st = PeriodState.base(mk).withTariff(0, 0, 0.35);
        Equilibrium cold = solver.solve(mk, st);
        Equilibrium warm = solver.solve(mk, st, cold.logPrice());
        assertTrue(warm.iterations() <= 1);
        for (int s = 0; s < 3; s++) assertEquals(cold.price(s), warm.price(s), 1e-12);
    }

    /** A market with no base flows is inert and a source with none keeps p = 1. */
    @Test
    void emptyMarketIsInert() {
        ProductMarket mk = Markets.market(
                new double[][] {{100, 50, 0}, {0, 0, 0}},
                new double[][] {{0.1, 0.1, 0}, {0, 0, 0}},
                new double[] {5, 3}, new double[] {-1.2, -0.5}, new double[] {1.5, 2, 4});
        Equilibrium eq = solver.solve(mk, PeriodState.base(mk).withTariff(0, 0, 0.5).withTariff(1, 1, 0.5));
        assertEquals(1.0, eq.priceIndex(1), 0.0);
        assertEquals(1.0, eq.price(2), 0.0);
        for (int s = 0; s < 3; s++) assertEquals(0.0, eq.quantity(1, s), 0.0);
        assertEquals(0.0, eq.quantity(0, 2), 0.0);
    }

    /** With too few iterations the solver says which product failed and how far it got. */
    @Test
    void iterationCapNamesProductAndResidual() {
        ProductMarket mk = Markets.market(
                new double[][] {{100, 50, 200}, {30, 80, 10}},
                new double[][] {{0.1, 0.1, 0}, {0.05, 0, 0.2}},
                new double[] {5, 3}, new double[] {-1.2, -0.5}, new double[] {1.5, 2, 4});
        PeriodState st = PeriodState.base(mk).withTariff(0, 0, 3.0);
        NoConvergenceException e = assertThrows(NoConvergenceException.class,
                () -> new EquilibriumSolver(1).solve(mk, st));
        assertEquals("widgets", e.product());
        assertTrue(e.residual() > 1e-10);
        assertTrue(e.getMessage().contains("widgets"), e.getMessage());
        assertTrue(e.getMessage().contains("excess demand"), e.getMessage());
    }

    @Test
    void mismatchedStateIsRejected() {
        ProductMarket mk = Markets.market(new double[][] {{1, 2}}, new double[][] {{0, 0}},
                new double[] {2}, new double[] {-1}, new double[] {1, 1});
        PeriodState wrong = new PeriodState(new double[1][3], new double[] {1}, Markets.filled(3, 1),
                Markets.filled(3, 1), new double[1][3]);
        assertThrows(IllegalArgumentException.class, () -> solver.solve(mk, wrong));
    }

    /**
     * The corners the brief names (tariff 1000%, σ 50, η 0.01, flows from 1e-9 to 1e9) solve to
     * the required tolerance with finite numbers, checked by the textbook equations.
     */
    @Test
    void extremeButValidInputsSolve() {
        ProductMarket mk = Markets.market(
                new double[][] {{1e9, 1e-9, 3e4, 0}, {1e-9, 2e8, 1e-3, 5e5}, {7e2, 1e-9, 1e9, 1}},
                new double[][] {{0, 10, 0.5, 0}, {10, 0, 3, 1}, {0.2, 10, 0, 7}},
                new double[] {50, 0.05, 1}, new double[] {-3, 0, -1}, new double[] {0.01, 50, 0.01, INF});
        PeriodState st = PeriodState.base(mk).withTariff(0, 0, 10).withTariff(1, 1, 10).withTariff(2, 2, 10)
                .withTariff(0, 1, 0).withTariff(1, 3, 0);
        Equilibrium eq = solver.solve(mk, st);
        assertTrue(eq.maxResidual() < 1e-10, "residual " + eq.maxResidual());
        double[] excess = Markets.excessDemand(mk, st, eq.price());
        for (double e : excess) assertTrue(Double.isNaN(e) || Math.abs(e) < 1e-9, "excess demand " + e);
        for (int m = 0; m < 3; m++) {
            assertTrue(Double.isFinite(eq.priceIndex(m)) && Double.isFinite(eq.expenditure(m)));
            for (int s = 0; s < 4; s++) assertTrue(Double.isFinite(eq.quantity(m, s)) && eq.quantity(m, s) >= 0);
        }
    }

    /** The line search brings a start far from the answer (prices off by e^±4) to the same point. */
    @Test
    void distantStartConvergesToTheSameEquilibrium() {
        ProductMarket mk = Markets.market(
                new double[][] {{100, 50, 200}, {30, 80, 10}},
                new double[][] {{0.1, 0.1, 0}, {0.05, 0, 0.2}},
                new double[] {9, 3}, new double[] {-1.2, -0.5}, new double[] {0.3, 2, 4});
        PeriodState st = PeriodState.base(mk).withTariff(0, 0, 1.5);
        Equilibrium near = solver.solve(mk, st);
        Equilibrium far = solver.solve(mk, st, new double[] {4, -4, 4});
        for (int s = 0; s < 3; s++) assertEquals(near.price(s), far.price(s), 1e-10 * near.price(s));
    }

    /** One solver reused across products of different sizes gives what fresh solvers give. */
    @Test
    void reusedSolverMatchesFreshSolvers() {
        ProductMarket small = Markets.market(
                new double[][] {{100, 50}}, new double[][] {{0.1, 0}},
                new double[] {3}, new double[] {-1}, new double[] {1.5, 2});
        ProductMarket large = Markets.market(
                new double[][] {{100, 50, 200, 10}, {30, 80, 10, 0}, {5, 0, 60, 70}},
                new double[][] {{0.1, 0.1, 0, 0.3}, {0.05, 0, 0.2, 0}, {0, 0, 0.1, 0.2}},
                new double[] {5, 3, 1}, new double[] {-1.2, -0.5, -2}, new double[] {1.5, INF, 4, 0.7});
        PeriodState smallState = PeriodState.base(small).withTariff(0, 0, 0.6);
        PeriodState largeState = PeriodState.base(large).withTariff(0, 0, 0.6).withWedge(2, 3, -0.1);
        Equilibrium smallFresh = new EquilibriumSolver().solve(small, smallState);
        Equilibrium largeFresh = new EquilibriumSolver().solve(large, largeState);
        EquilibriumSolver shared = new EquilibriumSolver();
        for (int round = 0; round < 3; round++) {
            assertEquals(largeFresh, shared.solve(large, largeState));
            assertEquals(smallFresh, shared.solve(small, smallState));
        }
    }

    /** A warm start whose prices overflow the model falls back to p = 1 and still solves. */
    @Test
    void uselessWarmStartFallsBackToBasePrices() {
        ProductMarket mk = Markets.market(
                new double[][] {{100, 50, 200}, {30, 80, 10}},
                new double[][] {{0.1, 0.1, 0}, {0.05, 0, 0.2}},
                new double[] {9, 3}, new double[] {-1.2, -0.5}, new double[] {0.3, 2, 4});
        PeriodState st = PeriodState.base(mk).withTariff(0, 0, 1.5);
        Equilibrium cold = solver.solve(mk, st);
        Equilibrium odd = solver.solve(mk, st, new double[] {800, -800, 800});
        for (int s = 0; s < 3; s++) assertEquals(cold.price(s), odd.price(s), 1e-10 * cold.price(s));
    }
}
