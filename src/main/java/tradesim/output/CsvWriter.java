package tradesim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV rows: RFC 4180 quoting, LF line ends, numbers through {@link Numbers}. Text cells that
 * a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) get a
 * leading apostrophe; the lone "-" that names a path without branches is plain text and stays as it is.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out, List<String> header) throws IOException {
        this.out = out;
        row(header.toArray());
    }

    /** Writes one row; each cell is a String (text) or a Number (formatted with {@link Numbers}). */
    public void row(Object... cells) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(',');
            Object c = cells[i];
            if (c instanceof Double || c instanceof Float) {
                sb.append(Numbers.format(((Number) c).doubleValue()));
            } else if (c instanceof Number n) {
                sb.append(n.toString());
            } else {
                sb.append(text(String.valueOf(c)));
            }
        }
        sb.append('\n');
        out.write(sb.toString());
    }

    static String text(String s) {
        String t = s;
        // OWASP's list: =, +, -, @, and tab or carriage return, which some spreadsheets skip first.
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && !t.equals("-")) t = "'" + t;
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            t = '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }
}
