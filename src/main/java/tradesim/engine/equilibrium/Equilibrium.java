package tradesim.engine.equilibrium;

import java.util.Arrays;
import java.util.Objects;

/**
 * The solved equilibrium of one product in one period. Only the solver makes one, from arrays it
 * has just allocated, so they are taken as they are (no copy in: this runs once per solve); the
 * array accessors return copies, and the element accessors read without copying.
 *
 * <ul>
 *   <li>{@code price} [s]: world price p_s (φ_s, the price_shift cost factor, for η = ∞ and for
 *       sources with no base flow)
 *   <li>{@code quantity} [m][s]: q_ms, USD million at base world prices
 *   <li>{@code priceIndex} [m]: P_m relative to base
 *   <li>{@code supply} [s]: x_s = x⁰_s H_s (p_s/φ_s)^η for clearing exporters; the quantity sold,
 *       Σ_m q_ms, for η = ∞ (supply then meets any demand at p = φ)
 *   <li>{@code expenditure} [m]: Σ_s π_ms q_ms at internal prices
 *   <li>{@code maxResidual}: max over clearing exporters of |Σ_m q_ms / x_s − 1|
 *   <li>{@code iterations}: Newton iterations spent
 * </ul>
 */
public final class Equilibrium {

    private final double[] price;
    private final double[][] quantity;
    private final double[] priceIndex;
    private final double[] supply;
    private final double[] expenditure;
    private final double maxResidual;
    private final int iterations;

    /** Takes ownership of the arrays: the caller must not keep or change them. */
    Equilibrium(double[] price, double[][] quantity, double[] priceIndex, double[] supply, double[] expenditure,
                double maxResidual, int iterations) {
        this.price = Objects.requireNonNull(price, "price");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.priceIndex = Objects.requireNonNull(priceIndex, "priceIndex");
        this.supply = Objects.requireNonNull(supply, "supply");
        this.expenditure = Objects.requireNonNull(expenditure, "expenditure");
        this.maxResidual = maxResidual;
        this.iterations = iterations;
    }

    public double[] price() { return price.clone(); }
    public double[][] quantity() { return PeriodState.deepCopy(quantity); }
    public double[] priceIndex() { return priceIndex.clone(); }
    public double[] supply() { return supply.clone(); }
    public double[] expenditure() { return expenditure.clone(); }

    public double price(int s) { return price[s]; }
    public double quantity(int m, int s) { return quantity[m][s]; }
    public double priceIndex(int m) { return priceIndex[m]; }
    public double supply(int s) { return supply[s]; }
    public double expenditure(int m) { return expenditure[m]; }

    public double maxResidual() { return maxResidual; }
    public int iterations() { return iterations; }

    /** Value at world prices, p_s q_ms, USD million. */
    public double value(int m, int s) { return price[s] * quantity[m][s]; }

    /** ln p_s for every source: the warm start for the next period's solve. */
    public double[] logPrice() {
        double[] y = new double[price.length];
        for (int s = 0; s < y.length; s++) y[s] = Math.log(price[s]);
        return y;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Equilibrium e
                && Arrays.equals(price, e.price) && Arrays.deepEquals(quantity, e.quantity)
                && Arrays.equals(priceIndex, e.priceIndex)
                && Arrays.equals(supply, e.supply) && Arrays.equals(expenditure, e.expenditure)
                && Double.compare(maxResidual, e.maxResidual) == 0 && iterations == e.iterations;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {price, quantity, priceIndex, supply, expenditure})
                * 31 + Double.hashCode(maxResidual) * 17 + iterations;
    }

    @Override
    public String toString() {
        return "Equilibrium[price=" + Arrays.toString(price) + ", quantity=" + Arrays.deepToString(quantity)
                + ", priceIndex=" + Arrays.toString(priceIndex)
                + ", supply=" + Arrays.toString(supply) + ", expenditure=" + Arrays.toString(expenditure)
                + ", maxResidual=" + maxResidual + ", iterations=" + iterations + "]";
    }
}
