package tradesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Numbers.format writes exactly what {@code %.6f} in Locale.ROOT wrote, minus "-0". */
class NumbersTest {

    private static String formatter(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.equals("-0.000000") ? "0.000000" : s;
    }

    @Test
    void edgeCasesMatchFormatter() {
        double[] edge = {0.0, -0.0, 1e-7, -1e-7, 5e-7, -5e-7, 4.9999999e-7, 0.0000015, 0.0000025, 1.0000005,
            2.5e-6, 123456.7890125, -123456.7890125, 1e15 + 0.5, 9007199254740993.0, 1e22, 1e23, 2.82879384806159E17,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 0.2, 0.3, 100.0 / 3};
        for (double v : edge) assertEquals(formatter(v), Numbers.format(v), "v = " + v);
    }

    @Test
    void randomValuesOfEveryMagnitudeMatchFormatter() {
        SplittableRandom r = new SplittableRandom(20180926);
        for (int i = 0; i < 300_000; i++) {
            double v = (r.nextBoolean() ? -1 : 1) * Math.pow(10, r.nextDouble() * 28 - 14) * r.nextDouble();
            if (i % 3 == 0) v = Math.round(v * 1e6) / 1e6 + (r.nextBoolean() ? 0.5e-6 : -0.5e-6);  // ties at the 7th decimal
            if (i % 5 == 0) v = Math.round(v * 1e7) / 1e7;
            if (i % 7 == 0) v = Double.longBitsToDouble(r.nextLong());
            if (!Double.isFinite(v)) continue;
            assertEquals(formatter(v), Numbers.format(v), "v = " + v);
        }
    }

    /** The fast path reads the rounding off |v|·10⁶ below 2⁴⁰ and away from ties; around both edges it must agree too. */
    @Test
    void valuesAroundTheFastPathsEdgesMatchFormatter() {
        SplittableRandom r = new SplittableRandom(18);
        double limit = 0x1p40 / 1e6;
        for (int i = 0; i < 200_000; i++) {
            double near = limit * (1 + (r.nextDouble() - 0.5) * 1e-6);
            double tie = (Math.floor(r.nextDouble() * 1e12) + 0.5 + (r.nextDouble() - 0.5) * 2.2e-3) / 1e6;
            for (double v : new double[] {near, -near, tie, -tie}) assertEquals(formatter(v), Numbers.format(v), "v = " + v);
        }
    }

    @Test
    void nonFiniteIsRefused() {
        assertThrows(IllegalStateException.class, () -> Numbers.format(Double.NaN));
        assertThrows(IllegalStateException.class, () -> Numbers.format(Double.POSITIVE_INFINITY));
    }
}
