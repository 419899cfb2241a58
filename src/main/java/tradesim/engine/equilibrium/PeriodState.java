package tradesim.engine.equilibrium;

import java.util.Arrays;
import java.util.Objects;

/**
 * The inputs of one period for one product: what differs from the calibrated base.
 * Every array is copied in and copied out; the element accessors read without copying.
 * Dimensions are checked against a {@link ProductMarket} when solved.
 *
 * @param tariff        [m][s] tariff in force as a fraction, > -1
 * @param demandFactor  [m] G_m(t)·D_m, growth times demand_shift, > 0
 * @param supplyFactor  [s] H_s(t), supply growth, > 0
 * @param priceFactor   [s] φ_s, the price_shift cost factor, > 0
 * @param wedge         [m][s] w_ms, a quantity constraint's wedge on the internal price as a
 *                      fraction (−ς for a purchase subsidy, a quota's rent), 0 = none;
 *                      1 + t + w > 0
 */
public record PeriodState(double[][] tariff, double[] demandFactor, double[] supplyFactor,
                          double[] priceFactor, double[][] wedge) {

    public PeriodState {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(demandFactor, "demandFactor");
        Objects.requireNonNull(supplyFactor, "supplyFactor");
        Objects.requireNonNull(priceFactor, "priceFactor");
        Objects.requireNonNull(wedge, "wedge");
        int nm = tariff.length;
        int ns = supplyFactor.length;
        tariff = ProductMarket.copy(tariff, nm, ns, "tariff");
        demandFactor = ProductMarket.copy(demandFactor, nm, "demandFactor");
        supplyFactor = supplyFactor.clone();
        priceFactor = ProductMarket.copy(priceFactor, ns, "priceFactor");
        wedge = ProductMarket.copy(wedge, nm, ns, "wedge");
        for (int m = 0; m < nm; m++) {
            for (int s = 0; s < ns; s++) {
                if (!Double.isFinite(tariff[m][s]) || tariff[m][s] <= -1) {
                    throw new IllegalArgumentException("tariff [" + m + "][" + s + "] must be a finite fraction > -1 (found " + tariff[m][s] + ")");
                }
                if (!Double.isFinite(wedge[m][s]) || tariff[m][s] + wedge[m][s] <= -1) {
                    throw new IllegalArgumentException("wedge [" + m + "][" + s + "] must be finite with 1 + t + w > 0 (found " + wedge[m][s] + ")");
                }
            }
        }
        requirePositive(demandFactor, "demand factor");
        requirePositive(supplyFactor, "supply factor");
        requirePositive(priceFactor, "price factor");
    }

    /** The base state of a product: base tariffs, every factor 1, no wedges. */
    public static PeriodState base(ProductMarket mk) {
        return base(mk, ones(mk.marketCount()), ones(mk.sourceCount()));
    }

    /**
     * A product's state with no policy change: base tariffs, no price shift, no wedges,
     * and the given growth (the baseline of a period).
     *
     * @param demandFactor [m] G_m(t)
     * @param supplyFactor [s] H_s(t)
     */
    public static PeriodState base(ProductMarket mk, double[] demandFactor, double[] supplyFactor) {
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        double[][] t = new double[nm][ns];
        for (int m = 0; m < nm; m++) {
            for (int s = 0; s < ns; s++) t[m][s] = mk.baseTariff(m, s);
        }
        return new PeriodState(t, demandFactor, supplyFactor, ones(ns), new double[nm][ns]);
    }

    /** This state with one tariff changed. */
    public PeriodState withTariff(int m, int s, double rate) {
        double[][] t = tariff();
        t[m][s] = rate;
        return new PeriodState(t, demandFactor, supplyFactor, priceFactor, wedge);
    }

    /** This state with other tariffs (fractions), e.g. a safeguard's snap-back or a quota's in-quota rate. */
    public PeriodState withTariffs(double[][] tariffs) {
        return new PeriodState(tariffs, demandFactor, supplyFactor, priceFactor, wedge);
    }

    /** This state with one flow's wedge set (0 removes it). */
    public PeriodState withWedge(int m, int s, double w) {
        double[][] x = wedge();
        x[m][s] = w;
        return new PeriodState(tariff, demandFactor, supplyFactor, priceFactor, x);
    }

    /** This state with the wedges of its quantity constraints. */
    public PeriodState withWedges(double[][] wedges) {
        return new PeriodState(tariff, demandFactor, supplyFactor, priceFactor, wedges);
    }

    @Override public double[][] tariff() { return deepCopy(tariff); }
    @Override public double[] demandFactor() { return demandFactor.clone(); }
    @Override public double[] supplyFactor() { return supplyFactor.clone(); }
    @Override public double[] priceFactor() { return priceFactor.clone(); }
    @Override public double[][] wedge() { return deepCopy(wedge); }

    public double tariff(int m, int s) { return tariff[m][s]; }
    public double demandFactor(int m) { return demandFactor[m]; }
    public double supplyFactor(int s) { return supplyFactor[s]; }
    public double priceFactor(int s) { return priceFactor[s]; }
    public double wedge(int m, int s) { return wedge[m][s]; }
    public int marketCount() { return tariff.length; }
    public int sourceCount() { return supplyFactor.length; }

    // Arrays compare by content (bit patterns, as Arrays.equals does), so two states built from the
    // same numbers are equal: a state is its own key wherever equilibria are memoised.
    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodState p
                && Arrays.deepEquals(tariff, p.tariff)
                && Arrays.equals(demandFactor, p.demandFactor)
                && Arrays.equals(supplyFactor, p.supplyFactor)
                && Arrays.equals(priceFactor, p.priceFactor)
                && Arrays.deepEquals(wedge, p.wedge);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {tariff, demandFactor, supplyFactor, priceFactor, wedge});
    }

    @Override
    public String toString() {
        return "PeriodState[tariff=" + Arrays.deepToString(tariff)
                + ", demandFactor=" + Arrays.toString(demandFactor)
                + ", supplyFactor=" + Arrays.toString(supplyFactor)
                + ", priceFactor=" + Arrays.toString(priceFactor)
                + ", wedge=" + Arrays.deepToString(wedge) + "]";
    }

    private static void requirePositive(double[] a, String name) {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i]) || a[i] <= 0) {
                throw new IllegalArgumentException(name + " [" + i + "] must be finite and > 0 (found " + a[i] + ")");
            }
        }
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        Arrays.fill(a, 1.0);
        return a;
    }

    static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
