package tradesim.engine.equilibrium;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Solves the multi-market Armington partial equilibrium of one product in one period
 * (DESIGN.md, "The engine: multi-market Armington partial equilibrium (GSIM family)").
 *
 * <p>Model, with r_ms = π_ms/π⁰_ms = (1 + t_ms) p_s φ_s / (1 + t⁰_ms):
 * <pre>
 *   P_m  = [Σ_s θ_ms a_ms r_ms^(1−σ_m)]^(1/(1−σ_m))        (σ_m = 1: geometric limit, see below)
 *   Q_m  = G_m D_m P_m^ε_m
 *   q_ms = q⁰_ms a_ms (r_ms / P_m)^(−σ_m) Q_m
 *   x_s  = x⁰_s H_s p_s^η_s,    Σ_m q_ms = x_s for every clearing exporter (finite η, x⁰ > 0)
 * </pre>
 * Newton's method in log prices y_s = ln p_s on F_s = ln Σ_m q_ms − ln(x⁰_s H_s) − η_s y_s with
 * the analytic Jacobian, each step solved by Commons Math LU, globalised by an Armijo
 * backtracking line search on ½‖F‖².
 *
 * <p><b>σ = 1 with a ≠ 1.</b> The design's index degenerates there: [Σθa]^(1/(1−σ)) has no limit
 * when Σθa ≠ 1. We use Cobb–Douglas with taste weights θa/Σθa:
 * ln P_m = Σ_s θ_ms a_ms ln r_ms / Σ_s θ_ms a_ms and q_ms = q⁰_ms (a_ms/Σ_s' θ_ms' a_ms') (r_ms/P_m)^(−1) Q_m.
 * With every a = 1 (Σθ = 1) this is exactly the design's geometric limit and demand. For a ≠ 1
 * it keeps what the CES form guarantees for σ ≠ 1: spending equals E⁰_m P_m Q_m, so a higher
 * weight draws spending away from rivals. (The literal q⁰ a (r/P)^(−1) Q would instead add
 * spending on top and leave rivals untouched, so a purchase commitment would crowd out no one.)
 *
 * <p><b>Purchase commitments.</b> For each floor V on (m, s), a_ms ≥ 1 is the smallest weight
 * with p_s q_ms = V (a = 1 if the unconstrained value already reaches V). The value is not
 * monotone in a in general: a larger a also moves P_m (down for σ > 1, up for σ < 1) and with
 * it the market's spending E⁰_m D_m P_m^(1+ε), so the value of s can peak and then fall. We
 * therefore scan ln a on a coarse grid up to ln {@link #MAX_PREFERENCE}, bracket the first
 * crossing, and locate it with Commons Math {@code BrentSolver}; if the scan passes a peak
 * below V, {@code BrentOptimizer} finds the peak, which decides between a root and
 * {@link ImpossiblePurchaseException}. Several floors are met by Gauss–Seidel rounds (at most
 * 200) to a relative {@link #PURCHASE_TOLERANCE}; rounds that end with every binding weight
 * still rising mean rival floors that cannot hold together, also reported as impossible.
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

    /**
     * Upper bound on a purchase commitment's preference weight a_ms. A weight a million times
     * the base taste is far outside anything a commitment could plausibly buy; a floor that
     * needs more is reported as impossible rather than met by an absurd distortion.
     */
    public static final double MAX_PREFERENCE = 1e6;

    /** Market clearing required: max_s |Σ_m q_ms / x_s − 1| (DESIGN.md). */
    public static final double REQUIRED_RESIDUAL = 1e-10;

    /** Newton continues until this, which it reaches in all but extreme cases. */
    static final double TARGET_RESIDUAL = 1e-12;

    /** Relative tolerance on a purchase commitment, p_s q_ms / V − 1. */
    public static final double PURCHASE_TOLERANCE = 1e-9;

    static final int DEFAULT_MAX_ITERATIONS = 100;
    private static final int MAX_BACKTRACKS = 40;
    private static final double ARMIJO = 1e-4;
    /** Longest Newton step in log price: a factor e⁵ ≈ 150 per iteration keeps trial points finite. */
    private static final double MAX_LOG_STEP = 5;
    /** LU pivots below this fraction of the largest Jacobian entry count as singular. */
    private static final double RELATIVE_SINGULARITY = 1e-13;
    private static final int MAX_PURCHASE_ROUNDS = 200;
    private static final int MAX_PURCHASE_EVALUATIONS = 200;
    /** Below this |1 − σ| the CES sum uses expm1 for continuity across σ = 1. */
    private static final double NEAR_UNIT_SIGMA = 0.05;
    /** A log gap ln(p q / V) this small already meets the commitment to well within PURCHASE_TOLERANCE. */
    private static final double ON_TARGET = 1e-11;
    /** Grid in ln a for bracketing the first crossing of a purchase floor. */
    private static final double[] PREFERENCE_GRID = {
        0, 0.125, 0.25, 0.5, 1, 2, 4, 8, Math.log(MAX_PREFERENCE)};

    private final int maxIterations;

    // ---- scratch, sized on demand (hence not thread-safe) ----
    private int capM = -1;
    private int capS = -1;
    private double[][] lnShift;     // [m][s] ln(1+t) − ln(1+t⁰) + ln φ_s: ln r_ms at p = 1
    private double[][] inverseShift; // [m][s] exp(−lnShift)
    private double[][] lnR;         // [m][s] ln r_ms at the current point
    private double[][] share;       // [m][s] S_ms, current expenditure share
    private double[][] clearingShare; // [m][k] S_m,idx[k] for the clearing exporters idx
    private double[][] q;           // [m][s] q_ms
    private double[][] weight;      // [m][s] a_ms, the preference weights of the current solve
    private double[] lnP;           // [m]
    private double[] lnDemand;      // [m] ln(G_m D_m)
    private double[] target;        // [s] x⁰_s H_s
    private double[] lnPriceFactor; // [s] ln φ_s
    private double[] inversePrice;  // [s] 1/p_s at the current point
    private double[] sold;          // [s] Σ_m q_ms
    private double[] y;             // [s] ln p_s
    private double[] yTrial;        // [s]
    private double[] residual;      // [n] F
    private double[] negResidual;   // [n] −F
    private double[] step;          // [n]
    private double[][] jacobian;    // [n][n]; LU factors it in place and may reorder its rows
    // LU works on the matrix as given, so it must be exactly n × n: one set per size, kept so
    // that alternating products with different numbers of clearing exporters reuse them.
    private double[][][] jacobianBySize = new double[0][][];
    private double[][] negResidualBySize = new double[0][];
    private double lastMaxResidual;
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
     * @throws NoConvergenceException       if no equilibrium within the tolerances is found
     * @throws ImpossiblePurchaseException  if a purchase floor cannot be met
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
        double[][] a = weight;
        for (int m = 0; m < nm; m++) Arrays.fill(a[m], 0, ns, 1.0);
        Arrays.fill(y, 0, ns, 0.0);
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
            newton(market, a);
        } catch (NoConvergenceException e) {
            if (!warm) throw e;
            // A warm start is a hint: if it leads nowhere (say, the previous period's prices
            // under a very different state), start again from the base prices.
            Arrays.fill(y, 0, ns, 0.0);
            newton(market, a);
        }
        if (state.hasPurchaseFloors()) {
            meetPurchaseFloors(market, state, a);
        }
        return result(market, state, a);
    }

    // ------------------------------------------------------------------ setup

    private void prepare(ProductMarket mk, PeriodState state) {
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        int n = mk.clearingSources().length;
        if (nm > capM || ns > capS) {
            capM = Math.max(nm, capM);
            capS = Math.max(ns, capS);
            lnShift = new double[capM][capS];
            inverseShift = new double[capM][capS];
            lnR = new double[capM][capS];
            share = new double[capM][capS];
            clearingShare = new double[capM][capS];
            q = new double[capM][capS];
            weight = new double[capM][capS];
            lnP = new double[capM];
            lnDemand = new double[capM];
            target = new double[capS];
            lnPriceFactor = new double[capS];
            inversePrice = new double[capS];
            sold = new double[capS];
            y = new double[capS];
            yTrial = new double[capS];
        }
        if (n >= jacobianBySize.length) {
            jacobianBySize = Arrays.copyOf(jacobianBySize, n + 1);
            negResidualBySize = Arrays.copyOf(negResidualBySize, n + 1);
        }
        if (jacobianBySize[n] == null) {
            jacobianBySize[n] = new double[n][n];
            negResidualBySize[n] = new double[n];
        }
        jacobian = jacobianBySize[n];
        negResidual = negResidualBySize[n];
        if (residual == null || residual.length < n) {
            residual = new double[Math.max(n, capS)];
            step = new double[Math.max(n, capS)];
        }
        double[][] lnBase = mk.logBaseInternalPrice();
        double[][] q0 = mk.baseFlowArray();
        for (int s = 0; s < ns; s++) {
            double phi = state.priceFactor(s);
            lnPriceFactor[s] = phi == 1 ? 0 : Math.log(phi);
        }
        for (int m = 0; m < nm; m++) {
            double demand = state.demandFactor(m);
            lnDemand[m] = demand == 1 ? 0 : Math.log(demand);
            for (int s = 0; s < ns; s++) {
                // Skip the logarithms where nothing moved (most flows in most periods): this is
                // also what keeps the base point exact.
                double t = state.tariff(m, s);
                double t0 = mk.baseTariff(m, s);
                double shift = q0[m][s] == 0 ? 0
                        : (t == t0 ? 0 : Math.log1p(t) - lnBase[m][s]) + lnPriceFactor[s];
                lnShift[m][s] = shift;
                inverseShift[m][s] = shift == 0 ? 1 : Math.exp(-shift);
            }
        }
        double[] x0 = mk.baseSupplyArray();
        for (int s = 0; s < ns; s++) target[s] = x0[s] * state.supplyFactor(s);
    }

    // ------------------------------------------------------------------ model evaluation

    /**
     * Evaluates the model at log prices {@code at}: fills lnR, lnP, share, q, sold and, for
     * clearing exporters, the residual F. Returns ½‖F‖², or NaN if anything is not finite.
     * Sets {@link #lastMaxResidual} = max_s |Σ_m q_ms / x_s − 1| = max |expm1(F_s)|.
     */
    private double evaluate(ProductMarket mk, double[][] a, double[] at) {
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        double[][] theta = mk.theta();
        double[][] q0 = mk.baseFlowArray();
        double[] sigma = mk.sigmaArray();
        double[] eps = mk.epsilonArray();
        Arrays.fill(sold, 0, ns, 0.0);
        for (int s = 0; s < ns; s++) inversePrice[s] = at[s] == 0 ? 1 : Math.exp(-at[s]);
        for (int m = 0; m < nm; m++) {
            double[] th = theta[m];
            double[] am = a[m];
            double[] invShift = inverseShift[m];
            double[] shift = lnShift[m];
            double[] lr = lnR[m];
            double[] sh = share[m];
            double[] qm = q[m];
            double[] q0m = q0[m];
            double sg = sigma[m];
            double lnPm;
            double thetaTotal = 0;
            for (int s = 0; s < ns; s++) {
                lr[s] = shift[s] + at[s];
                thetaTotal += th[s];
            }
            if (thetaTotal == 0) {
                // Inert market: no base flows, P = 1, nothing traded.
                lnP[m] = 0;
                Arrays.fill(sh, 0, ns, 0.0);
                Arrays.fill(qm, 0, ns, 0.0);
                continue;
            }
            if (sg == 1.0) {
                // Geometric limit with weights θa/Σθa. Σθa is formed as 1 + Σθ(a−1), using Σθ = 1,
                // so that with every a = 1 it is exactly 1 and the base point stays exact.
                double excess = 0;
                for (int s = 0; s < ns; s++) {
                    if (th[s] != 0) excess += th[s] * (am[s] - 1);
                }
                double weightSum = 1 + excess;
                double acc = 0;
                for (int s = 0; s < ns; s++) {
                    if (th[s] == 0) {
                        sh[s] = 0;
                        continue;
                    }
                    sh[s] = th[s] * am[s] / weightSum;
                    acc += sh[s] * lr[s];
                }
                lnPm = acc;
            } else {
                double oneMinusSigma = 1 - sg;
                double uMax = Double.NEGATIVE_INFINITY;
                double uAbsMax = 0;
                for (int s = 0; s < ns; s++) {
                    if (th[s] == 0) continue;
                    double u = oneMinusSigma * lr[s];
                    uMax = Math.max(uMax, u);
                    uAbsMax = Math.max(uAbsMax, Math.abs(u));
                }
                double logSum;   // L = ln Σ θ a e^u, u = (1−σ) ln r
                if (uAbsMax <= 1) {
                    // L = log1p(Σθ(a−1) + Σθa·expm1(u)), using Σθ = 1: accurate to relative
                    // rounding even when (1−σ) is tiny, so P is continuous across σ = 1, and
                    // exactly 0 at the base point.
                    // expm1 and log1p (JNI calls in JDK 17) only where (1−σ) is small enough for
                    // their precision to matter; elsewhere exp(u) − 1 and log(1 + acc) lose at
                    // most ~1e-16/|1−σ| in ln P. All are exactly 0 at u = 0.
                    boolean nearUnitSigma = Math.abs(oneMinusSigma) < NEAR_UNIT_SIGMA;
                    double acc = 0;
                    for (int s = 0; s < ns; s++) {
                        if (th[s] == 0) continue;
                        double u = oneMinusSigma * lr[s];
                        // u = 0 (a flow nothing moved, the start point): e is 0 without a call,
                        // signed as expm1 would sign it.
                        double e = u == 0 ? (nearUnitSigma ? u : 0.0)
                                : nearUnitSigma ? Math.expm1(u) : Math.exp(u) - 1;
                        sh[s] = e;  // keep expm1(u) for the shares below
                        acc += th[s] * (am[s] - 1) + th[s] * am[s] * e;
                    }
                    logSum = acc == 0 ? (nearUnitSigma ? acc : 0.0)
                            : nearUnitSigma ? Math.log1p(acc) : Math.log(1 + acc);
                    double scale = logSum == 0 ? 1.0 : Math.exp(-logSum);
                    for (int s = 0; s < ns; s++) {
                        sh[s] = th[s] == 0 ? 0 : th[s] * am[s] * (1 + sh[s]) * scale;
                    }
                } else {
                    // Far from base: log-sum-exp, so no term overflows.
                    double acc = 0;
                    for (int s = 0; s < ns; s++) {
                        if (th[s] == 0) continue;
                        double e = Math.exp(oneMinusSigma * lr[s] - uMax);
                        sh[s] = e;
                        acc += th[s] * am[s] * e;
                    }
                    logSum = uMax + Math.log(acc);
                    double scale = 1 / acc;
                    for (int s = 0; s < ns; s++) {
                        sh[s] = th[s] == 0 ? 0 : th[s] * am[s] * sh[s] * scale;
                    }
                }
                lnPm = logSum / oneMinusSigma;
            }
            if (!Double.isFinite(lnPm)) return Double.NaN;
            lnP[m] = lnPm;
            // q = q⁰ a (r/P)^(−σ) Q = q⁰ (S/θ) P Q / r, because S = θ a r^(1−σ) / P^(1−σ)
            // (σ = 1: S = θa/Σθa, the normalised demand of the class comment). This form costs no
            // transcendental per flow, and at the base point every factor is exactly 1.
            double lnLevel = lnPm + lnDemand[m] + eps[m] * lnPm;
            double level = lnLevel == 0 ? 1.0 : Math.exp(lnLevel);
            for (int s = 0; s < ns; s++) {
                if (q0m[s] == 0) {
                    qm[s] = 0;   // a calibrated CES nest cannot create trade
                    continue;
                }
                double v = q0m[s] * (sh[s] / th[s]) * invShift[s] * inversePrice[s] * level;
                qm[s] = v;
                sold[s] += v;
            }
        }
        for (int s = 0; s < ns; s++) {
            if (!Double.isFinite(sold[s])) return Double.NaN;
        }
        int[] idx = mk.clearingSources();
        double[] eta = mk.etaArray();
        double half = 0;
        double highest = 0;
        double lowest = 0;
        for (int k = 0; k < idx.length; k++) {
            int s = idx[k];
            double ratio = sold[s] / target[s];
            double f = (ratio == 1.0 ? 0.0 : Math.log(ratio)) - eta[s] * at[s];
            if (!Double.isFinite(f)) return Double.NaN;
            residual[k] = f;
            half += f * f;
            highest = Math.max(highest, f);
            lowest = Math.min(lowest, f);
        }
        // |Σq/x − 1| = |e^F − 1| is monotone on each side of 0. Plain exp (expm1 is a JNI call in
        // JDK 17) is off by ~1e-16 absolute, far below the tolerances it is compared with.
        lastMaxResidual = Math.max(Math.exp(highest) - 1, 1 - Math.exp(lowest));
        return 0.5 * half;
    }

    /**
     * ∂F_s/∂y_j = Σ_m w_ms [−σ_m δ_sj + (σ_m + ε_m) S_mj] − η_s δ_sj, w_ms = q_ms / Σ_m' q_m's,
     * from ∂ln q_ms/∂y_j = −σ_m δ_sj + (σ_m + ε_m) ∂ln P_m/∂y_j and ∂ln P_m/∂y_j = S_mj.
     */
    private double buildJacobian(ProductMarket mk) {
        int nm = mk.marketCount();
        int[] idx = mk.clearingSources();
        int n = idx.length;
        double[] sigma = mk.sigmaArray();
        double[] eps = mk.epsilonArray();
        double[] eta = mk.etaArray();
        // S_mj of the clearing exporters, gathered once per market rather than once per row.
        for (int m = 0; m < nm; m++) {
            double[] sh = share[m];
            double[] g = clearingShare[m];
            for (int l = 0; l < n; l++) g[l] = sh[idx[l]];
        }
        double largest = 0;
        for (int k = 0; k < n; k++) {
            int s = idx[k];
            double[] row = jacobian[k];
            Arrays.fill(row, 0.0);
            double diagonal = -eta[s];
            double total = sold[s];
            for (int m = 0; m < nm; m++) {
                double qms = q[m][s];
                if (qms == 0) continue;
                double w = qms / total;
                diagonal -= w * sigma[m];
                double c = w * (sigma[m] + eps[m]);
                double[] g = clearingShare[m];
                for (int l = 0; l < n; l++) row[l] += c * g[l];
            }
            row[k] += diagonal;
            for (int l = 0; l < n; l++) largest = Math.max(largest, Math.abs(row[l]));
        }
        return largest;
    }

    // ------------------------------------------------------------------ Newton

    /** Solves for y (in place) at preference weights a; adds to {@link #iterationCount}. */
    private void newton(ProductMarket mk, double[][] a) {
        int ns = mk.sourceCount();
        int[] idx = mk.clearingSources();
        int n = idx.length;
        double f = evaluate(mk, a, y);
        if (!Double.isFinite(f)) {
            throw new NoConvergenceException(mk.product(), Double.NaN, 0, "the model is not finite at the start point");
        }
        double res = lastMaxResidual;
        System.arraycopy(y, 0, yTrial, 0, ns);
        int it = 0;
        while (res > TARGET_RESIDUAL) {
            if (it >= maxIterations) {
                if (res <= REQUIRED_RESIDUAL) break;
                throw new NoConvergenceException(mk.product(), res, it, "iteration limit reached");
            }
            double largest = buildJacobian(mk);
            for (int k = 0; k < n; k++) negResidual[k] = -residual[k];
            try {
                LUDecomposition lu = new LUDecomposition(
                        new InPlaceMatrix(jacobian), RELATIVE_SINGULARITY * largest);
                RealVector d = lu.getSolver().solve(new ArrayRealVector(negResidual, false));
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
                fTrial = evaluate(mk, a, yTrial);
                if (fTrial <= (1 - 2 * ARMIJO * alpha * scale) * f) {   // false for NaN
                    accepted = true;
                    break;
                }
                alpha *= 0.5;
            }
            it++;
            if (!accepted) {
                if (res <= REQUIRED_RESIDUAL) {
                    evaluate(mk, a, y);   // at the rounding floor already: restore the point
                    break;
                }
                throw new NoConvergenceException(mk.product(), res, it, "line search found no decrease");
            }
            System.arraycopy(yTrial, 0, y, 0, ns);
            double previous = res;
            f = fTrial;
            res = lastMaxResidual;
            if (res <= REQUIRED_RESIDUAL && res > 0.5 * previous) break;   // stalled at the rounding floor
        }
        iterationCount += it;
    }

    // ------------------------------------------------------------------ purchase commitments

    private void meetPurchaseFloors(ProductMarket mk, PeriodState state, double[][] a) {
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        int count = 0;
        for (int m = 0; m < nm; m++) {
            for (int s = 0; s < ns; s++) if (state.purchaseFloor(m, s) > 0) count++;
        }
        int[] fm = new int[count];
        int[] fs = new int[count];
        double[] fv = new double[count];
        for (int m = 0, k = 0; m < nm; m++) {
            for (int s = 0; s < ns; s++) {
                double v = state.purchaseFloor(m, s);
                if (v <= 0) continue;
                if (mk.baseFlow(m, s) == 0) {
                    throw new ImpossiblePurchaseException(mk.product(), mk.markets().get(m), mk.sources().get(s), v, 0,
                            "the flow has no base-year value, and a calibrated CES nest cannot create trade");
                }
                fm[k] = m;
                fs[k] = s;
                fv[k] = v;
                k++;
            }
        }
        double worst = Double.NaN;
        int worstFloor = 0;
        double[] before = new double[count];
        for (int round = 0; round < MAX_PURCHASE_ROUNDS; round++) {
            for (int k = 0; k < count; k++) before[k] = a[fm[k]][fs[k]];
            for (int k = 0; k < count; k++) meetFloor(mk, a, fm[k], fs[k], fv[k]);
            worst = 0;
            for (int k = 0; k < count; k++) {
                double ratio = Math.exp(y[fs[k]]) * q[fm[k]][fs[k]] / fv[k];
                double miss = a[fm[k]][fs[k]] == 1 ? Math.max(0, 1 - ratio) : Math.abs(ratio - 1);
                if (miss > worst) {
                    worst = miss;
                    worstFloor = k;
                }
            }
            if (worst <= PURCHASE_TOLERANCE) return;
        }
        // Rival commitments that cannot hold together (say, floors on most of one market that add
        // up to more than it spends) show as weights that keep rising round after round: each
        // floor is met by taking value from another. That is an impossible commitment, not a
        // numerical failure.
        boolean escalating = true;
        for (int k = 0; k < count; k++) {
            double now = a[fm[k]][fs[k]];
            if (now > 1 && now <= before[k]) escalating = false;
        }
        if (escalating) {
            int m = fm[worstFloor];
            int s = fs[worstFloor];
            throw new ImpossiblePurchaseException(mk.product(), mk.markets().get(m), mk.sources().get(s), fv[worstFloor],
                    Math.exp(y[s]) * q[m][s], "the commitments cannot all hold together: meeting one takes value "
                            + "from another, and the preference weights still rose after " + MAX_PURCHASE_ROUNDS + " rounds");
        }
        throw new NoConvergenceException(mk.product(), worst, iterationCount,
                "purchase commitments did not settle after " + MAX_PURCHASE_ROUNDS
                        + " Gauss-Seidel rounds; residual is the largest relative miss of a commitment");
    }

    /** Sets a_ms to the smallest weight in [1, MAX_PREFERENCE] with p_s q_ms = V, others fixed. */
    private void meetFloor(ProductMarket mk, double[][] a, int m, int s, double committed) {
        double lnCommitted = Math.log(committed);
        // g(ln a) = ln(p_s q_ms) − ln V, with the equilibrium re-solved at each a.
        UnivariateFunction gap = x -> {
            setPreference(a, m, s, x);
            newton(mk, a);
            return y[s] + Math.log(q[m][s]) - lnCommitted;
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
                    settle(mk, a, m, s, g <= ON_TARGET ? x : findRoot(gap, previousX, x));
                    return;
                }
                if (g < previous) {
                    // Past a peak that lies in [beforePrevious, x]; the value is unimodal in ln a.
                    UnivariatePointValuePair peak = new BrentOptimizer(1e-10, 1e-12).optimize(
                            new MaxEval(MAX_PURCHASE_EVALUATIONS), new UnivariateObjectiveFunction(gap),
                            GoalType.MAXIMIZE, new SearchInterval(beforePrevious, x, previousX));
                    best = Math.max(best, peak.getValue());
                    if (peak.getValue() >= -ON_TARGET) {
                        settle(mk, a, m, s, peak.getValue() <= ON_TARGET ? peak.getPoint()
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
            throw new NoConvergenceException(mk.product(), lastMaxResidual, iterationCount,
                    "purchase commitment of " + mk.markets().get(m) + " from " + mk.sources().get(s)
                            + ": " + e.getMessage(), e);
        }
    }

    private static double findRoot(UnivariateFunction gap, double lo, double hi) {
        // Absolute accuracy 1e-12 in ln a keeps the value within ~1e-11 relative of V.
        return new BrentSolver(1e-14, 1e-12, 1e-15).solve(MAX_PURCHASE_EVALUATIONS, gap, lo, hi);
    }

    /** The root finder's last evaluation need not be at its answer: solve once more there. */
    private void settle(ProductMarket mk, double[][] a, int m, int s, double lnWeight) {
        setPreference(a, m, s, lnWeight);
        newton(mk, a);
    }

    private static void setPreference(double[][] a, int m, int s, double lnWeight) {
        a[m][s] = lnWeight == 0 ? 1.0 : Math.exp(lnWeight);
    }

    // ------------------------------------------------------------------ result

    private Equilibrium result(ProductMarket mk, PeriodState state, double[][] a) {
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        double[] eta = mk.etaArray();
        double[] price = new double[ns];
        double[] supply = new double[ns];
        double worst = 0;
        for (int s = 0; s < ns; s++) {
            price[s] = Math.exp(y[s]);
            if (mk.clears(s)) {
                supply[s] = target[s] * Math.exp(eta[s] * y[s]);
                worst = Math.max(worst, Math.abs(sold[s] / supply[s] - 1));
            } else {
                supply[s] = sold[s];
            }
        }
        double[][] quantity = new double[nm][];
        double[][] preference = new double[nm][];
        double[] index = new double[nm];
        double[] expenditure = new double[nm];
        for (int m = 0; m < nm; m++) {
            quantity[m] = Arrays.copyOf(q[m], ns);
            preference[m] = Arrays.copyOf(a[m], ns);
            index[m] = Math.exp(lnP[m]);
            double e = 0;
            for (int s = 0; s < ns; s++) {
                e += (1 + state.tariff(m, s)) * price[s] * state.priceFactor(s) * q[m][s];
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
        return new Equilibrium(price, quantity, index, preference, supply, expenditure, worst, iterationCount);
    }
}
