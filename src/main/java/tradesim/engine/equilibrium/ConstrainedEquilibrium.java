package tradesim.engine.equilibrium;

/**
 * What a {@link QuantityConstraint} sees of the solver while it moves its instrument: the
 * instruments as they stand, a re-solve of the market-clearing prices at them, and the resulting
 * prices and flows. Today's instrument is the preference weight a_ms of a purchase commitment.
 */
interface ConstrainedEquilibrium {

    /** a_ms, the preference weight of flow (m, s); 1 unless a constraint moved it. */
    double preference(int m, int s);

    /** Sets a_ms = e^(ln a); ln a = 0 gives exactly 1, so an unmoved weight stays the base taste. */
    void setPreference(int m, int s, double lnWeight);

    /** Solves for the market-clearing prices at the instruments as they now stand. */
    void resolve();

    /** ln p_s at the last solve. */
    double logPrice(int s);

    /** q_ms at the last solve. */
    double quantity(int m, int s);

    /** Max relative excess demand at the last solve, for error messages. */
    double maxResidual();

    /** Newton iterations so far in this equilibrium solve, for error messages. */
    int iterations();
}
