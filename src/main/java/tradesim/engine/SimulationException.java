package tradesim.engine;

/**
 * A run that could not finish although its input was valid: an equilibrium that did not converge,
 * or a purchase commitment no preference weight can meet. The message names the scenario, the
 * product and the period.
 */
public final class SimulationException extends RuntimeException {

    public SimulationException(String message, Throwable cause) {
        super(message, cause);
    }
}
