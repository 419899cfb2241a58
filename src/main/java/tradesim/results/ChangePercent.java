package tradesim.results;

/** The percent change used in every output: 100 (value / baseline − 1), 0 when the baseline is 0. */
public final class ChangePercent {

    private ChangePercent() {
    }

    public static double of(double value, double baseline) {
        return baseline == 0.0 ? 0.0 : 100.0 * (value / baseline - 1.0);
    }
}
