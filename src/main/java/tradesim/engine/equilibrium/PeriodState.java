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
 * @param priceFactor   [s] φ_s, the price_shift factor, > 0
 * @param purchaseFloor [m][s] committed annual value p_s·q_ms, USD million; 0 = none
 */
public record PeriodState(double[][] tariff, double[] demandFactor, double[] supplyFactor,
                          double[] priceFactor, double[][] purchaseFloor) {

    public PeriodState {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(demandFactor, "demandFactor");
        Objects.requireNonNull(supplyFactor, "supplyFactor");
        Objects.requireNonNull(priceFactor, "priceFactor");
        Objects.requireNonNull(purchaseFloor, "purchaseFloor");
        int nm = tariff.length;
        int ns = supplyFactor.length;
        tariff = ProductMarket.copy(tariff, nm, ns, "tariff");
        demandFactor = ProductMarket.copy(demandFactor, nm, "demandFactor");
        supplyFactor = supplyFactor.clone();
        priceFactor = ProductMarket.copy(priceFactor, ns, "priceFactor");
        purchaseFloor = ProductMarket.copy(purchaseFloor, nm, ns, "purchaseFloor");
        for (int m = 0; m < nm; m++) {
            for (int s = 0; s < ns; s++) {
                if (!Double.isFinite(tariff[m][s]) || tariff[m][s] <= -1) {
                    throw new IllegalArgumentException("tariff [" + m + "][" + s + "] must be a finite fraction > -1 (found " + tariff[m][s] + ")");
                }
                if (!Double.isFinite(purchaseFloor[m][s]) || purchaseFloor[m][s] < 0) {
                    throw new IllegalArgumentException("purchase floor [" + m + "][" + s + "] must be finite and >= 0 (found " + purchaseFloor[m][s] + ")");
                }
            }
        }
        requirePositive(demandFactor, "demand factor");
        requirePositive(supplyFactor, "supply factor");
        requirePositive(priceFactor, "price factor");
    }

    /** The base state of a product: base tariffs, every factor 1, no purchase floors. */
    public static PeriodState base(ProductMarket mk) {
        return base(mk, ones(mk.marketCount()), ones(mk.sourceCount()));
    }

    /**
     * A product's state with no policy change: base tariffs, no price shift, no purchase floors,
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
        return new PeriodState(t, demandFactor, supplyFactor, priceFactor, purchaseFloor);
    }

    /** This state with one purchase floor set (0 removes it). */
    public PeriodState withPurchaseFloor(int m, int s, double value) {
        double[][] f = purchaseFloor();
        f[m][s] = value;
        return new PeriodState(tariff, demandFactor, supplyFactor, priceFactor, f);
    }

    @Override public double[][] tariff() { return deepCopy(tariff); }
    @Override public double[] demandFactor() { return demandFactor.clone(); }
    @Override public double[] supplyFactor() { return supplyFactor.clone(); }
    @Override public double[] priceFactor() { return priceFactor.clone(); }
    @Override public double[][] purchaseFloor() { return deepCopy(purchaseFloor); }

    public double tariff(int m, int s) { return tariff[m][s]; }
    public double demandFactor(int m) { return demandFactor[m]; }
    public double supplyFactor(int s) { return supplyFactor[s]; }
    public double priceFactor(int s) { return priceFactor[s]; }
    public double purchaseFloor(int m, int s) { return purchaseFloor[m][s]; }
    public int marketCount() { return tariff.length; }
    public int sourceCount() { return supplyFactor.length; }

    /** Whether any purchase floor is set. */
    public boolean hasPurchaseFloors() {
        for (double[] row : purchaseFloor) {
            for (double v : row) if (v > 0) return true;
        }
        return false;
    }

    // Arrays compare by content (bit patterns, as Arrays.equals does), so two states built from the
    // same numbers are equal: a state is its own key wherever equilibria are memoised.
    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodState p
                && Arrays.deepEquals(tariff, p.tariff)
                && Arrays.equals(demandFactor, p.demandFactor)
                && Arrays.equals(supplyFactor, p.supplyFactor)
                && Arrays.equals(priceFactor, p.priceFactor)
                && Arrays.deepEquals(purchaseFloor, p.purchaseFloor);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {tariff, demandFactor, supplyFactor, priceFactor, purchaseFloor});
    }

    @Override
    public String toString() {
        return "PeriodState[tariff=" + Arrays.deepToString(tariff)
                + ", demandFactor=" + Arrays.toString(demandFactor)
                + ", supplyFactor=" + Arrays.toString(supplyFactor)
                + ", priceFactor=" + Arrays.toString(priceFactor)
                + ", purchaseFloor=" + Arrays.deepToString(purchaseFloor) + "]";
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
