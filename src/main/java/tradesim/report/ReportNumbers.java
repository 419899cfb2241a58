package tradesim.report;

import java.util.Locale;

/** How numbers read in the report and compare pages: {@link Locale#ROOT}, thousands separated. */
final class ReportNumbers {

    private ReportNumbers() {
    }

    /** USD million, one decimal: "1,890.0". */
    static String usd(double v) {
        return clean(String.format(Locale.ROOT, "%,.1f", v));
    }

    /** A signed change: "+12.3" or "−4.0" (a real minus sign reads better than a hyphen). */
    static String signed(double v) {
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
