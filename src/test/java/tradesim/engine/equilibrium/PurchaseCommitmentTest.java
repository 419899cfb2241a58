package tradesim.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Purchase commitments (DESIGN.md: a_ms ≥ 1 found by BrentSolver so that p_s q_ms = V). */
class PurchaseCommitmentTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private final EquilibriumSolver solver = new EquilibriumSolver();

    /** Wheat into JPN and KOR from USA, CAN, AUS (and JPN's own), finite supply everywhere. */
    private static ProductMarket wheat(double sigmaJpn, double epsJpn) {
        return new ProductMarket("wheat", List.of("JPN", "KOR"), List.of("USA", "CAN", "AUS", "JPN"),
                new double[][] {{700, 450, 380, 300}, {500, 100, 400, 0}},
                new double[][] {{0.1, 0.1, 0.1, 0}, {0.03, 0.03, 0.0, 0}},
                new double[] {sigmaJpn, 5}, new double[] {epsJpn, -0.4}, new double[] {3, 2, 1.5, 0.8});
    }

    /**
     * The floor is met and the flow obeys the demand equation at the weight found. Rivals lose
     * when the nest is substitutable (σ ≥ 1, σ + ε > 0): a higher a lowers P_m and rivals' demand
     * moves with P^(σ+ε). With σ < 1 and σ + ε > 0 the design's index rises with a instead, and
     * rivals gain, so crowding out is only asserted where the model implies it.
     */
    @ParameterizedTest
    @CsvSource({"5, -0.3, true", "1, -0.3, true", "12, -2, true", "0.6, -0.2, false"})
    void bindingFloorIsMetAndCrowdsOutCompetitors(double sigma, double eps, boolean crowdsOut) {
        ProductMarket mk = wheat(sigma, eps);
        PeriodState base = PeriodState.base(mk);
        Equilibrium free = solver.solve(mk, base);
        double committed = 1.3 * free.value(0, 0);
        PeriodState st = base.withPurchaseFloor(0, 0, committed);
        Equilibrium eq = solver.solve(mk, st);

        assertEquals(committed, eq.value(0, 0), 1e-9 * committed);
        assertTrue(eq.preference(0, 0) > 1);
        for (int s = 1; s < 4; s++) {
            assertEquals(crowdsOut, eq.quantity(0, s) < free.quantity(0, s), "competitor " + s + " loses in JPN");
            assertEquals(1.0, eq.preference(0, s), 0.0);
        }
        // Still an equilibrium of the model at the weights found.
        double[] excess = Markets.excessDemand(mk, st, eq.price(), eq.preference());
        for (double e : excess) assertTrue(Math.abs(e) < 1e-10, "excess demand " + e);
        // And the flow itself follows the demand equation with that weight.
        double[] q = Markets.demandIn(mk, st, eq.price(), eq.preference(), 0);
        assertEquals(q[0], eq.quantity(0, 0), 1e-11 * q[0]);
    }

    @Test
    void nonBindingFloorLeavesTheEquilibriumUnchanged() {
        ProductMarket mk = wheat(5, -0.3);
        PeriodState base = PeriodState.base(mk).withTariff(0, 1, 0.2);
        Equilibrium free = solver.solve(mk, base);
        Equilibrium eq = solver.solve(mk, base.withPurchaseFloor(0, 0, 0.8 * free.value(0, 0)));
        for (int m = 0; m < 2; m++) {
            for (int s = 0; s < 4; s++) {
                assertEquals(1.0, eq.preference(m, s), 0.0);
                assertEquals(free.quantity(m, s), eq.quantity(m, s), 1e-12 * free.quantity(m, s));
            }
        }
    }

    /**
     * Elastic composite demand in JPN, so that rival floors there can hold together (with
     * ε > −1 a weight also shrinks the market, and two rivals' floors may be jointly infeasible).
     */
    @Test
    void severalFloorsAreMetTogether() {
        ProductMarket mk = wheat(5, -1.5);
        PeriodState base = PeriodState.base(mk);
        Equilibrium free = solver.solve(mk, base);
        // Two rival floors in JPN (USA and CAN) and one in KOR (USA): each pulls against the others.
        PeriodState st = base.withPurchaseFloor(0, 0, 1.2 * free.value(0, 0))
                .withPurchaseFloor(0, 1, 1.1 * free.value(0, 1))
                .withPurchaseFloor(1, 0, 1.15 * free.value(1, 0));
        Equilibrium eq = solver.solve(mk, st);
        assertEquals(1.2 * free.value(0, 0), eq.value(0, 0), 1e-9 * eq.value(0, 0));
        assertEquals(1.1 * free.value(0, 1), eq.value(0, 1), 1e-9 * eq.value(0, 1));
        assertEquals(1.15 * free.value(1, 0), eq.value(1, 0), 1e-9 * eq.value(1, 0));
        assertTrue(eq.maxResidual() < 1e-10);
    }

    @Test
    void floorOnAFlowWithNoBaseTradeIsImpossible() {
        ProductMarket mk = wheat(5, -0.3);
        PeriodState st = PeriodState.base(mk).withPurchaseFloor(1, 3, 50);
        ImpossiblePurchaseException e = assertThrows(ImpossiblePurchaseException.class, () -> solver.solve(mk, st));
        assertEquals("KOR", e.market());
        assertEquals("JPN", e.source());
        assertEquals(50.0, e.committed(), 0.0);
        assertEquals(0.0, e.reachable(), 0.0);
        assertTrue(e.getMessage().contains("wheat") && e.getMessage().contains("KOR"), e.getMessage());
    }

    /**
     * With inelastic composite demand (ε > −1) a higher weight also lowers P and the market's
     * expenditure, so the value of USA wheat in JPN is bounded: a floor of 10× JPN's whole
     * market cannot be met, and the exception reports the most that can be reached.
     */
    @Test
    void floorBeyondReachIsImpossibleAndReportsTheMostReachable() {
        ProductMarket mk = wheat(5, -0.3);
        Equilibrium free = solver.solve(mk, PeriodState.base(mk));
        double committed = 10 * (700 + 450 + 380 + 300);
        ImpossiblePurchaseException e = assertThrows(ImpossiblePurchaseException.class,
                () -> solver.solve(mk, PeriodState.base(mk).withPurchaseFloor(0, 0, committed)));
        assertTrue(e.reachable() > free.value(0, 0) && e.reachable() < committed, e.getMessage());
        // The reported maximum is reachable: a floor just below it is met.
        Equilibrium eq = solver.solve(mk, PeriodState.base(mk).withPurchaseFloor(0, 0, 0.999 * e.reachable()));
        assertEquals(0.999 * e.reachable(), eq.value(0, 0), 1e-9 * eq.value(0, 0));
    }

    /** Flat supply: p stays 1, so the floor is on the quantity itself. */
    @Test
    void floorWithFlatSupply() {
        ProductMarket mk = new ProductMarket("soy", List.of("CHN"), List.of("USA", "BRA"),
                new double[][] {{120, 380}}, new double[][] {{0.28, 0.03}}, new double[] {6}, new double[] {-0.5},
                new double[] {INF, INF});
        Equilibrium eq = solver.solve(mk, PeriodState.base(mk).withPurchaseFloor(0, 0, 200));
        assertEquals(200, eq.quantity(0, 0), 200 * 1e-9);
        assertEquals(1.0, eq.price(0), 0.0);
        assertTrue(eq.quantity(0, 1) < 380);
    }
}
