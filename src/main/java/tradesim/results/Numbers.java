package tradesim.results;

import java.util.Locale;

/**
 * How numbers appear in every output: fixed six decimals in {@link Locale#ROOT}, never "-0", and
 * never NaN or Inf (a non-finite value is a bug upstream, so it stops the write).
 */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("refusing to write a non-finite number: " + v);
        }
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.equals("-0.000000") ? "0.000000" : s;
    }
}
