package tradesim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tradesim.engine.equilibrium.Equilibrium;
import tradesim.engine.equilibrium.EquilibriumSolver;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.engine.equilibrium.ProductMarket;

class PartialAdjustmentTest {

    @Test
    void aZeroHalfLifeClosesTheGapAtOnce() {
        assertEquals(1.0, PartialAdjustment.share(0.0, 1.0), 0.0);
        assertEquals(1.0, PartialAdjustment.share(0.0, 3.0), 0.0);
        assertEquals(0.7, PartialAdjustment.step(0.0, 0.7, 1.0), 0.0, "from no deviation: exactly the target");
        // From elsewhere d + (d* − d) is d* up to one rounding.
        assertEquals(0.7, PartialAdjustment.step(-2.0, 0.7, 1.0), 1e-15);
    }

    @Test
    void oneHalfLifeClosesHalfTheGap() {
        // One period as long as the half-life, and six monthly periods of a six-month half-life.
        assertEquals(0.5, PartialAdjustment.share(3.0, 3.0), 0.0);
        double lambda = PartialAdjustment.share(6.0, 1.0);
        double d = 0.0;
        for (int t = 0; t < 6; t++) d = PartialAdjustment.step(d, 0.4, lambda);
        assertEquals(0.2, d, 1e-15);
        // From a deviation above the target too: half of the way back down.
        d = 1.0;
        for (int t = 0; t < 6; t++) d = PartialAdjustment.step(d, 0.4, lambda);
        assertEquals(0.7, d, 1e-15);
    }

    @Test
    void repeatedStepsFollowTheClosedForm() {
        // d_n = d* + (d_0 − d*)(1 − λ)^n for a constant target.
        for (double h : new double[] {0.5, 2.0, 6.0, 18.0}) {
            for (double months : new double[] {1.0, 3.0, 12.0}) {
                double lambda = PartialAdjustment.share(h, months);
                assertTrue(lambda > 0 && lambda < 1);
                double d = -0.3;
                for (int n = 1; n <= 40; n++) {
                    d = PartialAdjustment.step(d, 0.25, lambda);
                    double expected = 0.25 + (-0.3 - 0.25) * Math.pow(0.5, n * months / h);
                    assertEquals(expected, d, 1e-14, "h=" + h + " months=" + months + " n=" + n);
                }
            }
        }
    }

    /** Two markets, one exporter each plus a rival; a tariff on (0, 1) moves the flows. */
    private static ProductMarket market() {
        return new ProductMarket("widgets", List.of("M0", "M1"), List.of("S0", "S1"),
                new double[][] {{300, 100}, {50, 200}}, new double[][] {{0, 0.1}, {0.05, 0}},
                new double[] {4, 3}, new double[] {-1, -0.8}, new double[] {2, 5});
    }

    @Test
    void aFlowPathReportsTheBaselineQuantityAtTheScenarioPriceScaledByTheAdjustedDeviation() {
        ProductMarket mk = market();
        EquilibriumSolver solver = new EquilibriumSolver();
        PeriodState base = PeriodState.base(mk);
        Equilibrium[] eq = {solver.solve(mk, base), solver.solve(mk, base.withTariff(0, 1, 0.4))};
        int periods = 12;
        int[] baseline = new int[periods];
        int[] scenario = new int[periods];
        for (int t = 3; t < periods; t++) scenario[t] = 1;   // the tariff from period 3 on
        int stride = 3;
        double[] value = new double[periods * stride];
        double[] baselineValue = new double[periods * stride];
        double lambda = PartialAdjustment.share(4.0, 1.0);
        PartialAdjustment.flowPath(eq, baseline, scenario, 0, 1, lambda, value, baselineValue, 2, stride);
        double qB = eq[0].quantity(0, 1);
        double target = Math.log(eq[1].quantity(0, 1) / qB);
        assertTrue(target < -0.1, "a 40% tariff cuts the flow");
        for (int t = 0; t < periods; t++) {
            int c = 2 + t * stride;
            double d = t < 3 ? 0.0 : target * (1 - Math.pow(0.5, (t - 2) / 4.0));
            double price = eq[scenario[t]].price(1);
            assertEquals(price * qB * Math.exp(d), value[c], 1e-12 * value[c], "period " + t);
            assertEquals(eq[0].price(1) * qB, baselineValue[c], 0.0);
        }
        // Other cells are not touched.
        assertEquals(0.0, value[0], 0.0);
        assertEquals(0.0, baselineValue[stride + 1], 0.0);
    }

    @Test
    void aFlowWithoutBaseTradeReportsZero() {
        // M1 buys nothing from S0 in the base year: that flow stays at 0 whatever the tariff.
        ProductMarket mk = new ProductMarket("widgets", List.of("M0", "M1"), List.of("S0", "S1"),
                new double[][] {{300, 100}, {0, 200}}, new double[][] {{0, 0}, {0, 0}},
                new double[] {4, 3}, new double[] {-1, -0.8}, new double[] {2, 5});
        EquilibriumSolver solver = new EquilibriumSolver();
        PeriodState base = PeriodState.base(mk);
        Equilibrium[] eq = {solver.solve(mk, base), solver.solve(mk, base.withTariff(1, 0, 0.3))};
        double[] value = {7, 7, 7};
        double[] baselineValue = {7, 7, 7};
        PartialAdjustment.flowPath(eq, new int[] {0, 0, 0}, new int[] {1, 1, 1}, 1, 0, 0.5, value, baselineValue, 0,
                1);
        assertEquals(List.of(0.0, 0.0, 0.0), List.of(value[0], value[1], value[2]));
        assertEquals(List.of(0.0, 0.0, 0.0), List.of(baselineValue[0], baselineValue[1], baselineValue[2]));
    }
}
