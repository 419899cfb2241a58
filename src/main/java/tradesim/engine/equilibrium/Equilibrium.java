package tradesim.engine.equilibrium;

import java.util.Arrays;
import java.util.Objects;

/**
 * The solved equilibrium of one product in one period. Arrays are copied in and out; the
 * element accessors read without copying.
 *
 * @param price       [s] world price p_s (1 for η = ∞ and for sources with no base flow)
 * @param quantity    [m][s] q_ms, USD million at base world prices
 * @param priceIndex  [m] P_m relative to base
 * @param preference  [m][s] a_ms, 1 unless a purchase commitment binds
 * @param supply      [s] x_s = x⁰_s H_s p_s^η for clearing exporters; the quantity sold,
 *                    Σ_m q_ms, for η = ∞ (supply then meets any demand at p = 1)
 * @param expenditure [m] Σ_s π_ms q_ms at internal prices
 * @param maxResidual max over clearing exporters of |Σ_m q_ms / x_s − 1|
 * @param iterations  Newton iterations spent, including the re-solves inside purchase commitments
 */
public record Equilibrium(double[] price, double[][] quantity, double[] priceIndex, double[][] preference,
                          double[] supply, double[] expenditure, double maxResidual, int iterations) {

    public Equilibrium {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(priceIndex, "priceIndex");
        Objects.requireNonNull(preference, "preference");
        Objects.requireNonNull(supply, "supply");
        Objects.requireNonNull(expenditure, "expenditure");
        int nm = priceIndex.length;
        int ns = price.length;
        price = price.clone();
        quantity = ProductMarket.copy(quantity, nm, ns, "quantity");
        priceIndex = priceIndex.clone();
        preference = ProductMarket.copy(preference, nm, ns, "preference");
        supply = ProductMarket.copy(supply, ns, "supply");
        expenditure = ProductMarket.copy(expenditure, nm, "expenditure");
    }

    @Override public double[] price() { return price.clone(); }
    @Override public double[][] quantity() { return PeriodState.deepCopy(quantity); }
    @Override public double[] priceIndex() { return priceIndex.clone(); }
    @Override public double[][] preference() { return PeriodState.deepCopy(preference); }
    @Override public double[] supply() { return supply.clone(); }
    @Override public double[] expenditure() { return expenditure.clone(); }

    public double price(int s) { return price[s]; }
    public double quantity(int m, int s) { return quantity[m][s]; }
    public double priceIndex(int m) { return priceIndex[m]; }
    public double preference(int m, int s) { return preference[m][s]; }
    public double supply(int s) { return supply[s]; }
    public double expenditure(int m) { return expenditure[m]; }

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
                && Arrays.equals(priceIndex, e.priceIndex) && Arrays.deepEquals(preference, e.preference)
                && Arrays.equals(supply, e.supply) && Arrays.equals(expenditure, e.expenditure)
                && Double.compare(maxResidual, e.maxResidual) == 0 && iterations == e.iterations;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {price, quantity, priceIndex, preference, supply, expenditure})
                * 31 + Double.hashCode(maxResidual) * 17 + iterations;
    }

    @Override
    public String toString() {
        return "Equilibrium[price=" + Arrays.toString(price) + ", quantity=" + Arrays.deepToString(quantity)
                + ", priceIndex=" + Arrays.toString(priceIndex) + ", preference=" + Arrays.deepToString(preference)
                + ", supply=" + Arrays.toString(supply) + ", expenditure=" + Arrays.toString(expenditure)
                + ", maxResidual=" + maxResidual + ", iterations=" + iterations + "]";
    }
}
