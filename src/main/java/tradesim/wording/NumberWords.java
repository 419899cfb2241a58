package tradesim.wording;

import java.util.Locale;

/**
 * How numbers read in sentences and tables meant for people (the report, {@code explain}):
 * {@link Locale#ROOT}, thousands separated, a real minus sign. As in the CSV writers, NaN is a bug
 * upstream and stops the writing rather than printing "NaN" for a class.
 */
public final class NumberWords {

    private NumberWords() {
    }

    private static double finite(double v) {
        if (Double.isNaN(v)) throw new IllegalStateException("refusing to write NaN for a reader");
        return v;
    }

    /** USD million, one decimal: "1,890.0". */
    public static String usd(double v) {
        finite(v);
        return clean(String.format(Locale.ROOT, "%,.1f", v));
    }

    /** Tonnes, whole and thousands separated: "242,000". */
    public static String tonnes(double v) {
        finite(v);
        return clean(String.format(Locale.ROOT, "%,.0f", v));
    }

    /** A count, thousands separated: "112,011". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A signed change: "+12.3" or "−4.0" (a real minus sign reads better than a hyphen). */
    public static String signed(double v) {
        finite(v);
        String s = clean(String.format(Locale.ROOT, "%+,.1f", v));
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** A signed percent change: "+48.2%". */
    public static String changePct(double v) {
        return signed(v) + "%";
    }

    /** A tariff rate: "38.5%", "9%", "36.53%". */
    public static String rate(double v) {
        return plain(v) + "%";
    }

    /** Up to two decimals, no trailing zeros: 4.5, 0.25, 12. */
    public static String plain(double v) {
        finite(v);
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return clean(s);
    }

    /** No "-0.0" or "+0.0": a change that rounds to nothing has no sign. */
    private static String clean(String s) {
        return s.matches("[-+]0(\\.0+)?") ? s.substring(1) : s;
    }
}
