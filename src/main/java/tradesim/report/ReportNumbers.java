package tradesim.report;

import tradesim.wording.NumberWords;

/**
 * How numbers read in the report and compare pages: the same words as everywhere a person reads
 * them ({@link NumberWords}), so the event table and {@code explain} agree with the other tables.
 */
final class ReportNumbers {

    private ReportNumbers() {
    }

    /** USD million, one decimal: "1,890.0". */
    static String usd(double v) {
        return NumberWords.usd(v);
    }

    /** A count, thousands separated: "112,011". */
    static String count(long n) {
        return NumberWords.count(n);
    }

    /** A signed change: "+12.3" or "−4.0". */
    static String signed(double v) {
        return NumberWords.signed(v);
    }

    /** A signed percent change: "+48.2%". */
    static String changePct(double v) {
        return NumberWords.changePct(v);
    }

    /** A tariff rate: "38.5%", "9%", "36.53%". */
    static String rate(double v) {
        return NumberWords.rate(v);
    }

    /** Up to two decimals, no trailing zeros: 4.5, 0.25, 12. */
    static String plain(double v) {
        return NumberWords.plain(v);
    }
}
