package tradesim.engine.equilibrium;

import java.util.ArrayList;
import java.util.List;

/** Test fixtures and an independent, textbook evaluation of the equations of docs/model.md, The engine. */
final class Markets {

    private Markets() {
    }

    static List<String> codes(String prefix, int n) {
        List<String> c = new ArrayList<>();
        for (int i = 0; i < n; i++) c.add(prefix + i);
        return c;
    }

    static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    static ProductMarket market(double[][] flow, double[][] tariff, double[] sigma, double[] epsilon, double[] eta) {
        return new ProductMarket("widgets", codes("M", flow.length), codes("S", flow[0].length),
                flow, tariff, sigma, epsilon, eta);
    }

    /**
     * Σ_m q_ms(p) / x_s(p) − 1 for every exporter, recomputed with Math.pow straight from
     * the equations of docs/model.md (The engine) at the given prices and state (NaN for non-clearing ones).
     */
    static double[] excessDemand(ProductMarket mk, PeriodState st, double[] price) {
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        double[] demand = new double[ns];
        for (int m = 0; m < nm; m++) {
            double[] qm = demandIn(mk, st, price, m);
            for (int s = 0; s < ns; s++) demand[s] += qm[s];
        }
        double[] out = new double[ns];
        for (int s = 0; s < ns; s++) {
            double eta = mk.eta(s);
            if (eta == Double.POSITIVE_INFINITY || mk.baseSupply(s) == 0) {
                out[s] = Double.NaN;
                continue;
            }
            double x = mk.baseSupply(s) * st.supplyFactor(s) * Math.pow(price[s] / st.priceFactor(s), eta);
            out[s] = demand[s] / x - 1;
        }
        return out;
    }

    /** q_ms for one market, textbook form. */
    static double[] demandIn(ProductMarket mk, PeriodState st, double[] price, int m) {
        int ns = mk.sourceCount();
        double sigma = mk.sigma(m);
        double denom = 0;
        double[] r = new double[ns];
        double[] theta = new double[ns];
        for (int s = 0; s < ns; s++) denom += (1 + mk.baseTariff(m, s)) * mk.baseFlow(m, s);
        double[] q = new double[ns];
        if (denom == 0) return q;
        double geo = 0;
        double wsum = 0;
        double uMax = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < ns; s++) {
            theta[s] = (1 + mk.baseTariff(m, s)) * mk.baseFlow(m, s) / denom;
            r[s] = (1 + st.tariff(m, s) + st.wedge(m, s)) * price[s] / (1 + mk.baseTariff(m, s));
            if (theta[s] == 0) continue;
            geo += theta[s] * Math.log(r[s]);
            wsum += theta[s];
            uMax = Math.max(uMax, (1 - sigma) * Math.log(r[s]));
        }
        // P = [Σ θ a r^(1−σ)]^(1/(1−σ)), factored as e^uMax · [Σ θ a r^(1−σ) e^(−uMax)] so that
        // extreme prices (r^(−49) at σ = 50) do not overflow.
        double sum = 0;
        for (int s = 0; s < ns; s++) {
            if (theta[s] > 0) sum += theta[s] * Math.exp((1 - sigma) * Math.log(r[s]) - uMax);
        }
        double lnP = sigma == 1 ? geo / wsum : (uMax + Math.log(sum)) / (1 - sigma);
        double lnComposite = Math.log(st.demandFactor(m)) + mk.epsilon(m) * lnP;
        double norm = sigma == 1 ? wsum : 1;
        for (int s = 0; s < ns; s++) {
            if (theta[s] == 0) continue;
            q[s] = mk.baseFlow(m, s) / norm * Math.exp(-sigma * (Math.log(r[s]) - lnP) + lnComposite);
        }
        return q;
    }

    static double[][] ones(int nm, int ns) {
        double[][] a = new double[nm][ns];
        for (double[] row : a) java.util.Arrays.fill(row, 1.0);
        return a;
    }
}
