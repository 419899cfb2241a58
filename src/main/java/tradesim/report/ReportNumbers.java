package tradesim.report;

import java.util.Locale;

/**
 * How numbers read in the report and compare pages: {@link Locale#ROOT}, thousands separated. As in
 * the CSV writers, NaN is a bug upstream and stops the write rather than printing "NaN" for a class.
 */
final class ReportNumbers {

    private ReportNumbers() {
    }

    private static double finite(double v) {
        if (Double.isNaN(v)) throw new IllegalStateException("refusing to write NaN into the report");
        return v;
    }

    /** USD million, one decimal: "1,890.0". */
    static String usd(double v) {
        finite(v);
        return clean(String.format(Locale.ROOT, "%,.1f", v));
    }

    /** A signed change: "+12.3" or "−4.0" (a real minus sign reads better than a hyphen). */
    static String signed(double v) {
        finite(v);
        String s = clean(String.format(Locale.ROOT, "%+,.1f", v));
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** A signed percent change: "+48.2%". */
    static String changePct(double v) {
        return signed(v) + "%";
    }

    /** A tariff rate: "38.5%", "9%", "36.53%". */
    static String rate(double v) {
        return plain(v) + "%";
    }

    /** Up to two decimals, no trailing zeros: 4.5, 0.25, 12. */
    static String plain(double v) {
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
