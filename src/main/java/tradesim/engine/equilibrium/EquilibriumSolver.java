package tradesim.engine.equilibrium;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Solves the multi-market Armington partial equilibrium of one product in one period (the model
 * is in {@link ClearingSystem} and docs/model.md): Newton's method in log prices y_s = ln p_s on
 * the clearing system F(y) = 0 with the analytic Jacobian, each step solved by Commons Math LU,
 * globalised by an Armijo backtracking line search on ½‖F‖².
 *
 * <p>Quantity constraints are not solved here: they reach the solver as wedges in the period
 * state (tradesim.engine.constraint finds them on the reported flows). Exporters whose price does
 * not clear (η = ∞, or no base supply) sell at p_s = φ_s, their price_shift cost factor.
 *
 * <p><b>Tolerances.</b> Newton stops at a max relative excess demand of 1e-12, accepts
 * anything below {@link #REQUIRED_RESIDUAL} = 1e-10 once progress stalls at the rounding floor,
 * and otherwise fails with {@link NoConvergenceException} after 100 iterations, on a singular
 * Jacobian (pivot below 1e-13 of its largest entry), a non-finite value, or a line search that
 * finds no decrease in 40 halvings. Steps are capped at 5 in log price.
 *
 * <p><b>Not thread-safe.</b> An instance keeps scratch buffers between calls so that a solve
 * allocates almost nothing; use one solver per thread.
 */
public final class EquilibriumSolver {

    /** Market clearing required: max_s |Σ_m q_ms / x_s − 1| (docs/model.md, Equilibrium and how it is solved). */
    public static final double REQUIRED_RESIDUAL = 1e-10;

    /** Newton continues until this, which it reaches in all but extreme cases. */
    static final double TARGET_RESIDUAL = 1e-12;

    static final int DEFAULT_MAX_ITERATIONS = 100;
    private static final int MAX_BACKTRACKS = 40;
    private static final double ARMIJO = 1e-4;
    /** Longest Newton step in log price: a factor e⁵ ≈ 150 per iteration keeps trial points finite. */
    private static final double MAX_LOG_STEP = 5;
    /** LU pivots below this fraction of the largest Jacobian entry count as singular. */
    private static final double RELATIVE_SINGULARITY = 1e-13;

    private final int maxIterations;
    private final ClearingSystem system = new ClearingSystem();

    // ---- scratch, sized on demand (hence not thread-safe) ----
    private int capS = -1;
    private double[] y;             // [s] ln p_s
    private double[] yTrial;        // [s]
    private double[] step;          // [n]
    private int iterationCount;

    public EquilibriumSolver() {
        this(DEFAULT_MAX_ITERATIONS);
    }

    /** A solver with its own Newton iteration cap (per equilibrium solve). */
    EquilibriumSolver(int maxIterations) {
        if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be >= 1 (found " + maxIterations + ")");
        this.maxIterations = maxIterations;
    }

    /** Solves from p = 1. */
    public Equilibrium solve(ProductMarket market, PeriodState state) {
        return solve(market, state, null);
    }

    /**
     * Solves from a warm start.
     *
     * @param startLogPrice [s] ln p_s to start from (e.g. the previous period's
     *                      {@link Equilibrium#logPrice()}), or null for p = 1; entries of
     *                      exporters whose price is fixed are ignored. If Newton fails from
     *                      it, the solve is retried once from p = 1.
     * @throws NoConvergenceException if no equilibrium within the tolerances is found
     */
    public Equilibrium solve(ProductMarket market, PeriodState state, double[] startLogPrice) {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(state, "state");
        int nm = market.marketCount();
        int ns = market.sourceCount();
        if (state.marketCount() != nm || state.sourceCount() != ns) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "period state of %s has %d markets and %d sources, expected %d and %d",
                    market.product(), state.marketCount(), state.sourceCount(), nm, ns));
        }
        if (startLogPrice != null && startLogPrice.length != ns) {
            throw new IllegalArgumentException("startLogPrice has length " + startLogPrice.length + ", expected " + ns);
        }
        prepare(market, state);
        startPrices(ns);
        boolean warm = false;
        if (startLogPrice != null) {
            for (int s : market.clearingSources()) {
                if (!Double.isFinite(startLogPrice[s])) {
                    throw new IllegalArgumentException("startLogPrice[" + s + "] must be finite (found " + startLogPrice[s] + ")");
                }
                y[s] = startLogPrice[s];
                warm |= y[s] != 0;
            }
        }
        iterationCount = 0;
        try {
            newton(market);
        } catch (NoConvergenceException e) {
            if (!warm) throw e;
            // A warm start is a hint: if it leads nowhere (say, the previous period's prices
            // under a very different state), start again from the base prices.
            startPrices(ns);
            newton(market);
        }
        return result(market, state);
    }

    /** y = ln φ: the base price, moved by the cost factor (fixed there for exporters that do not clear). */
    private void startPrices(int ns) {
        System.arraycopy(system.lnPriceFactor, 0, y, 0, ns);
    }

    // ------------------------------------------------------------------ setup

    private void prepare(ProductMarket mk, PeriodState state) {
        system.prepare(mk, state);
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        int n = mk.clearingSources().length;
        if (y == null || ns > capS) {
            capS = Math.max(ns, capS);
            y = new double[capS];
            yTrial = new double[capS];
        }
        if (step == null || step.length < n) step = new double[Math.max(n, capS)];
    }

    // ------------------------------------------------------------------ Newton

    /** Solves for y (in place); adds to {@link #iterationCount}. */
    private void newton(ProductMarket mk) {
        int ns = mk.sourceCount();
        int[] idx = mk.clearingSources();
        int n = idx.length;
        double f = system.evaluate(mk, y);
        if (!Double.isFinite(f)) {
            throw new NoConvergenceException(mk.product(), Double.NaN, 0, "the model is not finite at the start point");
        }
        double res = system.lastMaxResidual;
        System.arraycopy(y, 0, yTrial, 0, ns);
        int it = 0;
        while (res > TARGET_RESIDUAL) {
            if (it >= maxIterations) {
                if (res <= REQUIRED_RESIDUAL) break;
                throw new NoConvergenceException(mk.product(), res, it, "iteration limit reached");
            }
            double largest = system.buildJacobian(mk);
            for (int k = 0; k < n; k++) system.negResidual[k] = -system.residual[k];
            try {
                LUDecomposition lu = new LUDecomposition(
                        new InPlaceMatrix(system.jacobian), RELATIVE_SINGULARITY * largest);
                RealVector d = lu.getSolver().solve(new ArrayRealVector(system.negResidual, false));
                for (int k = 0; k < n; k++) step[k] = d.getEntry(k);
            } catch (SingularMatrixException e) {
                throw new NoConvergenceException(mk.product(), res, it, "singular Jacobian", e);
            }
            double longest = 0;
            for (int k = 0; k < n; k++) longest = Math.max(longest, Math.abs(step[k]));
            if (!Double.isFinite(longest)) {
                throw new NoConvergenceException(mk.product(), res, it, "non-finite Newton step");
            }
            double scale = longest > MAX_LOG_STEP ? MAX_LOG_STEP / longest : 1;
            // Armijo on ½‖F‖²: the Newton direction d has ∇(½‖F‖²)·d = −‖F‖² = −2f, and the
            // step taken is α·scale·d.
            double alpha = 1;
            double fTrial = Double.NaN;
            boolean accepted = false;
            for (int b = 0; b < MAX_BACKTRACKS; b++) {
                for (int k = 0; k < n; k++) yTrial[idx[k]] = y[idx[k]] + alpha * scale * step[k];
                fTrial = system.evaluate(mk, yTrial);
                if (fTrial <= (1 - 2 * ARMIJO * alpha * scale) * f) {   // false for NaN
                    accepted = true;
                    break;
                }
                alpha *= 0.5;
            }
            it++;
            if (!accepted) {
                if (res <= REQUIRED_RESIDUAL) {
                    system.evaluate(mk, y);   // at the rounding floor already: restore the point
                    break;
                }
                throw new NoConvergenceException(mk.product(), res, it, "line search found no decrease");
            }
            System.arraycopy(yTrial, 0, y, 0, ns);
            double previous = res;
            f = fTrial;
            res = system.lastMaxResidual;
            if (res <= REQUIRED_RESIDUAL && res > 0.5 * previous) break;   // stalled at the rounding floor
        }
        iterationCount += it;
    }

    // ------------------------------------------------------------------ result

    private Equilibrium result(ProductMarket mk, PeriodState state) {
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        double[] eta = mk.etaArray();
        double[] price = new double[ns];
        double[] supply = new double[ns];
        double worst = 0;
        for (int s = 0; s < ns; s++) {
            price[s] = Math.exp(y[s]);
            if (mk.clears(s)) {
                supply[s] = system.target[s] * Math.exp(eta[s] * (y[s] - system.lnPriceFactor[s]));
                worst = Math.max(worst, Math.abs(system.sold[s] / supply[s] - 1));
            } else {
                supply[s] = system.sold[s];
            }
        }
        double[][] quantity = new double[nm][];
        double[] index = new double[nm];
        double[] expenditure = new double[nm];
        for (int m = 0; m < nm; m++) {
            quantity[m] = Arrays.copyOf(system.q[m], ns);
            index[m] = Math.exp(system.lnP[m]);
            double e = 0;
            for (int s = 0; s < ns; s++) {
                e += (1 + state.tariff(m, s) + state.wedge(m, s)) * price[s] * system.q[m][s];
            }
            expenditure[m] = e;
            if (!Double.isFinite(index[m]) || !Double.isFinite(e)) {
                throw new NoConvergenceException(mk.product(), worst, iterationCount, "non-finite price index or expenditure");
            }
        }
        for (int s = 0; s < ns; s++) {
            if (!Double.isFinite(price[s]) || !Double.isFinite(supply[s])) {
                throw new NoConvergenceException(mk.product(), worst, iterationCount, "non-finite price or supply");
            }
        }
        if (!(worst <= REQUIRED_RESIDUAL)) {
            // The Newton test uses expm1(F); this recomputation from the reported numbers must agree.
            throw new NoConvergenceException(mk.product(), worst, iterationCount, "residual above tolerance at the result");
        }
        return new Equilibrium(price, quantity, index, supply, expenditure, worst, iterationCount);
    }
}
