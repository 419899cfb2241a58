package tradesim.output;


/**
 * How numbers appear in every output: fixed six decimals in {@link java.util.Locale#ROOT}, never
 * "-0", and never NaN or Inf (a non-finite value is a bug upstream, so it stops the write).
 *
 * <p>The text is that of {@code String.format(Locale.ROOT, "%.6f", v)}: Formatter rounds half up
 * the shortest decimal digits that identify the double ({@link Double#toString}). This does the
 * same rounding on those digits as text, without a Formatter (which parses its pattern and looks up
 * locale symbols on every call) or a BigDecimal (two allocations and a scale change per number):
 * writing a number is what a large run spends most of its output time on. NumbersTest checks the
 * result against Formatter at every magnitude and at every rounding tie.
 */
public final class Numbers {

    /** Decimals written. */
    private static final int DECIMALS = 6;

    private Numbers() {
    }

    /** Below this, |v|·10⁶ is within 10⁻⁴ of the true product, so its rounding can be read off a long. */
    private static final double FAST_LIMIT = 0x1p40;

    public static String format(double v) {
        StringBuilder out = new StringBuilder(16);
        append(out, v);
        return out.toString();
    }

    /** Appends the text of {@link #format(double)} to {@code out}, with no string in between. */
    public static void append(StringBuilder out, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("refusing to write a non-finite number: " + v);
        }
        double scaled = Math.abs(v) * 1e6;
        if (scaled < FAST_LIMIT) {
            double fraction = scaled - Math.floor(scaled);
            // Far from a rounding tie, rounding the product is rounding the shortest digits: both lie
            // within 1e-9 of v here, and the nearest tie is farther than that.
            if (Math.abs(fraction - 0.5) > 1e-3) {
                fixed(out, (long) Math.floor(scaled + 0.5), v < 0);
                return;
            }
        }
        out.append(rounded(v));
    }

    /** Appends n · 10⁻⁶ with six decimals; negative only when n is not zero. */
    private static void fixed(StringBuilder out, long n, boolean negative) {
        if (negative && n != 0) out.append('-');
        out.append(n / 1_000_000).append('.');
        long fraction = n % 1_000_000;
        for (long place = 100_000; place > 0; place /= 10) out.append((char) ('0' + fraction / place % 10));
    }

    /** Rounds the shortest digits of v half up at the sixth decimal, as text. */
    private static String rounded(double v) {
        String s = Double.toString(v);
        boolean negative = s.charAt(0) == '-';
        int e = s.indexOf('E');
        int end = e < 0 ? s.length() : e;
        int exponent = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
        // The shortest digits, without the point, and where the point falls among them.
        StringBuilder digits = new StringBuilder(24);
        int point = 0;
        for (int i = negative ? 1 : 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.') point = digits.length();
            else digits.append(c);
        }
        point += exponent;
        // Keep the digits down to the sixth decimal, padded with zeros, and round half up on the next one.
        int keep = point + DECIMALS;
        char next = keep >= 0 && keep < digits.length() ? digits.charAt(keep) : '0';
        char[] kept = new char[Math.max(keep, 0) + 1];
        kept[0] = '0';   // room for a carry out of the top digit
        for (int i = 0; i < keep; i++) kept[i + 1] = i < digits.length() ? digits.charAt(i) : '0';
        if (next >= '5') {
            int i = kept.length - 1;
            while (kept[i] == '9') kept[i--] = '0';
            kept[i]++;
        }
        // kept[1..] is the number times 10^6 (kept[0] the carry): write it with the point six from the end.
        StringBuilder out = new StringBuilder(kept.length + 3);
        int integerDigits = kept.length - DECIMALS;
        int first = 0;
        while (first < integerDigits - 1 && kept[first] == '0') first++;
        boolean zero = true;
        for (char c : kept) zero &= c == '0';
        if (negative && !zero) out.append('-');
        if (integerDigits <= 0) {
            out.append("0.");
            for (int i = integerDigits; i < 0; i++) out.append('0');
            out.append(kept, 0, kept.length);
        } else {
            out.append(kept, first, integerDigits - first).append('.').append(kept, integerDigits, DECIMALS);
        }
        return out.toString();
    }
}
