package tradesim.engine.equilibrium;

import java.util.Arrays;

/**
 * The market-clearing system of one product in one period at log world prices y: the demand side
 * of the model and the excess supply of each clearing exporter,
 * F_s(y) = ln Σ_m q_ms − ln(x⁰_s H_s) − η_s (y_s − ln φ_s), with its analytic Jacobian. The model
 * (docs/model.md, The engine), with r_ms = π_ms/π⁰_ms = (1 + t_ms + w_ms) p_s / (1 + t⁰_ms):
 * <pre>
 *   P_m  = [Σ_s θ_ms r_ms^(1−σ_m)]^(1/(1−σ_m))          (σ_m = 1: P_m = Π_s r_ms^θ_ms)
 *   Q_m  = G_m D_m P_m^ε_m
 *   q_ms = q⁰_ms (r_ms / P_m)^(−σ_m) Q_m
 *   x_s  = x⁰_s H_s (p_s/φ_s)^η_s,  Σ_m q_ms = x_s for every clearing exporter (finite η, x⁰ > 0)
 * </pre>
 * w is the wedge of a quantity constraint (a purchase floor's subsidy, a quota's rent), and φ the
 * price_shift cost factor: a supply shifter, so an exporter with η = ∞ sells at p_s = φ_s.
 *
 * <p>Its arrays are scratch kept between solves so that a solve allocates almost nothing, read
 * directly by {@link EquilibriumSolver}; not thread-safe.
 */
final class ClearingSystem {

    /** Below this |1 − σ| the CES sum uses expm1 for continuity across σ = 1. */
    private static final double NEAR_UNIT_SIGMA = 0.05;

    private int capM = -1;
    private int capS = -1;
    private double[][] lnShift;     // [m][s] ln(1+t+w) − ln(1+t⁰): ln r_ms at p = 1
    private double[][] inverseShift; // [m][s] exp(−lnShift)
    private double[][] lnR;         // [m][s] ln r_ms at the current point
    private double[][] share;       // [m][s] S_ms, current expenditure share
    private double[][] clearingShare; // [m][k] S_m,idx[k] for the clearing exporters idx
    private double[] lnDemand;      // [m] ln(G_m D_m)
    /** [s] ln φ_s, the price_shift cost factor. */
    double[] lnPriceFactor;
    private double[] inversePrice;  // [s] 1/p_s at the current point
    /** [m][s] q_ms at the point last evaluated. */
    double[][] q;
    /** [m] ln P_m at the point last evaluated. */
    double[] lnP;
    /** [s] x⁰_s H_s. */
    double[] target;
    /** [s] Σ_m q_ms at the point last evaluated. */
    double[] sold;
    /** [k] F of clearing exporter k at the point last evaluated. */
    double[] residual;
    /** [n][n] the Jacobian last built; LU factors it in place and may reorder its rows. */
    double[][] jacobian;
    /** [n] room for −F, the right-hand side of a Newton step. */
    double[] negResidual;
    // LU works on the matrix as given, so it must be exactly n × n: one set per size, kept so
    // that alternating products with different numbers of clearing exporters reuse them.
    private double[][][] jacobianBySize = new double[0][][];
    private double[][] negResidualBySize = new double[0][];
    /** max_s |Σ_m q_ms / x_s − 1| at the point last evaluated. */
    double lastMaxResidual;

    /** Sizes the scratch for {@code mk} and takes in what {@code state} changes from the base. */
    void prepare(ProductMarket mk, PeriodState state) {
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
            lnP = new double[capM];
            lnDemand = new double[capM];
            target = new double[capS];
            lnPriceFactor = new double[capS];
            inversePrice = new double[capS];
            sold = new double[capS];
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
        if (residual == null || residual.length < n) residual = new double[Math.max(n, capS)];
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
                double t = state.tariff(m, s) + state.wedge(m, s);
                double t0 = mk.baseTariff(m, s);
                double shift = q0[m][s] == 0 || t == t0 ? 0 : Math.log1p(t) - lnBase[m][s];
                lnShift[m][s] = shift;
                inverseShift[m][s] = shift == 0 ? 1 : Math.exp(-shift);
            }
        }
        double[] x0 = mk.baseSupplyArray();
        for (int s = 0; s < ns; s++) target[s] = x0[s] * state.supplyFactor(s);
    }

    /**
     * Evaluates the model at log prices {@code at}: fills lnR, lnP, share, q, sold and, for
     * clearing exporters, the residual F. Returns ½‖F‖², or NaN if anything is not finite.
     * Sets {@link #lastMaxResidual} = max_s |Σ_m q_ms / x_s − 1| = max |expm1(F_s)|.
     */
    double evaluate(ProductMarket mk, double[] at) {
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
                // Geometric limit: ln P = Σ θ ln r, shares fixed at θ.
                double acc = 0;
                for (int s = 0; s < ns; s++) {
                    if (th[s] == 0) {
                        sh[s] = 0;
                        continue;
                    }
                    sh[s] = th[s];
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
                double logSum;   // L = ln Σ θ e^u, u = (1−σ) ln r
                if (uAbsMax <= 1) {
                    // L = log1p(Σθ·expm1(u)), using Σθ = 1: accurate to relative
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
                        acc += th[s] * e;
                    }
                    logSum = acc == 0 ? (nearUnitSigma ? acc : 0.0)
                            : nearUnitSigma ? Math.log1p(acc) : Math.log(1 + acc);
                    double scale = logSum == 0 ? 1.0 : Math.exp(-logSum);
                    for (int s = 0; s < ns; s++) {
                        sh[s] = th[s] == 0 ? 0 : th[s] * (1 + sh[s]) * scale;
                    }
                } else {
                    // Far from base: log-sum-exp, so no term overflows.
                    double acc = 0;
                    for (int s = 0; s < ns; s++) {
                        if (th[s] == 0) continue;
                        double e = Math.exp(oneMinusSigma * lr[s] - uMax);
                        sh[s] = e;
                        acc += th[s] * e;
                    }
                    logSum = uMax + Math.log(acc);
                    double scale = 1 / acc;
                    for (int s = 0; s < ns; s++) {
                        sh[s] = th[s] == 0 ? 0 : th[s] * sh[s] * scale;
                    }
                }
                lnPm = logSum / oneMinusSigma;
            }
            if (!Double.isFinite(lnPm)) return Double.NaN;
            lnP[m] = lnPm;
            // q = q⁰ (r/P)^(−σ) Q = q⁰ (S/θ) P Q / r, because S = θ r^(1−σ) / P^(1−σ)
            // (σ = 1: S = θ). This form costs no
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
            double f = (ratio == 1.0 ? 0.0 : Math.log(ratio)) - eta[s] * (at[s] - lnPriceFactor[s]);
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
    double buildJacobian(ProductMarket mk) {
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
}
