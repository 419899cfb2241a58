package tradesim.engine.equilibrium;

/**
 * One quantity constraint on the flows of a product in a period, met by moving its own
 * instrument with every other instrument fixed. {@link QuantityConstraints} repeats these
 * one-dimensional solves until all hold together.
 */
sealed interface QuantityConstraint permits PurchaseFloor {

    /**
     * Moves this constraint's instrument so that it holds at the others' current values, leaving
     * the equilibrium solved at the new instrument.
     */
    void meet(ProductMarket mk, ConstrainedEquilibrium eq);

    /** How far the constraint misses at the last solve, relative to its target; 0 when it holds. */
    double miss(ConstrainedEquilibrium eq);

    /** Its instrument now: rounds compare it to tell rival constraints that escalate. */
    double instrument(ConstrainedEquilibrium eq);

    /** Whether its instrument is off its neutral value, that is, the constraint binds. */
    boolean binds(ConstrainedEquilibrium eq);

    /**
     * The failure to report when the constraints' instruments kept escalating against each other,
     * this one missing most.
     */
    RuntimeException cannotHoldTogether(ProductMarket mk, ConstrainedEquilibrium eq, int rounds);
}
