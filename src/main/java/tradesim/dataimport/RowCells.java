package tradesim.dataimport;

import tradesim.input.ProblemCollector;
import tradesim.input.Spelling;

/**
 * Typed reads of the cells of a big trade file, each bad cell a positioned problem. A file with
 * millions of rows can have millions of bad cells; after {@link #SHOWN} problems the rest are only
 * counted, and one closing problem says how many more there were.
 */
final class RowCells {

    static final int SHOWN = 20;
    /** Years a trade file may hold: HS data start in 1988; far-future years are typing errors. */
    static final int FIRST_YEAR = 1988;
    static final int LAST_YEAR = 2100;

    private final String file;
    private final ProblemCollector problems;
    private long found;

    RowCells(String file, ProblemCollector problems) {
        this.file = file;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    void report(int line, int column, String message) {
        if (++found <= SHOWN) problems.add(file, line, column, message);
    }

    /** Whether this file had a problem so far. */
    boolean hasProblems() {
        return found > 0;
    }

    /** Adds the "and N more" line if some problems were only counted. */
    void finish() {
        if (found > SHOWN) {
            problems.addFile(file, (found - SHOWN) + " more problems like those above (found " + found
                    + " in all, showing the first " + SHOWN + ")");
        }
    }

    /** A year, or -1 after reporting why the cell is not one. */
    int year(RecordReader.Record r, int i, String column) {
        String t = r.cell(i).strip();
        if (t.matches("\\d{4}")) {
            int y = Integer.parseInt(t);
            if (y >= FIRST_YEAR && y <= LAST_YEAR) return y;
        }
        report(r.line(), r.column(i), "bad year in " + column + " (found '" + Spelling.shown(t)
                + "', expected a year from " + FIRST_YEAR + " to " + LAST_YEAR + ")");
        return -1;
    }

    /** A six-digit HS code, five digits read with the leading zero that number-typed exports drop; or null. */
    String hs6(RecordReader.Record r, int i, String column) {
        String k = r.cell(i).strip();
        if (k.length() == 5 && isDigits(k)) return "0" + k;
        if (k.length() == 6 && isDigits(k)) return k;
        report(r.line(), r.column(i), "not an HS6 code in " + column + " (found '" + Spelling.shown(k)
                + "', expected 6 digits such as 720839)");
        return null;
    }

    /**
     * A number ≥ 0; NaN after reporting a problem, or, when {@code optional}, for an empty cell or
     * {@code NA} or {@code null} (BACI's and Comtrade's ways of saying a quantity is missing), which is
     * no problem.
     */
    double amount(RecordReader.Record r, int i, String column, boolean optional) {
        String t = r.cell(i).strip();
        if (optional && isMissing(t)) return Double.NaN;
        double v = parse(t);
        if (Double.isNaN(v)) {
            report(r.line(), r.column(i), column + " is not a number (found '" + Spelling.shown(t)
                    + "', expected a number with '.' as the decimal point)");
            return Double.NaN;
        }
        if (v < 0) {
            report(r.line(), r.column(i), "negative " + column + " (found '" + Spelling.shown(t)
                    + "', expected a number ≥ 0)");
            return Double.NaN;
        }
        return v;
    }

    /** Whether a quantity cell says the quantity is unknown. */
    static boolean isMissing(String cell) {
        String t = cell.strip();
        return t.isEmpty() || t.equals("NA") || t.equalsIgnoreCase("null");
    }

    /** A plain decimal (sign, digits, point, exponent), or NaN: no hex, no "Infinity", no "NaN". */
    static double parse(String t) {
        if (t.isEmpty()) return Double.NaN;
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return Double.NaN;
            }
        }
        if (!digit) return Double.NaN;
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }
}
