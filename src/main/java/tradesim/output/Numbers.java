package tradesim.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers appear in every output: fixed six decimals in {@link java.util.Locale#ROOT}, never
 * "-0", and never NaN or Inf (a non-finite value is a bug upstream, so it stops the write).
 *
 * <p>The text is that of {@code String.format(Locale.ROOT, "%.6f", v)}: Formatter rounds half up
 * the shortest decimal digits that identify the double, which is what rounding
 * {@code new BigDecimal(Double.toString(v))} half up does, at a third of the cost (a Formatter
 * parses its pattern and looks up locale symbols on every call). NumbersTest checks the two agree.
 */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("refusing to write a non-finite number: " + v);
        }
        // BigDecimal has no negative zero, so "-0.000000" never comes out of it.
        return new BigDecimal(Double.toString(v)).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }
}
