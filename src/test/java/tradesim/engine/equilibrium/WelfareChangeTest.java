package tradesim.engine.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WelfareChangeTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private final EquilibriumSolver solver = new EquilibriumSolver();

    private static ProductMarket market(double sigma, double epsilon, double[] eta) {
        return new ProductMarket("beef", List.of("JPN", "KOR"), List.of("USA", "AUS", "JPN"),
                new double[][] {{1400, 1800, 600}, {1100, 900, 20}},
                new double[][] {{0.385, 0.285, 0}, {0.40, 0.30, 0.40}},
                new double[] {sigma, 4}, new double[] {epsilon, -0.9}, eta);
    }

    private WelfareChange welfare(ProductMarket mk, PeriodState scen) {
        return WelfareChange.between(mk, solver.solve(mk, PeriodState.base(mk)), solver.solve(mk, scen));
    }

    @Test
    void sameStateTwiceGivesExactlyZero() {
        ProductMarket mk = market(4, -0.7, new double[] {2, 1.5, 0.8});
        PeriodState st = PeriodState.base(mk).withTariff(0, 0, 0.09).withTariff(1, 1, 0.1);
        Equilibrium eq = solver.solve(mk, st);
        WelfareChange w = WelfareChange.between(mk, eq, eq);
        for (int m = 0; m < 2; m++) assertEquals(0.0, w.consumerSurplus(m), 0.0);
        for (int s = 0; s < 3; s++) assertEquals(0.0, w.producerSurplus(s), 0.0);
    }

    @Test
    void flatSupplyHasNoProducerSurplus() {
        ProductMarket mk = market(4, -0.7, new double[] {INF, INF, INF});
        WelfareChange w = welfare(mk, PeriodState.base(mk).withTariff(0, 0, 0.09).withTariff(0, 1, 0.5));
        for (int s = 0; s < 3; s++) assertEquals(0.0, w.producerSurplus(s), 0.0);
        assertTrue(w.consumerSurplus(0) != 0);
    }

    /**
     * Shephard's lemma: for a small change, ΔCS_m ≈ −Σ_s π_ms q_ms Δln π_ms at baseline
     * quantities, and ΔPS_s ≈ x_s p_s Δln p_s; the gap is second order in the change.
     */
    @Test
    void smallTariffChangeMatchesFirstOrderSurplus() {
        ProductMarket mk = market(4, -0.7, new double[] {2, 1.5, 0.8});
        PeriodState base = PeriodState.base(mk);
        PeriodState scen = base.withTariff(0, 0, 0.385 - 1e-4).withTariff(1, 1, 0.30 + 2e-4);
        Equilibrium b = solver.solve(mk, base);
        Equilibrium s = solver.solve(mk, scen);
        WelfareChange w = WelfareChange.between(mk, b, s);
        for (int m = 0; m < 2; m++) {
            double firstOrder = 0;
            double scale = 0;
            for (int j = 0; j < 3; j++) {
                double piB = (1 + base.tariff(m, j)) * b.price(j);
                double piS = (1 + scen.tariff(m, j)) * s.price(j);
                firstOrder -= piB * b.quantity(m, j) * Math.log(piS / piB);
                scale = Math.max(scale, Math.abs(Math.log(piS / piB)));
            }
            assertEquals(firstOrder, w.consumerSurplus(m), 10 * scale * Math.abs(firstOrder) + 1e-12);
            assertEquals(-b.expenditure(m) * Math.log(s.priceIndex(m) / b.priceIndex(m)), w.consumerSurplus(m),
                    10 * scale * Math.abs(firstOrder) + 1e-12);
        }
        for (int j = 0; j < 3; j++) {
            double dlnp = Math.log(s.price(j) / b.price(j));
            assertEquals(b.supply(j) * dlnp, w.producerSurplus(j), 10 * dlnp * dlnp * b.supply(j) + 1e-12);
        }
    }

    /**
     * Producer surplus is the change in the exporter's revenue over 1 + η: with a 10% cost fall
     * (price_shift −10%) and no tariff change, ΔPS_s = (p^S x^S − p^B x^B)/(1 + η) exactly as the
     * equilibria report them, and the cost-shifted exporter sells more.
     */
    @Test
    void producerSurplusIsTheRevenueChangeOverOnePlusEta() {
        ProductMarket mk = market(4, -0.7, new double[] {2, 1.5, 0.8});
        PeriodState base = PeriodState.base(mk);
        double[] phi = {0.9, 1, 1};
        PeriodState scen = new PeriodState(base.tariff(), base.demandFactor(), base.supplyFactor(), phi, base.wedge());
        Equilibrium b = solver.solve(mk, base);
        Equilibrium s = solver.solve(mk, scen);
        WelfareChange w = WelfareChange.between(mk, b, s);
        for (int j = 0; j < 3; j++) {
            assertEquals((s.price(j) * s.supply(j) - b.price(j) * b.supply(j)) / (1 + mk.eta(j)), w.producerSurplus(j),
                    1e-12 * b.supply(j));
        }
        assertTrue(s.supply(0) > b.supply(0), "a cost fall raises what USA sells");
        assertTrue(s.price(0) < b.price(0), "and lowers its world price");
    }

    /** ε = −1 uses the logarithmic limit, and nearby ε give the same number, not cancellation noise. */
    @ParameterizedTest
    @ValueSource(doubles = {1e-12, -1e-12, 1e-9, -1e-9})
    void consumerSurplusIsContinuousAcrossUnitDemandElasticity(double offset) {
        ProductMarket at = market(4, -1, new double[] {2, 1.5, 0.8});
        ProductMarket near = market(4, -1 + offset, new double[] {2, 1.5, 0.8});
        PeriodState scen = PeriodState.base(at).withTariff(0, 0, 0.09).withTariff(0, 1, 0.6);
        WelfareChange w0 = welfare(at, scen);
        WelfareChange w1 = welfare(near, scen);
        Equilibrium b = solver.solve(at, PeriodState.base(at));
        Equilibrium s = solver.solve(at, scen);
        assertEquals(-b.expenditure(0) * Math.log(s.priceIndex(0) / b.priceIndex(0)), w0.consumerSurplus(0),
                1e-12 * Math.abs(w0.consumerSurplus(0)));
        // The true change is first order in the offset; the naive power form would be off by
        // about 1e-16/offset relative (1e-4 at offset 1e-12).
        assertEquals(w0.consumerSurplus(0), w1.consumerSurplus(0),
                (10 * Math.abs(offset) + 1e-10) * Math.abs(w0.consumerSurplus(0)));
    }

    /** σ = 1 is the limit of σ → 1: flows, prices and welfare agree on both sides. */
    @ParameterizedTest
    @ValueSource(doubles = {1e-7, -1e-7, 1e-11, -1e-11})
    void resultsAreContinuousAcrossUnitSubstitution(double offset) {
        ProductMarket at = market(1, -0.7, new double[] {2, 1.5, 0.8});
        ProductMarket near = market(1 + offset, -0.7, new double[] {2, 1.5, 0.8});
        PeriodState scen = PeriodState.base(at).withTariff(0, 0, 0.09).withTariff(0, 1, 0.6).withTariff(1, 0, 0.1);
        Equilibrium e0 = solver.solve(at, scen);
        Equilibrium e1 = solver.solve(near, scen);
        // The true change is first order in the offset; rounding must stay far below it.
        double tol = 100 * Math.abs(offset) + 1e-12;
        assertEquals(e0.priceIndex(0), e1.priceIndex(0), tol);
        for (int j = 0; j < 3; j++) {
            assertEquals(e0.price(j), e1.price(j), tol);
            assertEquals(e0.quantity(0, j), e1.quantity(0, j), tol * e0.quantity(0, j));
        }
        double cs0 = welfare(at, scen).consumerSurplus(0);
        double cs1 = welfare(near, scen).consumerSurplus(0);
        assertEquals(cs0, cs1, tol * Math.abs(cs0));
    }
}
