package tradesim.engine.equilibrium;

import java.util.ArrayList;
import java.util.List;

/**
 * The quantity constraints of one product market in one period, met together. Each constraint
 * has its own instrument (today the preference weight of a purchase commitment); they are met by
 * Gauss–Seidel rounds, each constraint solved in turn with the others fixed, until every one holds
 * to a relative {@link #TOLERANCE} (at most {@value #MAX_ROUNDS} rounds). Rounds that end with
 * every binding instrument still rising mean rival constraints that cannot hold together, reported
 * as such; anything else that does not settle is a {@link NoConvergenceException}.
 *
 * <p>Constraints are taken in (market, source) order, whatever their order in the scenario file.
 */
final class QuantityConstraints {

    /** Relative tolerance on a constraint at the end, e.g. p_s q_ms / V − 1 for a purchase floor. */
    static final double TOLERANCE = 1e-9;

    static final int MAX_ROUNDS = 200;

    private final List<QuantityConstraint> constraints;

    private QuantityConstraints(List<QuantityConstraint> constraints) {
        this.constraints = List.copyOf(constraints);
    }

    /**
     * The constraints that {@code state} sets on {@code mk}.
     *
     * @throws ImpossiblePurchaseException for a purchase floor on a flow with no base value
     */
    static QuantityConstraints of(ProductMarket mk, PeriodState state) {
        List<QuantityConstraint> list = new ArrayList<>();
        for (int m = 0; m < mk.marketCount(); m++) {
            for (int s = 0; s < mk.sourceCount(); s++) {
                double v = state.purchaseFloor(m, s);
                if (v <= 0) continue;
                if (mk.baseFlow(m, s) == 0) {
                    throw new ImpossiblePurchaseException(mk.product(), mk.markets().get(m), mk.sources().get(s), v, 0,
                            "the flow has no base-year value, and a calibrated CES nest cannot create trade");
                }
                list.add(new PurchaseFloor(m, s, v));
            }
        }
        return new QuantityConstraints(list);
    }

    /** Moves the instruments until every constraint holds, leaving the equilibrium solved there. */
    void meet(ProductMarket mk, ConstrainedEquilibrium eq) {
        int count = constraints.size();
        if (count == 0) return;
        double worst = Double.NaN;
        QuantityConstraint worstOne = null;
        double[] before = new double[count];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            for (int k = 0; k < count; k++) before[k] = constraints.get(k).instrument(eq);
            for (QuantityConstraint c : constraints) c.meet(mk, eq);
            worst = 0;
            worstOne = constraints.get(0);
            for (QuantityConstraint c : constraints) {
                double miss = c.miss(eq);
                if (miss > worst) {
                    worst = miss;
                    worstOne = c;
                }
            }
            if (worst <= TOLERANCE) return;
        }
        // Rival commitments that cannot hold together (say, floors on most of one market that add
        // up to more than it spends) show as instruments that keep rising round after round: each
        // constraint is met by taking from another. That is an impossible set of commitments, not a
        // numerical failure.
        boolean escalating = true;
        for (int k = 0; k < count; k++) {
            QuantityConstraint c = constraints.get(k);
            if (c.binds(eq) && c.instrument(eq) <= before[k]) escalating = false;
        }
        if (escalating) throw worstOne.cannotHoldTogether(mk, eq, MAX_ROUNDS);
        throw new NoConvergenceException(mk.product(), worst, eq.iterations(),
                "purchase commitments did not settle after " + MAX_ROUNDS
                        + " Gauss-Seidel rounds; residual is the largest relative miss of a commitment");
    }
}
