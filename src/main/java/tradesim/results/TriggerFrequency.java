package tradesim.results;

import java.util.Objects;

/** How many of a Monte Carlo run's draws triggered a safeguard in one safeguard year (triggers.csv). */
public record TriggerFrequency(String safeguard, int safeguardYear, long triggered, long draws) {

    public TriggerFrequency {
        Objects.requireNonNull(safeguard, "safeguard");
        if (draws <= 0 || triggered < 0 || triggered > draws) {
            throw new IllegalArgumentException("triggered " + triggered + " of " + draws + " draws");
        }
    }

    public double probability() {
        return triggered / (double) draws;
    }
}
