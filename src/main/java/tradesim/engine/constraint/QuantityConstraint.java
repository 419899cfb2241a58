package tradesim.engine.constraint;

import java.util.Objects;

import tradesim.model.Action;

/**
 * A quantity constraint of one product market in one period, resolved to market and source
 * indices. It acts on the reported flows through a wedge on the internal price,
 * π_ms = (1 + t_ms + w_ms) p_s (docs/model.md, Quantity constraints).
 */
public sealed interface QuantityConstraint permits QuantityConstraint.PurchaseFloor, QuantityConstraint.Quota {

    /** The name in constraints.csv: a trq id, or {@code purchase:<importer>:<exporter>:<product>}. */
    String id();

    /** Adds this constraint's own wedge {@code own} to the flows it acts on. */
    void addWedge(double own, double[][] wedge);

    /** The own wedge's range: [0, upper]. */
    double upperBound();

    /**
     * ln(achieved / limit) on the reported flows, oriented so that it rises with the own wedge's
     * pull toward the limit: for a floor ln(v / V̄), for a quota ln(Q̄ / V).
     */
    double gap(ReportedFlows reported);

    /** Whether the constraint holds to the relative {@code tolerance} with this own wedge. */
    default boolean holds(double own, ReportedFlows reported, double tolerance) {
        double g = gap(reported);
        if (upperBound() == 0) return true;            // no room to move: the rate in force is the in-quota rate
        if (own == 0) return g >= -tolerance;          // slack floor or unfilled quota
        if (own >= upperBound()) return g <= tolerance; // over quota (a floor at its bound is refused)
        return Math.abs(g) <= tolerance;
    }

    /**
     * A floor V̄ on one flow's annual value at world prices, met by a shadow import subsidy ς ≥ 0
     * (w = −ς), paid by the importer's government.
     *
     * @param ratePct the rate in force on the flow, percent: the subsidy stays below 0.99 (1 + t), so
     *                the internal price stays positive
     */
    record PurchaseFloor(String id, int market, int source, double floorUsdM, double ratePct)
            implements QuantityConstraint {
        public PurchaseFloor {
            Objects.requireNonNull(id, "id");
            if (!(floorUsdM >= 0) || Double.isInfinite(floorUsdM)) {
                throw new IllegalArgumentException("purchase floor must be finite and >= 0: " + floorUsdM);
            }
        }

        /** The largest subsidy tried, as a fraction of the world price. */
        @Override
        public double upperBound() {
            return 0.99 * (1 + ratePct / 100.0);
        }

        @Override
        public void addWedge(double own, double[][] wedge) {
            wedge[market][source] -= own;
        }

        @Override
        public double gap(ReportedFlows reported) {
            return Math.log(reported.value(market, source) / floorUsdM);
        }
    }

    /**
     * A tariff-rate quota over the covered flows (market[i], source[i]): they pay t_in + w with one
     * common w in [0, min(t_out − t_in)], so that the covered reported annual amount meets the quota
     * when it would exceed it.
     *
     * @param tonnesPerUnit [i] tonnes per USD million at base prices (10⁶ / USD per tonne), for
     *                      quotas in tonnes; ignored for quotas in value
     * @param inQuotaPct    t_in, percent
     * @param outQuotaPct   [i] t_out, the rate in force on each covered flow, percent
     */
    record Quota(String id, int[] market, int[] source, double amount, Action.QuantityUnit unit,
                 double[] tonnesPerUnit, double inQuotaPct, double[] outQuotaPct, Action.RentHolder rentTo)
            implements QuantityConstraint {
        public Quota {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(rentTo, "rentTo");
            market = market.clone();
            source = source.clone();
            tonnesPerUnit = tonnesPerUnit.clone();
            outQuotaPct = outQuotaPct.clone();
            if (market.length == 0 || market.length != source.length || market.length != tonnesPerUnit.length
                    || market.length != outQuotaPct.length) {
                throw new IllegalArgumentException("a quota covers one or more flows, described alike");
            }
        }

        /** The upper bound of the wedge: the smallest t_out − t_in, as a fraction. */
        @Override
        public double upperBound() {
            double min = Double.POSITIVE_INFINITY;
            for (double out : outQuotaPct) min = Math.min(min, out - inQuotaPct);
            return Math.max(0.0, min) / 100.0;
        }

        @Override
        public void addWedge(double own, double[][] wedge) {
            for (int i = 0; i < market.length; i++) wedge[market[i]][source[i]] += own;
        }

        @Override
        public double gap(ReportedFlows reported) {
            return Math.log(amount / covered(reported));
        }

        /** The covered amount of the reported flows, in the quota's unit. */
        public double covered(ReportedFlows r) {
            double total = 0;
            for (int i = 0; i < market.length; i++) {
                total += unit == Action.QuantityUnit.TONNES
                        ? r.quantity(market[i], source[i]) * tonnesPerUnit[i]
                        : r.value(market[i], source[i]);
            }
            return total;
        }
    }
}
