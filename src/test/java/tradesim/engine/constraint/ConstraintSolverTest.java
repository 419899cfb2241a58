package tradesim.engine.constraint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import tradesim.model.Action;

/**
 * The wedge search against closed forms. One market, one source, η = ∞ (the world price stays 1)
 * and the source alone in its nest: then P = r and q = q⁰ P^ε, so a flow paying t + w at base rate
 * t⁰ has v(w) = v⁰ ((1 + t + w)/(1 + t⁰))^ε, which every root below inverts by hand.
 */
class ConstraintSolverTest {

    private static final double EPSILON = -1.5;

    /** v(w) on flow (0, s) of independent single-source nests: base value v0[s], base rate t0[s]. */
    private static ConstraintSolver.Response independent(double[] v0, double[] t0, double[] t) {
        return wedge -> new ReportedFlows() {
            @Override
            public double value(int m, int s) {
                return v0[s] * Math.pow((1 + t[s] + wedge[0][s]) / (1 + t0[s]), EPSILON);
            }

            @Override
            public double quantity(int m, int s) {
                return value(m, s); // η = ∞: world price 1, so quantity = value
            }
        };
    }

    @Test
    void bindingFloorMeetsItsValueAndMatchesTheClosedForm() {
        // v0 = 100 at t = 0.385; floor 130: (1 + t − ς)/(1 + t) = (130/100)^(1/ε), so
        // ς = 1.385 (1 − 1.3^(−1/1.5)) = 1.385 × 0.16064... = 0.22249...
        var floor = new QuantityConstraint.PurchaseFloor("purchase:JPN:USA:beef", 0, 0, 130, 38.5);
        var r = independent(new double[] {100}, new double[] {0.385}, new double[] {0.385});
        ConstraintSolver.Solution sol = ConstraintSolver.solve(List.of(floor), 1, 1, r, null);
        double expected = 1.385 * (1 - Math.pow(1.3, 1 / EPSILON));
        assertEquals(expected, sol.own()[0], 1e-12);
        assertEquals(-expected, sol.wedge()[0][0], 1e-12);
        assertEquals(1.0, sol.reported().value(0, 0) / 130, 1e-9);
    }

    @Test
    void slackFloorNeedsNoSubsidy() {
        var floor = new QuantityConstraint.PurchaseFloor("purchase:JPN:USA:wheat", 0, 0, 90, 0);
        var r = independent(new double[] {100}, new double[] {0}, new double[] {0});
        ConstraintSolver.Solution sol = ConstraintSolver.solve(List.of(floor), 1, 1, r, null);
        assertEquals(0.0, sol.own()[0]);
        assertEquals(100.0, sol.reported().value(0, 0));
    }

    @Test
    void unreachableFloorNamesTheCommitmentAndTheLargestReachableValue() {
        // the largest subsidy 0.99 (1 + t) leaves (1 + t)·0.01 of the price: v = 100 · 0.01^(−1.5) = 100,000
        var floor = new QuantityConstraint.PurchaseFloor("purchase:JPN:USA:corn", 0, 0, 2e5, 0);
        var r = independent(new double[] {100}, new double[] {0}, new double[] {0});
        var e = assertThrows(ConstraintSolver.UnreachableFloorException.class,
                () -> ConstraintSolver.solve(List.of(floor), 1, 1, r, null));
        assertEquals("purchase:JPN:USA:corn", e.constraint());
        assertEquals(1e5, e.reachable(), 1e-6);
        assertTrue(e.getMessage().contains("purchase:JPN:USA:corn"), e.getMessage());
    }

    /** A value quota on one flow at in-quota rate 0 and out-of-quota rate 50%, base rate 50%. */
    private static QuantityConstraint.Quota quota(double amount) {
        return new QuantityConstraint.Quota("wheat_q", new int[] {0}, new int[] {0}, amount,
                Action.QuantityUnit.USD_M, new double[] {1}, 0, new double[] {50}, Action.RentHolder.IMPORTER);
    }

    @Test
    void quotaInEachRegime() {
        // At t_in = 0 the flow is v(0) = 100 · (1/1.5)^(−1.5) = 183.71; at the bound w = 0.5 it is 100.
        var r = independent(new double[] {100}, new double[] {0.5}, new double[] {0});
        // unfilled: 200 > 183.71
        assertEquals(0.0, ConstraintSolver.solve(List.of(quota(200)), 1, 1, r, null).own()[0]);
        // over quota: 90 < 100
        assertEquals(0.5, ConstraintSolver.solve(List.of(quota(90)), 1, 1, r, null).own()[0]);
        // binding: 150 = 100 ((1 + w)/1.5)^(−1.5), so w = 1.5 · 1.5^(−1/1.5) − 1
        ConstraintSolver.Solution b = ConstraintSolver.solve(List.of(quota(150)), 1, 1, r, null);
        assertEquals(1.5 * Math.pow(1.5, -1 / 1.5) - 1, b.own()[0], 1e-12);
        assertEquals(1.0, b.reported().value(0, 0) / 150, 1e-9);
    }

    @Test
    void constraintsAreSolvedJointlyAndTheirOrderDoesNotMatter() {
        // two flows that interact: each flow's value also falls with the other's wedge
        ConstraintSolver.Response r = wedge -> new ReportedFlows() {
            @Override
            public double value(int m, int s) {
                double own = 1 + wedge[0][s];
                double other = 1 + wedge[0][1 - s];
                return (s == 0 ? 100 : 80) * Math.pow(own, -2) * Math.pow(other, 0.3);
            }

            @Override
            public double quantity(int m, int s) {
                return value(m, s);
            }
        };
        var floor = new QuantityConstraint.PurchaseFloor("purchase:A:B:x", 0, 0, 120, 0);
        var q = new QuantityConstraint.Quota("q", new int[] {0}, new int[] {1}, 60, Action.QuantityUnit.USD_M,
                new double[] {1}, 0, new double[] {80}, Action.RentHolder.EXPORTER);
        ConstraintSolver.Solution one = ConstraintSolver.solve(List.of(floor, q), 1, 2, r, null);
        ConstraintSolver.Solution two = ConstraintSolver.solve(List.of(q, floor), 1, 2, r, null);
        assertArrayEquals(one.own(), two.own(), 0.0);
        assertEquals(1.0, one.reported().value(0, 0) / 120, 1e-9);
        assertEquals(1.0, one.reported().value(0, 1) / 60, 1e-9);
        assertTrue(one.own()[0] > 0 && one.own()[1] > 0);
    }

    @Property(tries = 200)
    void theWedgeAlwaysLiesWithinItsBounds(@ForAll @DoubleRange(min = 1, max = 400) double amount,
                                          @ForAll @DoubleRange(min = 0, max = 60) double outPct,
                                          @ForAll @DoubleRange(min = 0.5, max = 300) double floorValue) {
        var r = independent(new double[] {100, 100}, new double[] {outPct / 100, 0.2}, new double[] {0, 0.2});
        var q = new QuantityConstraint.Quota("q", new int[] {0}, new int[] {0}, amount, Action.QuantityUnit.USD_M,
                new double[] {1}, 0, new double[] {outPct}, Action.RentHolder.IMPORTER);
        var floor = new QuantityConstraint.PurchaseFloor("purchase:M:S:x", 0, 1, floorValue, 20);
        ConstraintSolver.Solution sol = ConstraintSolver.solve(List.of(q, floor), 1, 2, r, null);
        double w = sol.own()[ConstraintSolver.canonicalOrder(List.of(q, floor)).indexOf(q)];
        double s = sol.own()[ConstraintSolver.canonicalOrder(List.of(q, floor)).indexOf(floor)];
        assertTrue(w >= 0 && w <= outPct / 100, "quota wedge " + w);
        assertTrue(s >= 0 && s < 0.99 * 1.2, "subsidy " + s);
    }
}
