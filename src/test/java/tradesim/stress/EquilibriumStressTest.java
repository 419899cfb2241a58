package tradesim.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import tradesim.engine.equilibrium.Equilibrium;
import tradesim.engine.equilibrium.EquilibriumSolver;
import tradesim.engine.equilibrium.NoConvergenceException;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.engine.equilibrium.ProductMarket;

/**
 * Numerical stress (issue 8): every combination of tariff {0, 10, 300, 1000}%, σ {0.1, 1, 4, 50},
 * ε {−10, −1, −0.3, 0}, η {0.01, 1, ∞}, four flow patterns spanning 1e-9 to 1e9 with zeros, a
 * source with one tiny flow and a market with one source, and the tariff on one flow or on all
 * imports of a market. Each solve either clears every market to a relative excess demand below
 * 1e-10, checked here from the returned quantities and prices, with every number finite; or throws
 * {@link NoConvergenceException} naming the product and the residual. Nothing else.
 */
class EquilibriumStressTest {

    static final double[] TARIFF_PCT = {0, 10, 300, 1000};
    static final double[] SIGMA = {0.1, 1, 4, 50};
    static final double[] EPSILON = {-10, -1, -0.3, 0};
    static final double[] ETA = {0.01, 1, Double.POSITIVE_INFINITY};
    static final List<String> COUNTRIES = List.of("AAA", "BBB", "CCC");

    /** [market][source] base flows; market and source i are the same country (diagonal = domestic). */
    record Pattern(String name, double[][] flows) {
    }

    static final List<Pattern> PATTERNS = List.of(
            new Pattern("spread 1e-9..1e9 with zeros", new double[][] {
                    {1e9, 1e-9, 0}, {1, 0, 1e3}, {1e-9, 1e6, 1e9}}),
            new Pattern("a source with a single tiny flow", new double[][] {
                    {5e8, 2e8, 1e-9}, {3e8, 6e8, 0}, {0, 0, 0}}),
            new Pattern("a market with one source", new double[][] {
                    {0, 1e4, 0}, {7e3, 2e5, 4e2}, {1e-3, 0, 9e7}}),
            new Pattern("one flow only", new double[][] {
                    {0, 0, 0}, {0, 0, 0}, {1e-9, 0, 0}}));

    @Test
    void everyCombinationConvergesOrFailsNamingProductAndResidual() {
        EquilibriumSolver solver = new EquilibriumSolver();
        int cases = 0;
        int converged = 0;
        List<String> failures = new ArrayList<>();
        for (Pattern pattern : PATTERNS) {
            for (double tariff : TARIFF_PCT) {
                for (double sigma : SIGMA) {
                    for (double epsilon : EPSILON) {
                        for (double eta : ETA) {
                            for (boolean allImports : new boolean[] {false, true}) {
                                cases++;
                                String label = String.format(Locale.ROOT, "%s, tariff %s%% on %s, sigma %s, "
                                                + "epsilon %s, eta %s", pattern.name(), tariff,
                                        allImports ? "all imports of AAA" : "AAA from BBB", sigma, epsilon, eta);
                                ProductMarket mk = market(pattern, sigma, epsilon, eta);
                                PeriodState state = state(mk, tariff / 100, allImports);
                                try {
                                    Equilibrium eq = solver.solve(mk, state);
                                    checkCleared(label, mk, state, eq);
                                    converged++;
                                } catch (NoConvergenceException e) {
                                    assertEquals("stress", e.product(), label);
                                    assertTrue(e.getMessage().contains("product stress")
                                            && e.getMessage().contains("max relative excess demand"), label + ": "
                                            + e.getMessage());
                                    failures.add(label + ": " + e.getMessage());
                                } catch (RuntimeException e) {
                                    fail(label + ": escaped " + e, e);
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "equilibrium stress grid: %d cases, %d converged, %d NoConvergenceException%n",
                cases, converged, failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertEquals(4 * 4 * 4 * 3 * PATTERNS.size() * 2, cases);
    }

    static ProductMarket market(Pattern p, double sigma, double epsilon, double eta) {
        int n = COUNTRIES.size();
        double[] s = new double[n];
        double[] e = new double[n];
        double[] h = new double[n];
        java.util.Arrays.fill(s, sigma);
        java.util.Arrays.fill(e, epsilon);
        java.util.Arrays.fill(h, eta);
        return new ProductMarket("stress", COUNTRIES, COUNTRIES, p.flows(), new double[n][n], s, e, h);
    }

    static PeriodState state(ProductMarket mk, double tariff, boolean allImports) {
        PeriodState s = PeriodState.base(mk);
        for (int src = 0; src < mk.sourceCount(); src++) {
            if (src == 0 || !allImports && src != 1) continue;
            s = s.withTariff(0, src, tariff);
        }
        return s;
    }

    /** Market clearing recomputed from what the solver returned, and every number finite. */
    static void checkCleared(String label, ProductMarket mk, PeriodState state, Equilibrium eq) {
        for (int s = 0; s < mk.sourceCount(); s++) {
            assertTrue(Double.isFinite(eq.price(s)) && eq.price(s) > 0, label + ": price " + eq.price(s));
            double sold = 0;
            for (int m = 0; m < mk.marketCount(); m++) {
                double q = eq.quantity(m, s);
                assertTrue(Double.isFinite(q) && q >= 0, label + ": quantity " + q);
                sold += q;
            }
            if (mk.clears(s)) {
                double supply = mk.baseSupply(s) * state.supplyFactor(s) * Math.pow(eq.price(s), mk.eta(s));
                double excess = Math.abs(sold / supply - 1);
                assertTrue(excess < EquilibriumSolver.REQUIRED_RESIDUAL, label + ": source " + mk.sources().get(s)
                        + " excess demand " + excess + " (solver says " + eq.maxResidual() + ")");
            }
        }
        for (int m = 0; m < mk.marketCount(); m++) {
            assertTrue(Double.isFinite(eq.priceIndex(m)) && eq.priceIndex(m) > 0, label + ": index " + eq.priceIndex(m));
            assertTrue(Double.isFinite(eq.expenditure(m)), label + ": expenditure " + eq.expenditure(m));
        }
        assertTrue(eq.maxResidual() < EquilibriumSolver.REQUIRED_RESIDUAL, label + ": residual " + eq.maxResidual());
    }
}
