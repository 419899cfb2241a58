package tradesim.app;

import java.util.function.Supplier;
import tradesim.engine.SimulationException;

/**
 * A run that failed on valid input: an equilibrium that did not converge, a commitment that cannot
 * be met. The message names the scenario, product and period; front doors show it as it is.
 */
public final class RunFailure extends RuntimeException {

    RunFailure(SimulationException cause) {
        super(cause.getMessage(), cause);
    }

    /** Runs engine work, turning its failure on valid input into a {@code RunFailure}. */
    static <T> T around(Supplier<T> work) {
        try {
            return work.get();
        } catch (SimulationException e) {
            throw new RunFailure(e);
        }
    }
}
