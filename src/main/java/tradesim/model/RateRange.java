package tradesim.model;

import java.util.Optional;

/**
 * The range every tariff rate takes, in percent ad valorem: from 0 to 1000. A rate above 1000 is
 * taken for a typo, not a policy. Base rates, scenario rates and the model's own records all check
 * against this one rule, and all say so in the same words.
 */
public final class RateRange {

    /** Highest rate a dataset or scenario may name, in percent. */
    public static final double MAX_PCT = 1000.0;

    /** What every message about a bad rate says was expected. */
    public static final String EXPECTED = "a rate from 0 to 1000 percent";

    private RateRange() {
    }

    public static boolean contains(double pct) {
        return Double.isFinite(pct) && pct >= 0 && pct <= MAX_PCT;
    }

    /**
     * The problem with {@code pct} as a rate, or empty when it is one:
     * {@code "<what> is above 1000% (found <found>, expected a rate from 0 to 1000 percent)"}.
     *
     * @param what  the rate's name where it was written, e.g. {@code set} or {@code rate_pct}
     * @param found the value as the user wrote it
     */
    public static Optional<String> problem(String what, double pct, String found) {
        if (contains(pct)) return Optional.empty();
        String why = !Double.isFinite(pct) ? "is not a finite rate" : pct < 0 ? "is a negative rate" : "is above 1000%";
        return Optional.of(what + " " + why + " (found " + found + ", expected " + EXPECTED + ")");
    }

    /** {@code pct}, or an {@link IllegalArgumentException} with {@link #problem}'s message. */
    public static double require(String what, double pct) {
        Optional<String> problem = problem(what, pct, Double.toString(pct));
        if (problem.isPresent()) throw new IllegalArgumentException(problem.get());
        return pct;
    }
}
