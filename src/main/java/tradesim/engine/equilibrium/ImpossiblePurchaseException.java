package tradesim.engine.equilibrium;

import java.util.Locale;

/**
 * A purchase commitment cannot be met by raising the source's preference weight up to
 * {@link PurchaseFloor#MAX_PREFERENCE}: either the flow has no base value (a calibrated CES
 * nest cannot create trade), or even the most favourable weight leaves the value short.
 */
public final class ImpossiblePurchaseException extends RuntimeException {

    private final String product;
    private final String market;
    private final String source;
    private final double committed;
    private final double reachable;

    public ImpossiblePurchaseException(String product, String market, String source, double committed, double reachable,
                                       String reason) {
        super(String.format(Locale.ROOT,
                "purchase commitment of %s from %s in %s cannot be met: committed %.6g USD million per year, "
                        + "largest reachable %.6g (%s)",
                market, source, product, committed, reachable, reason));
        this.product = product;
        this.market = market;
        this.source = source;
        this.committed = committed;
        this.reachable = reachable;
    }

    public String product() { return product; }
    public String market() { return market; }
    public String source() { return source; }

    /** The committed annual value p_s q_ms, USD million. */
    public double committed() { return committed; }

    /** The largest value found within the preference-weight bound, USD million. */
    public double reachable() { return reachable; }
}
