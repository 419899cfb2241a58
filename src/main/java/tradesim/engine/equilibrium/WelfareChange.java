package tradesim.engine.equilibrium;

import java.util.Objects;

/**
 * Welfare of a scenario equilibrium S against the baseline B of the same product and period,
 * USD million per year (DESIGN.md, "Welfare"):
 * <pre>
 *   ΔCS_m = −E^B_m/(1+ε_m) [(P^S_m/P^B_m)^(1+ε_m) − 1]        (ε = −1: −E^B_m ln(P^S_m/P^B_m))
 *   ΔPS_s = x^B_s p^B_s/(1+η_s) [(p^S_s/p^B_s)^(1+η_s) − 1]     (η = ∞: 0)
 *   ΔR_m  = Σ_s t^S_ms p^S_s q^S_ms − t^B_ms p^B_s q^B_ms
 * </pre>
 * with E^B_m the baseline expenditure at internal prices. Both surplus formulas are evaluated as
 * z·expm1(k·ln ratio)/k, k = 1+ε or 1+η: the same number away from k = 0, and continuous
 * through it, where the naive power form loses all digits to cancellation.
 */
public final class WelfareChange {

    private final ProductMarket market;
    private final double[] consumerSurplus;
    private final double[] tariffRevenue;
    private final double[] producerSurplus;

    private WelfareChange(ProductMarket market, double[] consumerSurplus, double[] tariffRevenue, double[] producerSurplus) {
        this.market = market;
        this.consumerSurplus = consumerSurplus;
        this.tariffRevenue = tariffRevenue;
        this.producerSurplus = producerSurplus;
    }

    public static WelfareChange between(ProductMarket mk, PeriodState baseState, Equilibrium base,
                                        PeriodState scenState, Equilibrium scen) {
        Objects.requireNonNull(mk, "mk");
        Objects.requireNonNull(baseState, "baseState");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(scenState, "scenState");
        Objects.requireNonNull(scen, "scen");
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        for (PeriodState st : new PeriodState[] {baseState, scenState}) {
            if (st.marketCount() != nm || st.sourceCount() != ns) {
                throw new IllegalArgumentException("period state dimensions do not match product " + mk.product());
            }
        }
        for (Equilibrium e : new Equilibrium[] {base, scen}) {
            if (e.priceIndex().length != nm || e.price().length != ns) {
                throw new IllegalArgumentException("equilibrium dimensions do not match product " + mk.product());
            }
        }
        double[] cs = new double[nm];
        double[] revenue = new double[nm];
        for (int m = 0; m < nm; m++) {
            double logRatio = Math.log(scen.priceIndex(m) / base.priceIndex(m));
            cs[m] = -base.expenditure(m) * powerIntegral(1 + mk.epsilon(m), logRatio) + 0.0;  // + 0.0: no −0
            double r = 0;
            for (int s = 0; s < ns; s++) {
                r += scenState.tariff(m, s) * scen.price(s) * scen.quantity(m, s)
                        - baseState.tariff(m, s) * base.price(s) * base.quantity(m, s);
            }
            revenue[m] = r;
        }
        double[] ps = new double[ns];
        for (int s = 0; s < ns; s++) {
            double eta = mk.eta(s);
            if (eta == Double.POSITIVE_INFINITY) continue;   // flat supply: no producer surplus
            double logRatio = Math.log(scen.price(s) / base.price(s));
            ps[s] = base.supply(s) * base.price(s) * powerIntegral(1 + eta, logRatio) + 0.0;
        }
        return new WelfareChange(mk, cs, revenue, ps);
    }

    /** (e^(k z) − 1)/k, and its limit z at k = 0: ∫ of the power curve between the two prices. */
    static double powerIntegral(double k, double z) {
        return k == 0 ? z : Math.expm1(k * z) / k;
    }

    /** ΔCS_m of market (importer) m. */
    public double consumerSurplus(int m) { return consumerSurplus[m]; }

    /** ΔR_m, tariff revenue collected by market (importer) m. */
    public double tariffRevenue(int m) { return tariffRevenue[m]; }

    /** ΔPS_s of source (exporter) s. */
    public double producerSurplus(int s) { return producerSurplus[s]; }

    /**
     * Net for a country in this product: its ΔCS + ΔR as importer plus its ΔPS as exporter
     * (DESIGN.md); a country that is only one of the two contributes that side alone.
     */
    public double net(String country) {
        double total = 0;
        int m = market.marketIndex(country);
        if (m >= 0) total += consumerSurplus[m] + tariffRevenue[m];
        int s = market.sourceIndex(country);
        if (s >= 0) total += producerSurplus[s];
        return total;
    }
}
