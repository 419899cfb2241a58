package tradesim.engine.equilibrium;

import java.util.Locale;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * A purchase commitment: the annual value p_s q_ms of flow (m, s) at world prices is at least
 * {@code committed}. Its instrument is the preference weight a_ms ≥ 1, set to the smallest weight
 * with p_s q_ms = V (a = 1 if the unconstrained value already reaches V).
 *
 * <p>The value is not monotone in a in general: a larger a also moves P_m (down for σ > 1, up for
 * σ < 1) and with it the market's spending E⁰_m D_m P_m^(1+ε), so the value of s can peak and then
 * fall. The search therefore scans ln a on a coarse grid up to ln {@link #MAX_PREFERENCE},
 * brackets the first crossing, and locates it with Commons Math {@code BrentSolver}; if the scan
 * passes a peak below V, {@code BrentOptimizer} finds the peak, which decides between a root and
 * {@link ImpossiblePurchaseException}.
 *
 * @param market    m
 * @param source    s
 * @param committed V, USD million a year, > 0
 */
record PurchaseFloor(int market, int source, double committed) implements QuantityConstraint {

    /**
     * Upper bound on a purchase commitment's preference weight a_ms. A weight a million times
     * the base taste is far outside anything a commitment could plausibly buy; a floor that
     * needs more is reported as impossible rather than met by an absurd distortion.
     */
    static final double MAX_PREFERENCE = 1e6;

    private static final int MAX_EVALUATIONS = 200;
    /** A log gap ln(p q / V) this small already meets the commitment to well within the tolerance of the rounds. */
    private static final double ON_TARGET = 1e-11;
    /** Grid in ln a for bracketing the first crossing of a purchase floor. */
    private static final double[] PREFERENCE_GRID = {
        0, 0.125, 0.25, 0.5, 1, 2, 4, 8, Math.log(MAX_PREFERENCE)};

    /** Sets a_ms to the smallest weight in [1, MAX_PREFERENCE] with p_s q_ms = V, others fixed. */
    @Override
    public void meet(ProductMarket mk, ConstrainedEquilibrium eq) {
        int m = market;
        int s = source;
        double lnCommitted = Math.log(committed);
        // g(ln a) = ln(p_s q_ms) − ln V, with the equilibrium re-solved at each a.
        UnivariateFunction gap = x -> {
            eq.setPreference(m, s, x);
            eq.resolve();
            return eq.logPrice(s) + Math.log(eq.quantity(m, s)) - lnCommitted;
        };
        try {
            // Gaps within ±ON_TARGET count as met. This margin, far above the rounding noise of a
            // re-solved equilibrium (~1e-15), guarantees that every bracket handed to Brent has
            // ends of opposite sign however they are re-evaluated.
            double previous = gap.value(0);
            if (previous >= -ON_TARGET) return;   // not binding: a = 1, and the point is solved
            double best = previous;
            double beforePrevious = 0;
            double previousX = 0;
            for (int i = 1; i < PREFERENCE_GRID.length; i++) {
                double x = PREFERENCE_GRID[i];
                double g = gap.value(x);
                best = Math.max(best, g);
                if (g >= -ON_TARGET) {
                    settle(eq, g <= ON_TARGET ? x : findRoot(gap, previousX, x));
                    return;
                }
                if (g < previous) {
                    // Past a peak that lies in [beforePrevious, x]; the value is unimodal in ln a.
                    UnivariatePointValuePair peak = new BrentOptimizer(1e-10, 1e-12).optimize(
                            new MaxEval(MAX_EVALUATIONS), new UnivariateObjectiveFunction(gap),
                            GoalType.MAXIMIZE, new SearchInterval(beforePrevious, x, previousX));
                    best = Math.max(best, peak.getValue());
                    if (peak.getValue() >= -ON_TARGET) {
                        settle(eq, peak.getValue() <= ON_TARGET ? peak.getPoint()
                                : findRoot(gap, beforePrevious, peak.getPoint()));
                        return;
                    }
                    break;
                }
                beforePrevious = previousX;
                previousX = x;
                previous = g;
            }
            throw new ImpossiblePurchaseException(mk.product(), mk.markets().get(m), mk.sources().get(s), committed,
                    committed * Math.exp(best), String.format(Locale.ROOT,
                            "no preference weight up to %.0e reaches it, given the other commitments", MAX_PREFERENCE));
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            throw new NoConvergenceException(mk.product(), eq.maxResidual(), eq.iterations(),
                    "purchase commitment of " + mk.markets().get(m) + " from " + mk.sources().get(s)
                            + ": " + e.getMessage(), e);
        }
    }

    /** Short of V: 1 − p q / V while unconstrained (exceeding V is allowed), else |p q / V − 1|. */
    @Override
    public double miss(ConstrainedEquilibrium eq) {
        double ratio = value(eq) / committed;
        return eq.preference(market, source) == 1 ? Math.max(0, 1 - ratio) : Math.abs(ratio - 1);
    }

    @Override
    public double instrument(ConstrainedEquilibrium eq) {
        return eq.preference(market, source);
    }

    @Override
    public boolean binds(ConstrainedEquilibrium eq) {
        return eq.preference(market, source) > 1;
    }

    @Override
    public RuntimeException cannotHoldTogether(ProductMarket mk, ConstrainedEquilibrium eq, int rounds) {
        return new ImpossiblePurchaseException(mk.product(), mk.markets().get(market), mk.sources().get(source),
                committed, value(eq), "the commitments cannot all hold together: meeting one takes value "
                        + "from another, and the preference weights still rose after " + rounds + " rounds");
    }

    /** p_s q_ms at the last solve. */
    private double value(ConstrainedEquilibrium eq) {
        return Math.exp(eq.logPrice(source)) * eq.quantity(market, source);
    }

    private static double findRoot(UnivariateFunction gap, double lo, double hi) {
        // Absolute accuracy 1e-12 in ln a keeps the value within ~1e-11 relative of V.
        return new BrentSolver(1e-14, 1e-12, 1e-15).solve(MAX_EVALUATIONS, gap, lo, hi);
    }

    /** The root finder's last evaluation need not be at its answer: solve once more there. */
    private void settle(ConstrainedEquilibrium eq, double lnWeight) {
        eq.setPreference(market, source, lnWeight);
        eq.resolve();
    }
}
