package tradesim.engine.equilibrium;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The calibrated base of one product: markets m (importers) and sources s (exporters), linked
 * by base flows at world prices (base p = 1, so base value = quantity). Immutable: every array
 * is copied in, and accessors hand out single values.
 *
 * <p>Calibration (docs/model.md, The engine): θ_ms is the base expenditure share at internal
 * prices, (1 + t⁰_ms) q⁰_ms / Σ_s' (1 + t⁰_ms') q⁰_ms', and x⁰_s = Σ_m q⁰_ms is the base
 * supply, domestic sales (market == source) included. Both are computed once here because
 * every equilibrium solve of every period needs them.
 */
public final class ProductMarket {

    private final String product;
    private final List<String> markets;
    private final List<String> sources;
    private final double[][] baseFlow;
    private final double[][] baseTariff;
    private final double[] sigma;
    private final double[] epsilon;
    private final double[] eta;

    // Derived at construction; package-private readers below serve the solver without copies.
    private final double[][] theta;
    private final double[][] logBaseInternalPrice; // ln π⁰_ms = ln(1 + t⁰_ms)
    private final double[] baseSupply;
    private final int[] clearing;                  // exporters whose price is solved for

    /**
     * @param baseFlow   [m][s] q⁰_ms, USD million at world prices, >= 0
     * @param baseTariff [m][s] t⁰_ms as a fraction (0.385 = 38.5%), > -1; 0 where market == source
     * @param sigma      [m] Armington σ_m > 0 (σ = 1 is the geometric limit)
     * @param epsilon    [m] composite demand elasticity ε_m <= 0
     * @param eta        [s] export supply elasticity η_s > 0, or {@code Double.POSITIVE_INFINITY}
     */
    public ProductMarket(String product, List<String> markets, List<String> sources,
                         double[][] baseFlow, double[][] baseTariff,
                         double[] sigma, double[] epsilon, double[] eta) {
        this.product = Objects.requireNonNull(product, "product");
        this.markets = List.copyOf(markets);
        this.sources = List.copyOf(sources);
        requireUnique(this.markets, "market");
        requireUnique(this.sources, "source");
        int nm = this.markets.size();
        int ns = this.sources.size();
        this.baseFlow = copy(baseFlow, nm, ns, "baseFlow");
        this.baseTariff = copy(baseTariff, nm, ns, "baseTariff");
        this.sigma = copy(sigma, nm, "sigma");
        this.epsilon = copy(epsilon, nm, "epsilon");
        this.eta = copy(eta, ns, "eta");

        for (int m = 0; m < nm; m++) {
            for (int s = 0; s < ns; s++) {
                double q = this.baseFlow[m][s];
                if (!Double.isFinite(q) || q < 0) {
                    throw new IllegalArgumentException(describe("base flow", m, s) + " must be finite and >= 0 (found " + q + ")");
                }
                double t = this.baseTariff[m][s];
                if (!Double.isFinite(t) || t <= -1) {
                    throw new IllegalArgumentException(describe("base tariff", m, s) + " must be a finite fraction > -1 (found " + t + ")");
                }
                if (t != 0 && this.markets.get(m).equals(this.sources.get(s))) {
                    throw new IllegalArgumentException(describe("base tariff", m, s) + " must be 0: domestic sales carry no tariff (found " + t + ")");
                }
            }
        }
        checkElasticities();

        theta = new double[nm][ns];
        logBaseInternalPrice = new double[nm][ns];
        for (int m = 0; m < nm; m++) {
            double baseExpenditure = 0;
            for (int s = 0; s < ns; s++) {
                logBaseInternalPrice[m][s] = Math.log1p(this.baseTariff[m][s]);
                baseExpenditure += (1 + this.baseTariff[m][s]) * this.baseFlow[m][s];
            }
            // A market with no base flows is inert: θ stays 0 and its price index stays 1.
            if (baseExpenditure > 0) {
                for (int s = 0; s < ns; s++) {
                    theta[m][s] = (1 + this.baseTariff[m][s]) * this.baseFlow[m][s] / baseExpenditure;
                }
            }
        }
        baseSupply = new double[ns];
        for (int s = 0; s < ns; s++) {
            double x = 0;
            for (int m = 0; m < nm; m++) {
                x += this.baseFlow[m][s];
            }
            baseSupply[s] = x;
        }
        clearing = clearingSources(baseSupply, this.eta);
    }

    /**
     * This market with other elasticities (one Monte Carlo draw): the base flows, tariffs and
     * everything derived from them are shared, not copied or derived again, so the result is the
     * same as the public constructor's with these elasticities.
     */
    public ProductMarket withElasticities(double[] sigma, double[] epsilon, double[] eta) {
        return new ProductMarket(this, copy(sigma, marketCount(), "sigma"), copy(epsilon, marketCount(), "epsilon"),
                copy(eta, sourceCount(), "eta"));
    }

    private ProductMarket(ProductMarket base, double[] sigma, double[] epsilon, double[] eta) {
        this.product = base.product;
        this.markets = base.markets;
        this.sources = base.sources;
        this.baseFlow = base.baseFlow;
        this.baseTariff = base.baseTariff;
        this.sigma = sigma;
        this.epsilon = epsilon;
        this.eta = eta;
        checkElasticities();
        this.theta = base.theta;
        this.logBaseInternalPrice = base.logBaseInternalPrice;
        this.baseSupply = base.baseSupply;
        this.clearing = clearingSources(baseSupply, eta);
    }

    private void checkElasticities() {
        for (int m = 0; m < markets.size(); m++) {
            if (!Double.isFinite(sigma[m]) || sigma[m] <= 0) {
                throw new IllegalArgumentException("sigma of market " + markets.get(m) + " in " + product + " must be finite and > 0 (found " + sigma[m] + ")");
            }
            if (!Double.isFinite(epsilon[m]) || epsilon[m] > 0) {
                throw new IllegalArgumentException("epsilon of market " + markets.get(m) + " in " + product + " must be finite and <= 0 (found " + epsilon[m] + ")");
            }
        }
        for (int s = 0; s < sources.size(); s++) {
            double e = eta[s];
            if (Double.isNaN(e) || e <= 0) {
                throw new IllegalArgumentException("eta of source " + sources.get(s) + " in " + product + " must be > 0 or infinite (found " + e + ")");
            }
        }
    }

    /** Exporters whose price is solved for: a positive base supply and a finite η. */
    private static int[] clearingSources(double[] baseSupply, double[] eta) {
        int count = 0;
        for (int s = 0; s < baseSupply.length; s++) {
            if (baseSupply[s] > 0 && eta[s] != Double.POSITIVE_INFINITY) count++;
        }
        int[] clearing = new int[count];
        for (int s = 0, k = 0; s < baseSupply.length; s++) {
            if (baseSupply[s] > 0 && eta[s] != Double.POSITIVE_INFINITY) clearing[k++] = s;
        }
        return clearing;
    }

    public String product() { return product; }
    public List<String> markets() { return markets; }
    public List<String> sources() { return sources; }
    public int marketCount() { return markets.size(); }
    public int sourceCount() { return sources.size(); }
    public double baseFlow(int m, int s) { return baseFlow[m][s]; }
    public double baseTariff(int m, int s) { return baseTariff[m][s]; }
    public double sigma(int m) { return sigma[m]; }
    public double epsilon(int m) { return epsilon[m]; }
    public double eta(int s) { return eta[s]; }

    /** x⁰_s = Σ_m q⁰_ms, domestic sales included. */
    public double baseSupply(int s) { return baseSupply[s]; }

    /** θ_ms, the base expenditure share of s in m at internal prices (0 in an inert market). */
    public double baseShare(int m, int s) { return theta[m][s]; }

    /** Index of a market by its code, or -1. */
    public int marketIndex(String code) { return markets.indexOf(code); }

    /** Index of a source by its code, or -1. */
    public int sourceIndex(String code) { return sources.indexOf(code); }

    /**
     * Whether the price of s is solved for: finite η and a positive base supply. Others keep
     * p = 1 (η = ∞ means any quantity at the base price; no base flow means nothing to price).
     */
    public boolean clears(int s) {
        return baseSupply[s] > 0 && eta[s] != Double.POSITIVE_INFINITY;
    }

    // ---- package-private views for the solver: no copies on the hot path ----

    double[][] theta() { return theta; }
    double[][] logBaseInternalPrice() { return logBaseInternalPrice; }
    double[][] baseFlowArray() { return baseFlow; }
    double[] sigmaArray() { return sigma; }
    double[] epsilonArray() { return epsilon; }
    double[] etaArray() { return eta; }
    double[] baseSupplyArray() { return baseSupply; }
    int[] clearingSources() { return clearing; }

    @Override
    public String toString() {
        return "ProductMarket[product=" + product + ", markets=" + markets + ", sources=" + sources
                + ", baseFlow=" + Arrays.deepToString(baseFlow)
                + ", baseTariff=" + Arrays.deepToString(baseTariff)
                + ", sigma=" + Arrays.toString(sigma) + ", epsilon=" + Arrays.toString(epsilon)
                + ", eta=" + Arrays.toString(eta) + "]";
    }

    String describe(String what, int m, int s) {
        return String.format(Locale.ROOT, "%s of %s from %s in %s", what, markets.get(m), sources.get(s), product);
    }

    private static void requireUnique(List<String> codes, String what) {
        var seen = new HashSet<String>();
        for (String c : codes) {
            if (!seen.add(c)) throw new IllegalArgumentException("duplicate " + what + " " + c);
        }
    }

    static double[][] copy(double[][] a, int rows, int cols, String name) {
        Objects.requireNonNull(a, name);
        if (a.length != rows) {
            throw new IllegalArgumentException(name + " has " + a.length + " rows, expected " + rows);
        }
        double[][] c = new double[rows][];
        for (int i = 0; i < rows; i++) {
            Objects.requireNonNull(a[i], name);
            if (a[i].length != cols) {
                throw new IllegalArgumentException(name + " row " + i + " has " + a[i].length + " columns, expected " + cols);
            }
            c[i] = a[i].clone();
        }
        return c;
    }

    static double[] copy(double[] a, int length, String name) {
        Objects.requireNonNull(a, name);
        if (a.length != length) {
            throw new IllegalArgumentException(name + " has length " + a.length + ", expected " + length);
        }
        return a.clone();
    }
}
