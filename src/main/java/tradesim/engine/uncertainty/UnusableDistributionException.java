package tradesim.engine.uncertainty;

/**
 * An uncertain parameter whose distribution cannot give valid values (for example a normal with
 * almost no mass where σ &gt; 0). It is bad input, reported before any draw runs.
 */
public final class UnusableDistributionException extends IllegalArgumentException {

    public UnusableDistributionException(String message) {
        super(message);
    }
}
