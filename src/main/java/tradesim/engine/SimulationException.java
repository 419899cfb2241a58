package tradesim.engine;

/**
 * A run that could not finish although its input was valid: an equilibrium that did not converge,
 * a purchase commitment no subsidy below 99% of the price can meet, or quotas and floors that do not
 * settle together. The message names the scenario, the
 * product and the period.
 */
public final class SimulationException extends RuntimeException {

    public SimulationException(String message, Throwable cause) {
        super(message, cause);
    }
}
