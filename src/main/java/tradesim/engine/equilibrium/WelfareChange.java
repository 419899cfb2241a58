package tradesim.engine.equilibrium;

import java.util.Objects;

/**
 * The surplus changes of a scenario equilibrium S against the baseline B of the same product and
 * period, USD million per year (docs/model.md, Welfare):
 * <pre>
 *   ΔCS_m = −E^B_m/(1+ε_m) [(P^S_m/P^B_m)^(1+ε_m) − 1]        (ε = −1: −E^B_m ln(P^S_m/P^B_m))
 *   ΔPS_s = (p^S_s x^S_s − p^B_s x^B_s)/(1+η_s)                (η = ∞: 0)
 * </pre>
 * with E^B_m the baseline expenditure at internal prices and x the equilibrium supply. The consumer
 * surplus is evaluated as z·expm1(k·ln ratio)/k, k = 1+ε: the same number away from k = 0, and
 * continuous through it, where the naive power form loses all digits to cancellation. Tariff
 * revenue, quota rents and purchase subsidies are not here: they are paid on the reported flows,
 * which only the caller knows.
 */
public final class WelfareChange {

    private final double[] consumerSurplus;
    private final double[] producerSurplus;

    private WelfareChange(double[] consumerSurplus, double[] producerSurplus) {
        this.consumerSurplus = consumerSurplus;
        this.producerSurplus = producerSurplus;
    }

    public static WelfareChange between(ProductMarket mk, Equilibrium base, Equilibrium scen) {
        Objects.requireNonNull(mk, "mk");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(scen, "scen");
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        for (Equilibrium e : new Equilibrium[] {base, scen}) {
            if (e.priceIndex().length != nm || e.price().length != ns) {
                throw new IllegalArgumentException("equilibrium dimensions do not match product " + mk.product());
            }
        }
        double[] cs = new double[nm];
        for (int m = 0; m < nm; m++) {
            double logRatio = Math.log(scen.priceIndex(m) / base.priceIndex(m));
            cs[m] = -base.expenditure(m) * powerIntegral(1 + mk.epsilon(m), logRatio) + 0.0;  // + 0.0: no −0
        }
        double[] ps = new double[ns];
        for (int s = 0; s < ns; s++) {
            double eta = mk.eta(s);
            if (eta == Double.POSITIVE_INFINITY) continue;   // flat supply: no producer surplus
            ps[s] = (scen.price(s) * scen.supply(s) - base.price(s) * base.supply(s)) / (1 + eta) + 0.0;
        }
        return new WelfareChange(cs, ps);
    }

    /** (e^(k z) − 1)/k, and its limit z at k = 0: ∫ of the power curve between the two prices. */
    static double powerIntegral(double k, double z) {
        return k == 0 ? z : Math.expm1(k * z) / k;
    }

    /** ΔCS_m of market (importer) m. */
    public double consumerSurplus(int m) { return consumerSurplus[m]; }

    /** ΔPS_s of source (exporter) s. */
    public double producerSurplus(int s) { return producerSurplus[s]; }
}
