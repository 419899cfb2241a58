package tradesim.engine;

import tradesim.engine.equilibrium.Equilibrium;

/**
 * Partial adjustment of reported flows (docs/model.md, Adjustment over time): trade does not jump
 * to a new equilibrium at once. The log deviation of a flow from its baseline follows
 * d_t = d_(t−1) + λ (d*_t − d_(t−1)), λ = 1 − 0.5^(Δ/h), with d*_t = ln(q^S_t / q^B_t) the
 * equilibrium deviation and d = 0 before the horizon; the reported value is v_t = p^S_t q^B_t e^(d_t).
 *
 * <p>The one place this arithmetic lives: the full run and the Monte Carlo lean path both call
 * {@link #flowPath}, so their numbers agree bit for bit.
 */
final class PartialAdjustment {

    private PartialAdjustment() {
    }

    /**
     * The share λ = 1 − 0.5^(Δ/h) of the gap to the new equilibrium that a flow closes each period;
     * h = 0 closes it at once.
     */
    static double share(double halfLifeMonths, double periodMonths) {
        return halfLifeMonths == 0.0 ? 1.0 : 1.0 - Math.pow(0.5, periodMonths / halfLifeMonths);
    }

    /** d_t = d_(t−1) + λ (d*_t − d_(t−1)). */
    static double step(double previous, double target, double share) {
        return previous + share * (target - previous);
    }

    /**
     * One flow's reported and baseline values over every period of a path, period t written at
     * {@code offset + t * stride}. A period whose baseline quantity is 0 reports 0 and leaves the
     * deviation where it was (a calibrated CES nest cannot create trade).
     *
     * @param equilibria    the distinct equilibria of the path
     * @param baseline      [t] index in {@code equilibria} of period t's baseline
     * @param scenario      [t] index in {@code equilibria} of period t's scenario
     * @param share         λ of this flow
     */
    static void flowPath(Equilibrium[] equilibria, int[] baseline, int[] scenario, int market, int source,
                         double share, double[] value, double[] baselineValue, int offset, int stride) {
        double deviation = 0.0;
        double target = 0.0;
        int lastB = -1;
        int lastS = -1;
        for (int t = 0; t < baseline.length; t++) {
            int c = offset + t * stride;
            Equilibrium eqB = equilibria[baseline[t]];
            Equilibrium eqS = equilibria[scenario[t]];
            double qB = eqB.quantity(market, source);
            if (qB <= 0.0) {
                value[c] = 0.0;
                baselineValue[c] = 0.0;
                continue;
            }
            // d* is a function of the pair of states, and most periods repeat the previous pair.
            if (baseline[t] != lastB || scenario[t] != lastS) {
                target = Math.log(eqS.quantity(market, source) / qB);
                lastB = baseline[t];
                lastS = scenario[t];
            }
            deviation = step(deviation, target, share);
            value[c] = eqS.price(source) * qB * Math.exp(deviation);
            baselineValue[c] = eqB.price(source) * qB;
        }
    }
}
