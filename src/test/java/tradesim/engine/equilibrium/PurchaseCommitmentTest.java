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
        // Below the peak each value is reached twice; the smallest weight is the one taken, so
        // a smaller commitment needs a smaller weight (on the far side it would need a larger one).
        Equilibrium lower = solver.solve(mk, PeriodState.base(mk).withPurchaseFloor(0, 0, 0.99 * e.reachable()));
        assertTrue(lower.preference(0, 0) < eq.preference(0, 0));
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

    /**
     * Two rivals each promised 70% of a market whose spending is fixed (σ = 1, ε = −1, flat
     * supply): each floor alone is reachable, together they exceed the market.
     */
    @Test
    void rivalFloorsBeyondTheMarketTogetherAreImpossible() {
        ProductMarket mk = new ProductMarket("corn", List.of("JPN"), List.of("USA", "BRA", "ARG"),
                new double[][] {{400, 350, 250}}, new double[][] {{0, 0, 0}}, new double[] {1}, new double[] {-1},
                new double[] {INF, INF, INF});
        PeriodState one = PeriodState.base(mk).withPurchaseFloor(0, 0, 700);
        assertEquals(700, solver.solve(mk, one).value(0, 0), 700 * 1e-9);
        PeriodState both = one.withPurchaseFloor(0, 1, 700);
        ImpossiblePurchaseException e = assertThrows(ImpossiblePurchaseException.class, () -> solver.solve(mk, both));
        assertTrue(e.reachable() < 700, e.getMessage());
        assertTrue(e.getMessage().contains("other commitments") || e.getMessage().contains("together"), e.getMessage());
    }

    /**
     * Three floors each 5% above base on a market of fixed spending 1000: every floor can be met
     * given the others at first (by taking from them), never all at once. The weights escalate
     * round after round until one floor hits the weight bound: impossible, not a solver failure.
     */
    @Test
    void escalatingRivalFloorsAreImpossible() {
        ProductMarket mk = new ProductMarket("corn", List.of("JPN"), List.of("USA", "BRA", "ARG"),
                new double[][] {{400, 350, 250}}, new double[][] {{0, 0, 0}}, new double[] {1}, new double[] {-1},
                new double[] {INF, INF, INF});
        PeriodState all = PeriodState.base(mk).withPurchaseFloor(0, 0, 420).withPurchaseFloor(0, 1, 367.5)
                .withPurchaseFloor(0, 2, 262.5);
        ImpossiblePurchaseException e = assertThrows(ImpossiblePurchaseException.class, () -> solver.solve(mk, all));
        assertTrue(e.reachable() < e.committed(), e.getMessage());
    }

    /**
     * A case found by random search where rival floors on most of market M1 (σ = 1, ε ≈ −1)
     * escalate too slowly to reach the weight bound within the Gauss–Seidel rounds: still
     * reported as impossible (they cannot hold together), not as a convergence failure.
     */
    @Test
    void slowlyEscalatingRivalFloorsAreImpossible() {
        ProductMarket mk = Markets.market(
                new double[][] {
                    {1.886133772760279, 0.001116252641758821, 1.0415582118828044, 343.26644191855047, 0.39518612358061916},
                    {0.04909368658147941, 0.7012132915139941, 0.007438289651809439, 1.4995061181813198, 0.2633857535782027},
                    {0.0, 67.113929016593, 3.9078908333845685E-4, 106.53018161998145, 330.0588410936073},
                    {0.005262060551867927, 179.4392806084612, 940.9170020170743, 0.9733700648821935, 55.6168418737839}},
                new double[][] {
                    {0.23917600840646214, 2.914292713390256, 0.8891966854147517, 0.1949443835344492, 0.5952903171893411},
                    {0.7856874855103855, 2.296948737591372, 1.4663151674963641, 0.4692927679207751, 1.403584688313759},
                    {1.9603182360824634, 1.7651070222860428, 2.0784682418919123, 0.5644708712734889, 1.5680659971748856},
                    {0.04082003524071298, 1.4761173784623653, 1.6634999148286438, 1.509237495147376, 0.40474176512089877}},
                new double[] {0.9749497427779635, 1.0, 7.858460708778754, 1.0},
                new double[] {-2.6266947523503226, -1.0130769548121532, -1.8701417173410797, -1.975257302898708},
                new double[] {2.2200356373332086, 4.014276177176219, 10.676291651804044, 3.8875651403717937, INF});
        PeriodState st = new PeriodState(
                new double[][] {
                    {2.779662304542845, 0.6985804778765798, 1.8491461113783787, 0.30056293146499335, 1.8440962408499666},
                    {0.353746258232684, 1.8539861181936175, 1.5518103573148605, 0.8742236042513418, 1.354908926016369},
                    {1.2001313117016497, 0.5629454220841326, 2.721242004985651, 2.2737988445420583, 1.348540696896885},
                    {0.679180871761515, 2.6548449985513245, 1.660777428573527, 1.915924756134662, 0.4633409980796668}},
                new double[] {1.3642565721459858, 0.734153281442924, 1.2548982709909753, 1.2738931282267576},
                new double[] {1.3745529212619685, 0.9196715006208129, 1.2135815149548934, 1.0122710316413635, 0.9947475785926196},
                Markets.filled(5, 1.0),
                new double[][] {{0, 0, 0, 0, 0}, {0, 0.752568618828799, 0, 0.6944665284458486, 0.1915473690747749},
                    {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}});
        ImpossiblePurchaseException e = assertThrows(ImpossiblePurchaseException.class, () -> solver.solve(mk, st));
        assertEquals("M1", e.market());
        assertTrue(e.getMessage().contains("together"), e.getMessage());
        assertTrue(e.reachable() < e.committed(), e.getMessage());
    }
}
