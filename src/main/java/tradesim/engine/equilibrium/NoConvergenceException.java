package tradesim.engine.equilibrium;

import java.util.Locale;

/**
 * The equilibrium of a product could not be found: iteration cap, singular Jacobian, a
 * non-finite value, or a failed line search. The message names the product, the residual
 * reached and why; the caller adds the period and the scenario.
 */
public final class NoConvergenceException extends RuntimeException {

    private final String product;
    private final double residual;
    private final int iterations;

    public NoConvergenceException(String product, double residual, int iterations, String reason, Throwable cause) {
        super(String.format(Locale.ROOT,
                "no equilibrium for product %s: max relative excess demand %.3e after %d iterations (%s)",
                product, residual, iterations, reason), cause);
        this.product = product;
        this.residual = residual;
        this.iterations = iterations;
    }

    public NoConvergenceException(String product, double residual, int iterations, String reason) {
        this(product, residual, iterations, reason, null);
    }

    public String product() { return product; }

    /** Max relative excess demand at the last point reached (may be NaN if that point was not finite). */
    public double residual() { return residual; }

    public int iterations() { return iterations; }
}
